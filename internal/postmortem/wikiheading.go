package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Headings written in the markup of other tools, pasted or exported into
// a Markdown file, are headings too:
//
//	= Title / == Section          AsciiDoc, the level its "=" count
//	== Section ==                 a wiki's, closed as it opens
//	h2. Section                   Jira's and Textile's
//	** Section                    Backlog's, the level its "*" count
//	!! Section                    PmWiki's and TiddlyWiki's, the level its "!" count
//	++ Section                    Wikidot's, the level its "+" count
//
// A single "*" opens a Markdown list item, so Backlog's level one is
// left to the list; "** Section **" is emphasis gone wrong, no heading.
type wikiHeadings struct{}

func (wikiHeadings) Trigger() []byte { return []byte{'=', 'h', '*', '!', '+'} }

func (wikiHeadings) CanInterruptParagraph() bool { return true }

func (wikiHeadings) CanAcceptIndentedLine() bool { return false }

func (wikiHeadings) Continue(ast.Node, text.Reader, gparser.Context) gparser.State {
	return gparser.Close
}

func (wikiHeadings) Close(ast.Node, text.Reader, gparser.Context) {}

func (wikiHeadings) Open(_ ast.Node, reader text.Reader, _ gparser.Context) (ast.Node, gparser.State) {
	return openLineHeading(reader, wikiHeading)
}

// openLineHeading opens the heading that read finds in the unindented
// line under reader, its text the part read gives, or nothing.
func openLineHeading(reader text.Reader, read func([]byte) (level, start, end int)) (ast.Node, gparser.State) {
	line, seg := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 0 {
		return nil, gparser.NoChildren
	}
	level, start, end := read(line[pos:])
	if level == 0 {
		return nil, gparser.NoChildren
	}
	n := ast.NewHeading(level)
	n.Lines().Append(text.NewSegment(seg.Start+pos+start, seg.Start+pos+end))
	reader.AdvanceToEOL()
	return n, gparser.NoChildren
}

// wikiHeading reads a heading line of AsciiDoc, a wiki or Jira: its level
// and where its text starts and ends; level 0 when it is none.
func wikiHeading(line []byte) (level, start, end int) {
	t := bytes.TrimRight(line, " \t\r\n")
	if len(t) > 4 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '.' && t[3] == ' ' {
		return int(t[1] - '0'), skipBlanks(t, 4), len(t) // "h2. Section"
	}
	if len(t) > 3 && (t[0] == '*' || t[0] == '!' || t[0] == '+') {
		return starHeading(t)
	}
	n := 0
	for n < len(t) && t[n] == '=' {
		n++
	}
	if n == 0 || n > 6 || n >= len(t) || t[n] != ' ' {
		return 0, 0, 0
	}
	start, end = skipBlanks(t, n), len(t)
	if closing := bytes.Repeat([]byte{'='}, n); bytes.HasSuffix(t, closing) && end-n > start {
		end = len(bytes.TrimRight(t[:end-n], " \t")) // "== Section =="
	}
	if start >= end || t[start] == '=' {
		return 0, 0, 0
	}
	return n, start, end
}

// starHeading reads Backlog's heading, "** Section", PmWiki's, "!!
// Section", and Wikidot's, "++ Section": two to six stars or marks, a space and the text, not closed
// by the same mark ("!!! Warning !!!" is a cry, not a heading).
func starHeading(t []byte) (level, start, end int) {
	mark := t[0]
	n := 0
	for n < len(t) && t[n] == mark {
		n++
	}
	if n < 2 || n > 6 || n >= len(t)-1 || t[n] != ' ' || t[len(t)-1] == mark {
		return 0, 0, 0
	}
	start = skipBlanks(t, n)
	if start >= len(t) {
		return 0, 0, 0
	}
	return n, start, len(t)
}
