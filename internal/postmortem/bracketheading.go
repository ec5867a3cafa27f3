package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// bracketHeadings reads the headings of an outliner that writes large
// text as stars inside brackets, a line of its own with nothing after
// it: "[** Action items]" is a section, "[*** Title]" a larger one. A
// single star is bold text, no heading. It is read as wikiHeadings are,
// but for the line's form.
type bracketHeadings struct{ wikiHeadings }

func (bracketHeadings) Trigger() []byte { return []byte{'['} }

func (bracketHeadings) Open(_ ast.Node, reader text.Reader, _ gparser.Context) (ast.Node, gparser.State) {
	return openLineHeading(reader, bracketHeading)
}

// bracketHeading reads "[** Section]": its level, two stars a second
// level and three or more a first, and where its text starts and ends;
// level 0 when the line is none.
func bracketHeading(line []byte) (level, start, end int) {
	t := bytes.TrimRight(line, " \t\r\n")
	if len(t) < 5 || t[0] != '[' || t[1] != '*' || t[len(t)-1] != ']' {
		return 0, 0, 0
	}
	n := 1
	for n < len(t) && t[n] == '*' {
		n++
	}
	if n < 3 || n > 6 || t[n] != ' ' {
		return 0, 0, 0
	}
	start, end = skipBlanks(t, n), len(t)-1
	if start >= end || bytes.ContainsAny(t[start:end], "[]") {
		return 0, 0, 0
	}
	return max(1, 5-n), start, end
}
