package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// cell is one cell of a table row: Inner lies between the pipes, Value is
// Inner without surrounding spaces (empty, at the first inner byte, for an
// empty cell).
type cell struct {
	Inner, Value Span
}

// row is one line of a table.
type row struct {
	Line  Span
	Cells []cell
}

// splitRow splits a table line into cells on unescaped pipes.
func splitRow(src []byte, line Span) []cell {
	return splitCells(src, line, false)
}

// splitCells splits a table line into cells on unescaped pipes; with
// macros, not on those inside a wiki macro's braces, which separate its
// parameters: "|{status:colour=Green|title=Done}{status}|".
func splitCells(src []byte, line Span, macros bool) []cell {
	b := src[line.Start:line.End]
	depth := 0
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i < len(b) && b[i] == '|' {
		i++
	}
	var cells []cell
	start := i
	for ; i <= len(b); i++ {
		if macros && i < len(b) {
			depth += braceStep(b[i], depth)
		}
		if i < len(b) && (b[i] != '|' || depth > 0 || (i > 0 && b[i-1] == '\\')) {
			continue
		}
		inner := Span{line.Start + start, line.Start + i}
		if i == len(b) && len(bytes.TrimSpace(b[start:])) == 0 && len(cells) > 0 {
			break // the space after a closing pipe
		}
		cells = append(cells, cell{Inner: inner, Value: trimSpan(src, inner)})
		start = i + 1
	}
	return cells
}

// braceStep is how a byte changes the depth of a macro's braces.
func braceStep(c byte, depth int) int {
	switch {
	case c == '{':
		return 1
	case c == '}' && depth > 0:
		return -1
	}
	return 0
}

