package catalog

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"
)

// cellEscaper makes text show as written in a Markdown table cell:
// characters that Markdown would read as markup (or as a cell's end) are
// escaped.
var cellEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`, `#`, `\#`,
)

// cell returns text for a table cell: on one line, escaped, "—" when
// empty.
func cell(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return "—"
	}
	return cellEscaper.Replace(text)
}

// link returns a Markdown link to the document at target from the file
// at from, both slash paths from the same root.
func link(text, from, target string) (string, error) {
	rel, err := relative(path.Dir(from), target)
	if err != nil {
		return "", err
	}
	return "[" + cell(text) + "](" + escapePath(rel) + ")", nil
}

// errOutside is a path that leaves the root the other paths are under.
var errOutside = errors.New("outside the repository")

// relative returns the slash path of target seen from the directory dir.
func relative(dir, target string) (string, error) {
	dir, target = path.Clean(dir), path.Clean(target)
	if path.IsAbs(dir) != path.IsAbs(target) {
		return "", fmt.Errorf("%s and %s: one path is absolute, the other is not", dir, target)
	}
	from, to := parts(dir), parts(target)
	if (len(from) > 0 && from[0] == "..") || (len(to) > 0 && to[0] == "..") {
		return "", fmt.Errorf("%s, %s: %w", dir, target, errOutside)
	}
	n := 0
	for n < len(from) && n < len(to)-1 && from[n] == to[n] {
		n++
	}
	up := strings.Repeat("../", len(from)-n)
	return up + strings.Join(to[n:], "/"), nil
}

// parts splits a clean slash path into its names ("." and "/" have none).
func parts(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, "/")
}

// escapePath escapes each name of a relative slash path for a link.
func escapePath(p string) string {
	names := strings.Split(p, "/")
	for i, n := range names {
		names[i] = url.PathEscape(n)
	}
	return strings.Join(names, "/")
}

// slugger gives headings the anchors GitHub gives them: the heading's
// text lower-cased, without punctuation, spaces as hyphens, and "-1",
// "-2"… after a repeat.
type slugger map[string]int

func (s slugger) anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	slug := b.String()
	n, seen := s[slug]
	s[slug] = n + 1
	if seen {
		slug += "-" + strconv.Itoa(n)
	}
	return slug
}
