package config

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Error is one problem in a configuration file.
type Error struct {
	// Line and Column are 1-based; 0 when unknown.
	Line, Column int
	// Key is the setting's path, as in `labels.action`, `paths[2]` or
	// `rules."language/foo"`; empty for a problem with the whole file.
	Key string
	Msg string
}

// Error returns "line L, column C: KEY: MSG", leaving out what is unknown.
func (e *Error) Error() string {
	var pos string
	switch {
	case e.Line > 0 && e.Column > 0:
		pos = fmt.Sprintf("line %d, column %d: ", e.Line, e.Column)
	case e.Line > 0:
		pos = fmt.Sprintf("line %d: ", e.Line)
	}
	return pos + e.subject()
}

// In returns the error as "FILE:L:C: KEY: MSG", the form compilers and
// GitHub problem matchers use.
func (e *Error) In(file string) string {
	pos := file
	if e.Line > 0 {
		pos += ":" + strconv.Itoa(e.Line)
		if e.Column > 0 {
			pos += ":" + strconv.Itoa(e.Column)
		}
	}
	return pos + ": " + e.subject()
}

func (e *Error) subject() string {
	if e.Key == "" {
		return e.Msg
	}
	return e.Key + ": " + e.Msg
}

// Errors are all the problems found in a configuration file, in the order
// of their position. Parse returns one as its error.
type Errors []*Error

// Error returns the problems one to a line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (es Errors) sort() {
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// FileError is what Load returns for a file with problems. Unwrap gives
// the Errors, for errors.As.
type FileError struct {
	Path   string
	Errors Errors
}

// Error returns the problems one to a line, each as "PATH:L:C: KEY: MSG".
func (e *FileError) Error() string {
	lines := make([]string, len(e.Errors))
	for i, err := range e.Errors {
		lines[i] = err.In(e.Path)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the Errors.
func (e *FileError) Unwrap() error { return e.Errors }

// yamlLine reads the line of a YAML error, compiled on first use.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// syntaxError turns an error from the YAML parser into an Error.
func syntaxError(err error) *Error {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Line: line, Msg: m[2]}
	}
	return &Error{Msg: strings.TrimPrefix(msg, "yaml: ")}
}

// hint returns " (did you mean "K"?)" naming the known word nearest to s,
// or " (want one of ...)" when none is near.
func hint(s string, known []string) string {
	if k := suggest(s, known); k != "" {
		return fmt.Sprintf(" (did you mean %q?)", k)
	}
	return " (want one of " + strings.Join(known, ", ") + ")"
}

// suggest returns the known word within edit distance 2 of s, the nearest
// first, or "" when there is none or s is too short to guess from.
func suggest(s string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := distance(strings.ToLower(s), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if bestDist >= len([]rune(s)) {
		return ""
	}
	return best
}

// distance returns the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, sub)
		}
		prev = cur
	}
	return prev[len(rb)]
}