func trimSpan(src []byte, s Span) Span {
	for s.Start < s.End && isSpace(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(src[s.End-1]) {
		s.End--
	}
	return s
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// rows returns the header and body rows of a table, from source lines.
func (p *parser) rows(t *east.Table) (header row, body []row) {
	for c := t.FirstChild(); c != nil; c = c.NextSibling() {
		r := row{Line: p.doc.LineSpan(p.doc.Line(c.Pos()))}
		r.Cells = splitRow(p.src, r.Line)
		if _, ok := c.(*east.TableHeader); ok {
			header = r
			continue
		}
		body = append(body, r)
	}
	return header, body
}

func (p *parser) table(t *east.Table) {
	if t.Pos() < 0 {
		p.tableProse(t, -1, false)
		return
	}
	header, body := p.rows(t)
	p.readTable(header, body, func(timeCol int, fields bool) { p.tableProse(t, timeCol, fields) })
}

// readTable reads a table's rows as actions, fields in a row, timeline
// entries or fields a row each; prose records the prose of its cells
// (the time column and whether the rows are fields are its arguments).
func (p *parser) readTable(header row, body []row, prose func(timeCol int, fields bool)) {
	col := notLookedFor
	if len(body) > 1 && letterHeader(p.src, header) {
		if p.actionHeader(body[0]) != nil {
			header, body = body[0], body[1:] // a sheet's "| | A | B |": its first row is the header
		} else if numberedRows(p.src, body) {
			header, body = sheetGrid(body) // its facts, a row number before each label
			whole := prose
			prose = func(timeCol int, _ bool) {
				if timeCol >= 0 {
					timeCol++ // the table's own column, after the numbers
				}
				whole(timeCol, false)
			}
		}
	}
	if p.doneByTable(header, body) {
		if col = p.eventColumn(body); col < 0 {
			prose(-1, false)
			return // steps, and a timeline only where a column gives times
		}
	} else if cols := p.actionHeader(header); cols != nil {
		var beside bool
		if beside, col = p.timesBeside(cols, body); !beside {
			prose(-1, false)
			p.actionTable(cols, body)
			return
		}
	}
	if p.horizontal(header, body) || p.recordRow(header, body) {
		prose(-1, false)
		p.horizontalTable(header, body)
		return
	}
	if col == notLookedFor {
		col = p.eventColumn(body)
	}
	dotted := false
	if col < 0 {
		col = p.dottedClockColumn(body)
		dotted = col >= 0
	}
	if col >= 0 {
		prose(col, false)
		p.eventTable(col, header, body, dotted)
		return
	}
	prose(-1, true)
	p.keyValueTable(header, body)
}

// letterHeader reports a spreadsheet's header of column letters, as a
// sheet exported with its grid writes it: "| | A | B | C |", the row
// numbers' column first, empty.
func letterHeader(src []byte, header row) bool {
	if len(header.Cells) < 3 || header.Cells[0].Value.Len() > 0 {
		return false
	}
	for i, c := range header.Cells[1:] {
		if c.Value.Len() != 1 || src[c.Value.Start] != byte('A'+i) {
			return false
		}
	}
	return true
}

// numberedRows reports rows that each open with their number in the
// sheet, a cell of digits, before two cells or more.
func numberedRows(src []byte, body []row) bool {
	for _, r := range body {
		if len(r.Cells) < 3 || r.Cells[0].Value.Len() == 0 || !isDigits(string(src[r.Cells[0].Value.Start:r.Cells[0].Value.End])) {
			return false
		}
	}
	return true
}

// sheetGrid returns a sheet's rows less their numbers: the first row as
// the header, the others as the body.
func sheetGrid(body []row) (row, []row) {
	grid := make([]row, len(body))
	for i, r := range body {
		grid[i] = row{Line: r.Line, Cells: r.Cells[1:]}
	}
	return grid[0], grid[1:]
}

// actionHeader returns the action columns of a header: the columns
// actionColumns finds, or under an action heading a table of one column
// headed as actions ("| Action items |").
func (p *parser) actionHeader(header row) map[string]int {
	if p.inAside() || p.attachmentsHeader(header) {
		return nil // "## What went well | What | Who |": no work
	}
	if cols := actionColumns(p.src, header); cols != nil {
		return cols
	}
	if key, _ := p.sectionKey(); key != "remediation" || p.inRecord() {
		return nil
	}
	if cols := sectionTitleColumns(p.src, header); cols != nil {
		return cols
	}
	if len(header.Cells) != 1 {
		return nil
	}
	if lookupNormal(columnSynonyms, p.doc.Text(header.Cells[0].Value)) != colAction {
		return nil
	}
	return map[string]int{colAction: 0}
}

// attachmentsHeader reports the header of a wiki page's list of files
// attached to it, "| Attachment | Action | Size | Date | Who |": its
// "Action" column holds the links to manage each file, no work.
func (p *parser) attachmentsHeader(header row) bool {
	for _, c := range header.Cells {
		if v := bytes.Trim(p.src[c.Value.Start:c.Value.End], "*_ "); len(v) >= 10 && len(v) <= 11 && v[0]|0x20 == 'a' {
			if w := strings.ToLower(string(v)); w == "attachment" || w == "attachments" {
				return true
			}
		}
	}
	return false
}

// notLookedFor is a table's time column before eventColumn looked for it.
const notLookedFor = -2

// timesBeside reports whether a table whose header reads as actions
// ("| Time | Who | What |") is a timeline: outside an action section, a
// column of times that is none of the action columns, or any column of
// times in a timeline section. It returns the time column too, or
// notLookedFor where the section settled it.
func (p *parser) timesBeside(cols map[string]int, body []row) (bool, int) {
	key, _ := p.sectionKey()
	if key == "remediation" || key == SectionRecord {
		return false, notLookedFor
	}
	col := p.eventColumn(body)
	if col < 0 {
		return false, col
	}
	if key == "timeline" {
		return true, col // "| When | What |" under a timeline heading
	}
	for _, i := range cols {
		if i == col && !p.clockColumn(body, col) {
			return false, col
		}
	}
	return true, col
}

// clockColumn reports a column whose cells are, in most rows, times of
// day or offsets from T+0 ("14:12", "T+12m"): the moments of a
// timeline, not the days an action is due by, even under a header that
// reads as one ("| When | What | Who |").
func (p *parser) clockColumn(body []row, col int) bool {
	n := 0
	for _, r := range body {
		if col < len(r.Cells) {
			t := p.doc.Text(r.Cells[col].Value)
			if hasClock(t) || isOffsetEntry(t) {
				n++
			}
		}
	}
	return n*2 > len(body)
}

// tableProse records the text of a table's cells: header cells as
// "header", the time column of a timeline as "timeline", the label
// column of a table of fields as "label", the rest as "cell".
func (p *parser) tableProse(t *east.Table, timeCol int, fields bool) {
	for c := t.FirstChild(); c != nil; c = c.NextSibling() {
		_, isHeader := c.(*east.TableHeader)
		i := 0
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			kind := "cell"
			switch {
			case isHeader:
				kind = "header"
			case i == timeCol:
				kind = "timeline"
			case fields && i%2 == 0 && p.fieldKey(p.doc.Text(nodeSpan(cc))) != "":
				kind = "label"
			}
			p.addProse(cc, kind)
			i++
		}
	}
}

// keyValueTable reads tables of labels and values: the template's
// vertical tables, horizontal ones (labels in the header row, values in
// the row below) and rows of label/value pairs. In a timeline, rows
// with other labels are extra times.
func (p *parser) keyValueTable(header row, body []row) {
	if len(header.Cells) < 2 || p.roleTable(header, body) {
		return
	}
	key, _ := p.sectionKey()
	timeline := key == "timeline" || isTimelineHeader(p.doc.Text(header.Cells[0].Value))
	p.pairRow(header, false)
	for _, r := range body {
		p.pairRow(r, timeline)
	}
	p.mitigatedRows(header, body)
}

// horizontal reports a table whose header row is field labels and whose
// first body row holds their values: "| Date | Contact |".
func (p *parser) horizontal(header row, body []row) bool {
	labels := 0
	for _, c := range header.Cells {
		if p.headerLabel(p.doc.Text(c.Value)) {
			labels++
		}
	}
	return labels >= 2 && len(body) > 0 && len(header.Cells) > 1 && p.headerLabel(p.doc.Text(header.Cells[1].Value))
}

// headerLabel reports a header cell of a horizontal table: a field's
// label, or one of the zone of the times ("| Date | Time zone |").
func (p *parser) headerLabel(text string) bool {
	if p.fieldKey(text) != "" {
		return true
	}
	t := strings.TrimLeft(text, " *_")
	if t == "" || len(t) > 24 || strings.IndexByte("tzacfhsTZACFHS", t[0]) < 0 {
		return false // the first letters of zoneLabel's labels: a quick answer for most cells
	}
	return zoneLabel(normalize(t))
}

// recordRow reports a table of one row that is a record under its
// columns' names, three or more of them fields, as a table tool exports
// a record with its id, key and title columns first ("| id | Ref |
// Title | Incident_date | Incident_lead | Sev_level |"); not a row of
// label and value pairs under a header row of pairs ("| Date |
// 2026-12-01 | Severity | SEV3 |" over "| Author | @yara-e | … |"): no
// header holds a figure, and no cell names a field or holds a clock.
func (p *parser) recordRow(header row, body []row) bool {
	if len(body) != 1 {
		return false
	}
	labels := 0
	for _, c := range header.Cells {
		if p.fieldKey(p.doc.Text(c.Value)) != "" {
			labels++
		}
	}
	if labels < 3 {
		return false
	}
	for _, c := range header.Cells {
		if hasDigit(p.doc.Text(c.Value)) {
			return false
		}
	}
	for _, c := range body[0].Cells {
		if v := p.doc.Text(c.Value); p.fieldKey(v) != "" || hasClock(v) {
			return false // a pair's label, or a ticket's stamps ("Nov 24, 2026 8:20 AM"), read as times
		}
	}
	return true
}

// horizontalTable reads the values of a horizontal table's first row; a
// column naming the zone ("Clock", "Time zone") gives it.
func (p *parser) horizontalTable(header row, body []row) {
	values := body[0].Cells
	for i, c := range header.Cells {
		if i >= len(values) {
			break
		}
		label, value := p.doc.Text(c.Value), p.doc.Text(values[i].Value)
		if !p.addField(label, value, c.Value, values[i].Value) {
			p.zoneRow(label, value)
		}
	}
}

// pairRow reads a row as label/value pairs: "| Start Time | 14:02 |" or
// "| Severity | SEV2 | Date | 2026-11-03 |". In a timeline, a first
// label that names no field is an extra time.
func (p *parser) pairRow(r row, timeline bool) {
	for j := 0; j+1 < len(r.Cells); j += 2 {
		l, v := r.Cells[j].Value, r.Cells[j+1].Value
		label, value := p.doc.Text(l), p.doc.Text(v)
		p.localZoneRow(label, value) // "| Zona horaria | Hora peninsular (CEST, UTC+2) |"
		if p.headerPair(label, value) {
			continue // "| Date/Time | Who/What | …": a timeline's header, no date
		}
		if p.zoneRow(label, value) || p.addField(label, value, l, v) || !timeline || j > 0 {
			p.propertyPriority(label, value, l, v) // above the first section only
			continue
		}
		if normalize(label) != "" && !IsPlaceholder(label) && !isProse(value) {
			p.doc.Times = append(p.doc.Times, TimeEntry{Key: normalize(label), Label: label, Raw: value, Span: v})
		}
	}
}

// zoneRow reads a row that names the zone of the document's times, as
// a properties table states it once for the rows below: "| Times |
// Melbourne time (AEDT) |", "| Time zone | CET |". It reports whether
// the row was one.
func (p *parser) zoneRow(label, value string) bool {
	name, longer := normalize(label), false
	if rest, ok := customLed([]byte(name), label); ok {
		name = normalize(rest) // "CF Time Zone"
	}
	if !zoneLabel(name) {
		if p.doc.Zone != "" {
			return false
		}
		head, rest, ok := strings.Cut(name, " ")
		if head == "time" {
			head, rest, ok = "time zone", strings.TrimPrefix(rest, "zone "), strings.HasPrefix(rest, "zone ")
		}
		if longer = ok && zoneLabel(head) && strings.Count(rest, " ") < 4; !longer {
			return false // "Clock used", "Time zone of this page", "Clock times in this report": a zone label and a few words more
		}
	}
	value = value[:sentenceEnd(value, 0)] // "… (UTC−8), 12-hour. The end fell … so it's Dec 2 in UTC."
	p.zoneNote(&paragraphText{text: label + ": " + value})
	if p.doc.Zone != "" {
		return true
	}
	z := docZone(strings.TrimSpace(value)) // "| Time zone | CET |"
	if clause, _, _ := strings.Cut(value, ";"); z == "" {
		clause = clause[:sentenceEnd(clause, 0)] // "Clock: Bangkok, UTC+07:00. The whole night falls on 2 December in UTC."
		z = docZone(lineZone(clause))            // "**Clock:** Pacific Standard Time (PST, UTC−8) throughout; …"
	}
	p.doc.Zone = z
	return z != "" || !longer
}

// zoneLabel reports a label of a row or a line that gives the zone of
// every time: a switch, which every row of a properties table asks for
// less than a map.
func zoneLabel(name string) bool {
	switch name {
	case "times", "time zone", "timezone", "zone", "all times", "times in", "tz", "clock", "clocks",
		// in other languages: "Fuseau horaire:: heure normale de l'Est (HNE, UTC−5)"
		"fuseau horaire", "fuseau", "zeitzone", "zeitangaben", "zona horaria", "huso horario",
		"fuso horário", "fuso horario", "fuso orario", "tijdzone", "strefa czasowa", "tidszon", "tidssone":
		return true
	}
	return false
}

func isTimelineHeader(s string) bool {
	switch normalize(s) {
	case "incident", "timeline", "event", "time", "milestone", "key times":
		return true
	}
	return false
}

var _ ast.Node = (*east.Table)(nil)

// slashOrAmpersand are the bytes headerPair asks a value for, by table.
var slashOrAmpersand = byteSet("/&")

// headerPair reports a date's label beside a value that is another
// column's name, as a table's header row without rows below reads when
// its cells are taken in pairs: "| Date/Time | Who/What | Action |". A
// date holds a digit; a slot left to fill is still a slot. The label's
// key is looked up last, as few values hold a slash.
func (p *parser) headerPair(label, value string) bool {
	if !anyByte(value, &slashOrAmpersand) || hasDigit(value) || IsPlaceholder(value) {
		return false
	}
	key := p.fieldKey(label)
	return key == FieldDate || key == FieldIncidentDate
}
