package postmortem

import "bytes"

// DokuWiki writes a table's header cells after a caret, and a table of
// facts with a header cell opening each row: "^ Begin of impact |
// 2026/11/23 05:30 |". A page converted to Markdown with its tables
// left as written keeps those rows as lines of a paragraph. A link to a
// user page ("[[user:kb|Katrin Brandt]]") holds a bar that ends no cell.

// XWiki's syntax writes a row as cells after bars, a header cell after
// "|=", and needs no bar at the end: "|=Field|=Value" heads a table of
// facts whose rows read "|Severity|SEV2", which stay lines of a
// paragraph in Markdown too.

// dokuRow splits a DokuWiki row with a header cell first, or a row of
// two or more cells of XWiki's syntax, into the label and the value of
// the cell after it.
func (p *parser) dokuRow(ls Span) (label, value Span, ok bool) {
	line := p.src[ls.Start:ls.End]
	lead := len(line) - len(bytes.TrimLeft(line, " \t"))
	if lead >= len(line) || line[lead] != '^' && line[lead] != '|' {
		return label, value, false
	}
	open := lead + 1
	if line[lead] == '|' && open < len(line) && line[open] == '=' {
		open++ // "|=Severity|SEV2": a header cell opens the row
	}
	end := dokuCellEnd(line, open)
	if end >= len(line) || line[end] != '|' || end+1 < len(line) && line[end+1] == '=' {
		return label, value, false // a header row: "^ Time ^ Event ^", "|=Time|=Event"
	}
	label = trimSpan(p.src, Span{ls.Start + open, ls.Start + end})
	value = trimSpan(p.src, Span{ls.Start + end + 1, ls.Start + dokuCellEnd(line, end+1)})
	return label, value, label.Start < label.End && value.Start < value.End
}

// dokuCellEnd returns where the cell that starts at i ends: the next bar
// or caret outside a link, or the end of the line.
func dokuCellEnd(line []byte, i int) int {
	depth := 0
	for ; i < len(line); i++ {
		switch {
		case bytes.HasPrefix(line[i:], []byte("[[")):
			depth++
			i++
		case bytes.HasPrefix(line[i:], []byte("]]")) && depth > 0:
			depth--
			i++
		case depth == 0 && (line[i] == '|' || line[i] == '^'):
			return i
		}
	}
	return len(line)
}
