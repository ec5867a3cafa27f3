package postmortem

import (
	"bytes"
	"strings"
)

// dottedClockLen returns the length of a time of day written with a dot
// between hours and minutes that opens b, "7.02", "18.42", or 0: one or
// two digits of an hour up to 23, a dot, two digits of minutes up to 59,
// and no digit or dot after them ("14.09.2026" is a date, "1.150" a
// number).
func dottedClockLen(b []byte) int {
	h := 0
	for h < len(b) && h < 3 && isDigit(b[h]) {
		h++
	}
	if h == 0 || h > 2 || h+3 > len(b) || b[h] != '.' || !isDigit(b[h+1]) || !isDigit(b[h+2]) {
		return 0
	}
	if n := h + 3; n < len(b) && (isDigit(b[n]) || b[n] == '.' || b[n] == ',') {
		return 0
	}
	if atoi(string(b[:h])) > 23 || atoi(string(b[h+1:h+3])) > 59 {
		return 0
	}
	return h + 3
}

// dottedClockSpan returns the span of the dotted clock that opens a
// cell, "18.42" of "18.42 น." or "23.40 (dia 15)", or an invalid span.
func dottedClockSpan(src []byte, cell Span) Span {
	b := src[cell.Start:cell.End]
	i := 0
	for i < len(b) && (b[i] == '*' || b[i] == '_') {
		i++
	}
	n := dottedClockLen(b[i:])
	if n == 0 {
		return Span{-1, -1}
	}
	return Span{cell.Start + i, cell.Start + i + n}
}

// dottedClockColumn returns the column of a timeline table whose cells
// are all times of day written with a dot, as Slovak, Catalan, Thai or
// Indonesian write them ("| 7.02 | Prvé chyby 503 |", "| 18.42 น. | … |"),
// or -1. It needs three rows or more, each with its clock first in the
// cell and little after it, and a column beside it of longer text, as a
// timeline has and a table of figures has not.
func (p *parser) dottedClockColumn(body []row) int {
	if len(body) < 3 || p.fieldsTable(body) {
		return -1
	}
	for col := 0; col < len(body[0].Cells); col++ {
		if p.allDottedClocks(body, col) {
			return col
		}
	}
	return -1
}

// allDottedClocks reports whether every row's cell at col holds a dotted
// clock and a short note at most, and another cell of the row has words:
// two at least, as Finnish tells an event ("Raporttiajo pysäytetään"),
// and three in one row or more.
func (p *parser) allDottedClocks(body []row, col int) bool {
	longer := false
	for _, r := range body {
		if col >= len(r.Cells) {
			return false
		}
		c := r.Cells[col].Value
		st := dottedClockSpan(p.src, c)
		if !st.Valid() || len(bytes.Fields(p.src[st.End:c.End])) > 3 {
			return false
		}
		n := wordsBeside(p, r, col)
		if n < 2 {
			return false
		}
		longer = longer || n >= 3
	}
	return longer
}

// wordsBeside returns the most words a cell of the row other than col
// holds: an event's text has two or more.
func wordsBeside(p *parser, r row, col int) int {
	most := 0
	for i, c := range r.Cells {
		if i != col {
			most = max(most, len(bytes.Fields(p.src[c.Value.Start:c.Value.End])))
		}
	}
	return most
}

// afterWeekdayWord drops a short word without digits or dots that opens
// s before a comma or a space, a weekday in whatever language ("Sa,
// 28.11.", "piatok 20. 11. 2026"); s is returned as it is otherwise.
func afterWeekdayWord(s string) string {
	if i := strings.IndexAny(s, ", "); i > 0 && i <= 12 && !strings.ContainsAny(s[:i], "0123456789.") {
		return strings.TrimLeft(s[i:], ", ")
	}
	return s
}
