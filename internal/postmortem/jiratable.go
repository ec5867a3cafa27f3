package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// jiraTable reads a paragraph that is a table in Jira's or Confluence's
// wiki markup, a header row between double bars and the rows between
// single ones, or in a markup whose tables have no delimiter row
// (Remarkup's), every row between single bars, as a table, and reports
// whether it was one:
//
//	||Action||Owner||Due||               | **Severity** | SEV-3 |
//	|Alert on queue age|@ana|2026-05-20| | **Detected** | 13:38 |
func (p *parser) jiraTable(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	top := 0
	first := p.doc.LineSpan(p.doc.Line(lines.At(0).Start))
	double := bytes.HasPrefix(bytes.TrimSpace(p.src[first.Start:first.End]), []byte("||"))
	header := row{Line: first}
	if double {
		if header.Cells = splitDoubleBars(p.src, first); len(header.Cells) == 0 && lines.Len() > 2 {
			top, first = 1, p.doc.LineSpan(p.doc.Line(lines.At(1).Start)) // "||border=1 width=60%": PmWiki's attributes
			header = row{Line: first, Cells: splitDoubleBars(p.src, first)}
		}
	} else if header.Cells = p.barRow(headerRow(p.src, first)); header.Cells == nil {
		return false
	}
	var body []row
	for i := top + 1; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		cells := p.barRow(ls)
		if double && bytes.HasPrefix(bytes.TrimSpace(p.src[ls.Start:ls.End]), []byte("||")) {
			cells = splitDoubleBars(p.src, ls) // Trac's rows, between double bars as its header is
		}
		if cells == nil {
			return false
		}
		body = append(body, row{Line: ls, Cells: cells})
	}
	p.readTable(header, body, func(int, bool) {})
	return true
}

// headerRow returns a header row's line without the "h" after its
// last bar, as Backlog's wiki marks a header row: "|No.|Task|Owner|h".
func headerRow(src []byte, line Span) Span {
	t := bytes.TrimRight(src[line.Start:line.End], " \t\r")
	if len(t) > 2 && t[len(t)-1] == 'h' && t[len(t)-2] == '|' && t[0] == '|' {
		line.End = line.Start + len(t) - 1
	}
	return line
}

// barRow splits a line between single bars into its cells, or returns
// nil for a line that is none.
func (p *parser) barRow(ls Span) []cell {
	t := bytes.TrimSpace(p.src[ls.Start:ls.End])
	if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
		return nil
	}
	return splitCells(p.src, ls, bytes.IndexByte(t, '{') >= 0)
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
		cells = append(cells, cell{Inner: inner, Value: headerMark(src, wikiBold(src, trimSpan(src, inner)))})
		start += k + 2
	}
	return cells
}

// headerMark returns a cell's value less the mark Wikidot ("||~ Owner")
// and PmWiki ("||!Owner") open a header cell with.
func headerMark(src []byte, v Span) Span {
	if v.Len() > 1 && (src[v.Start] == '~' || src[v.Start] == '!') {
		return trimSpan(src, Span{v.Start + 1, v.End})
	}
	return v
}

// wikiBold returns a cell's value less the three apostrophes on each
// side that a wiki marks bold text with, as Trac writes a header cell.
func wikiBold(src []byte, v Span) Span {
	const q = "'''"
	if v.Len() > 2*len(q) && bytes.HasPrefix(src[v.Start:v.End], []byte(q)) && bytes.HasSuffix(src[v.Start:v.End], []byte(q)) {
		return Span{v.Start + len(q), v.End - len(q)}
	}
	return v
}
