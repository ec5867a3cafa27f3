package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// reStructuredText underlines a section's title with a line of one
// punctuation mark at least as long as the title; Markdown's setext
// headings read "=" and "-", this reads the others ("~", "^", "*", "#",
// "+", "`", ":", ".", "'", "\"", "_"). A heading that opens the document
// is its title; the levels of the others go by the order their marks
// first appear in: the first is a level-two heading, the next a
// level-three one, and so on.

var rstLevelsKey = gparser.NewContextKey()

// rstAdornments are the marks a reStructuredText underline is made of,
// but for the setext ones.
const rstAdornments = "~^*#+`:.'\"_"

// rstAdornmentBytes are the bytes of rstAdornments.
var rstAdornmentBytes = byteSet(rstAdornments)

type rstHeadings struct{}

func (rstHeadings) Trigger() []byte { return nil } // any line may be a title

func (rstHeadings) CanInterruptParagraph() bool { return false }

func (rstHeadings) CanAcceptIndentedLine() bool { return false }

func (rstHeadings) Close(ast.Node, text.Reader, gparser.Context) {}

func (rstHeadings) Open(_ ast.Node, reader text.Reader, pc gparser.Context) (ast.Node, gparser.State) {
	line, seg := reader.PeekLine()
	src := reader.Source()
	if seg.Stop >= len(src) || !rstAdornmentBytes[src[seg.Stop]] {
		return nil, gparser.NoChildren // the next line is no underline: the quick test of most lines
	}
	if w, _ := util.IndentWidth(line, reader.LineOffset()); w > 0 {
		return nil, gparser.NoChildren
	}
	title := trimRightBytes(line, &lineEndSpaces)
	if len(title) == 0 || rstAdornmentBytes[title[0]] {
		return nil, gparser.NoChildren
	}
	mark, ok := rstUnderline(src[seg.Stop:lineEnd(src, seg.Stop)], len(title))
	if !ok {
		return nil, gparser.NoChildren
	}
	n := ast.NewHeading(rstLevel(pc, mark, len(bytes.TrimSpace(src[:seg.Start])) == 0))
	n.Lines().Append(text.NewSegment(seg.Start, seg.Start+len(title)))
	reader.AdvanceToEOL()
	return n, gparser.NoChildren
}

// Continue takes the underline in, and ends the heading.
func (rstHeadings) Continue(_ ast.Node, reader text.Reader, _ gparser.Context) gparser.State {
	line, _ := reader.PeekLine()
	if _, ok := rstUnderline(line, 1); ok {
		reader.AdvanceToEOL()
	}
	return gparser.Close
}

// lineEndSpaces are the bytes trimmed from a line's end before it is
// read as a title or an underline.
var lineEndSpaces = byteSet(" \t\r\n")

// rstUnderline reports a line of one adornment mark, at least as long as
// the title (of width n) and three long, and the mark.
func rstUnderline(line []byte, n int) (byte, bool) {
	t := trimRightBytes(line, &lineEndSpaces)
	if len(t) < max(n, 3) || !rstAdornmentBytes[t[0]] {
		return 0, false
	}
	for _, c := range t {
		if c != t[0] {
			return 0, false
		}
	}
	return t[0], true
}

// rstLevel returns the level of a heading underlined with mark, by the
// order the marks first appear in the document; the mark of a heading
// that opens the document is its title's, level one.
func rstLevel(pc gparser.Context, mark byte, first bool) int {
	seen, _ := pc.Get(rstLevelsKey).([]byte)
	if len(seen) == 0 {
		seen = []byte{0} // the title's mark, none until a heading opens the document
		if first {
			seen[0] = mark
		}
	}
	i := bytes.IndexByte(seen, mark)
	if i < 0 {
		seen = append(seen, mark)
		i = len(seen) - 1
	}
	pc.Set(rstLevelsKey, seen)
	return min(1+i, 6)
}
