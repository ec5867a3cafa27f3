package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// jiraTable reads a paragraph that is a table in Jira's or Confluence's
// wiki markup, a header row between double bars and the rows between
// single ones, as a table, and reports whether it was one:
//
//	||Action||Owner||Due||
//	|Alert on queue age|@ana|2026-05-20|
func (p *parser) jiraTable(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	first := p.doc.LineSpan(p.doc.Line(lines.At(0).Start))
	if !bytes.HasPrefix(bytes.TrimSpace(p.src[first.Start:first.End]), []byte("||")) {
		return false
	}
	header := row{Line: first, Cells: splitDoubleBars(p.src, first)}
	var body []row
	for i := 1; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		t := bytes.TrimSpace(p.src[ls.Start:ls.End])
		if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
			return false
		}
		body = append(body, row{Line: ls, Cells: splitRow(p.src, ls)})
	}
	p.readTable(header, body, func(int, bool) {})
	return true
}

// splitDoubleBars splits a header row of Jira's markup into its cells.
func splitDoubleBars(src []byte, line Span) []cell {
	var cells []cell
	b := src[line.Start:line.End]
	start := bytes.Index(b, []byte("||")) + 2
	for start < len(b) {
		k := bytes.Index(b[start:], []byte("||"))
		if k < 0 {
			break
		}
		inner := Span{line.Start + start, line.Start + start + k}
		cells = append(cells, cell{Inner: inner, Value: trimSpan(src, inner)})
		start += k + 2
	}
	return cells
}
