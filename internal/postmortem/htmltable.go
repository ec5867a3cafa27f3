package postmortem

import "bytes"

// htmlTable reads a table written in HTML, as a workspace's export
// writes its page properties and its action lists ("<tr><td>Severity</td>
// <td>SEV-2</td></tr>"), as a Markdown table is read. Its cells' text is
// not prose: the language rules leave it alone.
func (p *parser) htmlTable(span Span) {
	b := p.src[span.Start:span.End]
	if !bytes.Contains(b, []byte("<tr")) && !bytes.Contains(b, []byte("<TR")) {
		return
	}
	header, body, ok := htmlRows(p.src, span)
	if !ok {
		return
	}
	if len(header.Cells) == 0 && len(body) > 0 && len(body[0].Cells) > 1 && p.fieldKey(p.doc.Text(body[0].Cells[0].Value)) != "" {
		header, body = body[0], body[1:] // no <th>: a field's row opens it, as a Markdown table's first row would
	}
	p.readTable(header, body, func(int, bool) {})
}

// htmlRows returns the rows of the HTML tables in span: the header is the
// first row when its cells are <th>, or <td> that name the columns, as an
// OCR tool writes every cell ("<td>No.</td><td>Action</td><td>Responsible
// </td>"); else there is none. ok is false when
// there is no row with a cell.
func htmlRows(src []byte, span Span) (header row, body []row, ok bool) {
	low := asciiLower(src[span.Start:span.End])
	for i := 0; ; {
		k := bytes.Index(low[i:], []byte("<tr"))
		if k < 0 {
			break
		}
		start := i + k
		end := bytes.Index(low[start:], []byte("</tr"))
		if end < 0 {
			end = len(low) - start
		}
		r, th := htmlCells(low, Span{start, start + end})
		r = shiftRow(src, r, span.Start)
		i = start + end
		switch {
		case len(r.Cells) == 0:
		case (th || namesColumns(src, r)) && !ok && len(body) == 0:
			header, ok = r, true
		default:
			body, ok = append(body, r), true
		}
	}
	return header, body, ok
}

// htmlCells reads the cells of one row of low (the block, lower-cased),
// and whether they are header cells.
func htmlCells(low []byte, tr Span) (r row, th bool) {
	r.Line = tr
	for i := tr.Start; i < tr.End; {
		k := bytes.Index(low[i:tr.End], []byte("<t"))
		if k < 0 || i+k+3 > tr.End {
			break
		}
		open := i + k
		kind := low[open+2]
		if kind != 'd' && kind != 'h' || low[open+3] != '>' && low[open+3] != ' ' {
			i = open + 2
			continue
		}
		gt := bytes.IndexByte(low[open:tr.End], '>')
		closing := bytes.Index(low[open:tr.End], []byte("</t"))
		if gt < 0 || closing < gt {
			break
		}
		inner := unwrapTags(low, Span{open + gt + 1, open + closing})
		r.Cells = append(r.Cells, cell{Inner: inner})
		th = th || kind == 'h'
		i = inner.End + 3
	}
	return r, th
}

// shiftRow moves a row read from a block to the block's place in src,
// and trims its cells' values.
func shiftRow(src []byte, r row, by int) row {
	r.Line = Span{r.Line.Start + by, r.Line.End + by}
	for j := range r.Cells {
		in := Span{r.Cells[j].Inner.Start + by, r.Cells[j].Inner.End + by}
		r.Cells[j] = cell{Inner: in, Value: trimSpan(src, in)}
	}
	return r
}

// asciiLower returns a copy of b with its ASCII letters lower-cased and
// every byte in its place.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// unwrapTags narrows a cell's span to the text inside the inline tags
// that wrap all of it: "<strong>Incident lead</strong>", "<p><b>Severity
// </b></p>", the label a converter writes in bold.
func unwrapTags(low []byte, in Span) Span {
	for {
		t := trimSpan(low, in)
		if t.End-t.Start < 7 || low[t.Start] != '<' || low[t.End-1] != '>' || low[t.Start+1] == '/' {
			return in
		}
		gt := bytes.IndexByte(low[t.Start:t.End], '>')
		closing := bytes.LastIndex(low[t.Start:t.End], []byte("</"))
		if gt < 0 || closing <= gt || bytes.Index(low[t.Start+gt:t.End], []byte("</"))+gt != closing {
			return in // "<b>A</b> and <b>B</b>" is no one tag around it all
		}
		name := low[t.Start+1 : t.Start+gt]
		if sp := bytes.IndexByte(name, ' '); sp >= 0 {
			name = name[:sp]
		}
		if !bytes.Equal(low[t.Start+closing+2:t.End-1], name) {
			return in
		}
		in = Span{t.Start + gt + 1, t.Start + closing}
	}
}

// namesColumns reports a row whose cells name the columns of an action
// table: two or more, and most of its cells, are a column's name.
func namesColumns(src []byte, r row) bool {
	named := 0
	for _, c := range r.Cells {
		if c.Value.Len() < 40 && columnKey(string(src[c.Value.Start:c.Value.End])) != "" {
			named++
		}
	}
	return named >= 2 && 2*named >= len(r.Cells)
}
