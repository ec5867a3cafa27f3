package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Pandoc's Markdown, as a document converted from AsciiDoc or written for
// pandoc comes, has layouts of its own:
//
//	% Title                      a title block: the title, the authors
//	% Ana Ruiz; Ben Lo           ("; " between them) and the date
//	% 2026-11-18
//
//	# Chronology {#chronology}   level-one headings for the sections
//	                             (the title block is the title), with
//	                             attributes after them
//
//	+---------+-------+          grid tables: rows between "+---+"
//	| Field   | Value |          borders, the header's border "+===+"
//	+=========+=======+
//	| Lead    | @ana  |
//	+---------+-------+

// titleBlock returns where a pandoc title block at the start of src ends,
// or 0: lines opening with "% ", and the lines that continue one (opening
// with a space).
func titleBlock(src []byte) int {
	if !bytes.HasPrefix(src, []byte("% ")) {
		return 0
	}
	end := 0
	for end < len(src) {
		next := lineEnd(src, end)
		if end > 0 && src[end] != '%' && src[end] != ' ' || end == next {
			break
		}
		end = min(next+1, len(src))
	}
	return end
}

// parseTitleBlock reads the title block's lines: the first is the title,
// the second the authors, the third the date.
func (p *parser) parseTitleBlock(end int) {
	labels := []string{"", "Authors", "Date"}
	k := 0
	for off := 0; off < end && k < len(labels); k++ {
		next := lineEnd(p.src, off)
		v := trimSpan(p.src, Span{off + 1, next})
		for next+1 < end && p.src[next+1] == ' ' { // a line that continues this one
			next = lineEnd(p.src, next+1)
			v.End = trimSpan(p.src, Span{v.Start, next}).End
		}
		switch {
		case k == 0 && v.Len() > 0:
			p.doc.Title, p.doc.TitleSpan = p.doc.Text(v), v
		case k > 0 && v.Len() > 0:
			p.addField(labels[k], p.doc.Text(v), Span{}, v)
		}
		off = next + 1
	}
	p.h1Sections = p.doc.Title != ""
}

// headingAttrsRe is the attributes after a heading's text: "{#id}",
// "{#id .class}", "{.unnumbered}".
var headingAttrsRe = lazyRe(`\s*\{[#.][^{}]*\}\s*$`)

// headingText returns a heading's text without the attributes after it.
func headingText(name string) string {
	if !strings.HasSuffix(name, "}") {
		return name
	}
	return headingAttrsRe.ReplaceAllString(name, "")
}

// gridTable reads a paragraph that is a grid table as a table, and
// reports whether it was one. A row's cells are those of its first line;
// the first row is the header, whether or not a "+===+" border closes it.
func (p *parser) gridTable(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 3 || !gridBorder(p.src, lines.At(0).Start) {
		return false
	}
	var rows []row
	inRow := false
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		line := bytes.TrimSpace(p.src[ls.Start:ls.End])
		switch {
		case gridBorder(p.src, ls.Start):
			inRow = false
		case len(line) > 0 && line[0] == '|':
			if !inRow {
				rows = append(rows, row{Line: ls, Cells: splitRow(p.src, ls)})
			}
			inRow = true
		default:
			return false
		}
	}
	if len(rows) < 2 {
		return false
	}
	p.readTable(rows[0], rows[1:], func(int, bool) {})
	return true
}

// gridBorder reports a line "+---+---+" (or with "=" or ":") at off.
func gridBorder(src []byte, off int) bool {
	line := bytes.TrimSpace(src[off:lineEnd(src, off)])
	return len(line) > 2 && line[0] == '+' && line[len(line)-1] == '+' && len(bytes.Trim(line, "+-=:")) == 0
}
