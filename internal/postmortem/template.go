package postmortem

import (
	"bytes"
	_ "embed"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

//go:embed template.md
var templateText string

var tmpl = template.Must(template.New("postmortem").Parse(templateText))

// Template returns a new post-mortem in the default format. Fields the
// caller does not know stay placeholders, which the linter reports until
// they are filled in.
func Template(title, severity string) []byte {
	if strings.TrimSpace(title) == "" {
		title = "<Title>"
	}
	if strings.TrimSpace(severity) == "" {
		severity = "<SEV1-SEV4>"
	}
	var b bytes.Buffer
	_ = tmpl.Execute(&b, map[string]string{
		"Title":    title,
		"Severity": NormalizeSeverity(severity),
	})
	return b.Bytes()
}

// Slug turns a title into a file name part: lower case, words joined by
// hyphens, at most 60 bytes.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	s := b.String()
	for len(s) > 60 {
		i := strings.LastIndexByte(s[:60], '-')
		if i <= 0 {
			for i = 60; !utf8.RuneStart(s[i]); i-- {
			}
		}
		s = s[:i]
	}
	if s == "" {
		return "incident"
	}
	return s
}
