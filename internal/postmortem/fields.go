package postmortem

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Field returns the first field with a canonical key.
func (d *Document) Field(key string) (Field, bool) {
	for i := range d.Fields { // by index: a Field is copied only when found
		if d.Fields[i].Key == key {
			return d.Fields[i], true
		}
	}
	return Field{}, false
}

// Time returns the timeline entry with a canonical key.
func (d *Document) Time(key string) (TimeEntry, bool) {
	for _, t := range d.Times {
		if t.Key == key {
			return t, true
		}
	}
	return TimeEntry{}, false
}

// TimeUTC is the timeline entry with a canonical key in UTC; zero when
// there is none or it cannot be read.
func (d *Document) TimeUTC(key string) time.Time {
	t, ok := d.Time(key)
	if !ok || t.Err != nil {
		return time.Time{}
	}
	return t.Time.UTC()
}

// Section returns the first section with a canonical key.
func (d *Document) Section(key string) (Section, bool) {
	for _, s := range d.Sections {
		if s.Key == key {
			return s, true
		}
	}
	for _, s := range d.MetaSections {
		if s.Key == key {
			return s, true
		}
	}
	return Section{}, false
}

// addField records a field under its canonical key, if the label has one.
func (p *parser) addField(label, value string, labelSpan, valueSpan Span) bool {
	key := p.synonymKey(label)
	if key == "" {
		how := false
		if key = momentKey(label); key == "" {
			key, how = howKey(label), true // "Detected by: monitoring at 14:09 UTC"
		}
		if key != "" && !opensWithOffset(value) {
			if !readsAsTime(value) {
				if how && p.clockField(key, label, value, labelSpan, valueSpan) {
					return true
				}
				// "Alert: CPU above 90%" is no time; "Impact: 2 - High" may be a grade
				if unknownValue(value) {
					p.unknown = append(p.unknown, key)
				}
				p.notePriority(label, value, labelSpan, valueSpan)
				return false
			}
		}
	}
	if key == "" && (mitigationLabel(label) || closedLabel(label) && p.factsHere()) && readsAsTime(withoutNote(value)) {
		p.mitigated = append(p.mitigated, Field{Key: FieldEnd, Label: strings.TrimSpace(label), Value: strings.TrimSpace(value), Span: valueSpan, LabelSpan: labelSpan})
		return false // no field yet: a timeline's row stays its own time
	}
	if key == "" {
		if k := timedWordKey(label); k != "" && readsAsTime(value) {
			key = k // "Data: 27 października 2026", "Final: 12:30"
		}
	}
	if key == "" {
		p.notePriority(label, value, labelSpan, valueSpan)
		key = roleKey(value) // "Organiser: Mia Chen (Incident Manager)"
	}
	if key == "" {
		return p.statusEnd(label, value, labelSpan, valueSpan) || p.notApplicableDuration(label, value, labelSpan, valueSpan) || p.rangeField(label, labelSpan, valueSpan) || p.lengthField(label, value, valueSpan)
	}
	if personKey(key) && personWordLabel(label) && !namesSomeone(value) {
		return false // "Persona: merchant admins", a product's persona
	}
	if personKey(key) && deedLabel(label) && !opensWithSomeone(value) {
		return false // "Resolved by: rolling the deploy back", a deed and not its doer
	}
	if key == FieldFacilitatedBy && roleKey(value) == FieldContact {
		key = FieldContact // "Organiser: Noah Park (Incident Manager)"
	}
	if key == FieldSeverity && markingWords[strings.ToLower(strings.Trim(value, " *_`"))] {
		return false // "Classification: Internal", who may read the document, not how bad the incident was
	}
	if key == FieldCreatedBy && hasDigit(value) && !namesSomeone(value) && readsAsTime(value) {
		key = FieldDate // "Created: 2026-11-05", the day the page was made
	}
	if isTimelineKey(key) && !opensWithOffset(value) && (isProse(withoutNote(value)) || isResolution(value)) {
		return false // "Detection: Borgmon paged on-call", "Resolution: Done"
	}
	if choiceGuidance(key, value) {
		return false // "Severity: _pick one: P1 / P2 / P3 / P4_"
	}
	if key == FieldSeverity && p.doc.Severity == "" {
		p.doc.Severity, p.doc.SeveritySpan = NormalizeSeverity(value), valueSpan
	}
	p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: strings.TrimSpace(label), Value: strings.TrimSpace(value), Span: valueSpan, LabelSpan: labelSpan})
	return true
}

// unknownValue reports a value that says it is not known: "?", "? —
// nobody wrote down when", "unknown", "not recorded".
func unknownValue(v string) bool {
	v = strings.ToLower(strings.TrimLeft(v, " *_"))
	for _, w := range unknownWords {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

var unknownWords = []string{"?", "unknown", "not known", "not recorded", "unclear", "no record"}

// timedWordKey is the key of a label of one word of other languages
// that the vocabulary leaves out for the English word of the same
// letters: "Data", the date in Italian, Polish, Portuguese, Romanian
// and Catalan; "Final" and "Fine", the end in Catalan, Spanish and
// Italian. A field so labelled is that field where its value reads as a
// date or a time.
func timedWordKey(label string) string {
	if len(label) > 16 {
		return ""
	}
	t := strings.TrimLeft(label, " *_")
	if t == "" || t[0]|0x20 != 'd' && t[0]|0x20 != 'f' {
		return ""
	}
	return timedWords[normalize(label)]
}

var timedWords = map[string]string{"data": FieldDate, "final": FieldEnd, "fine": FieldEnd}

// timedLabel reports a line labelled by a word of timedWords or
// "Mitigated", which name a field only over a date or a time, whose
// value reads as one.
func (p *parser) timedLabel(label string, value Span) bool {
	v := p.doc.Text(trimMarks(p.src, value, " \t\r*_"))
	if howKey(label) != "" {
		_, clock := clockAfterWords(v)
		return clock || readsAsTime(v) // "Detected by: monitoring at 14:09 UTC", "Page sent: 14:09"
	}
	return (timedWordKey(label) != "" || mitigationLabel(label) || closedLabel(label)) && readsAsTime(v)
}

var sevRe = lazyRe(`(?i)^(?:sev(?:erity)?|s)[\s\-_]*([0-9])$`)

// withoutNote returns a value less the note in parentheses that ends it:
// "Tue 12/1, 9:25a (portal showing real slots at all six clinics)" is a
// time with a note, no sentence.
func withoutNote(v string) string {
	t := strings.TrimSpace(v)
	if !strings.HasSuffix(t, ")") {
		return v
	}
	if i := strings.LastIndex(t, " ("); i > 0 {
		return t[:i]
	}
	return v
}

// NormalizeSeverity writes "sev 2", "Sev-2" and "S2" as "SEV2"; other
// values are upper-cased.
func NormalizeSeverity(s string) string {
	s = strings.TrimSpace(trimBytes(s, &valueMarks))
	if m := sevRe.FindStringSubmatch(s); m != nil {
		return "SEV" + m[1]
	}
	return strings.ToUpper(s)
}

// keyValueLines reads "Key: value" lines of a paragraph as fields, with
// optional emphasis around the key: "**Severity:** SEV1".
func (p *parser) keyValueLines(n ast.Node) {
	lines := n.Lines()
	prev := Span{}
	if p.term.next == n {
		prev = p.term.line // a loose definition list: the label, a blank line, ":   value"
	}
	if lines.Len() == 1 {
		p.term = definitionTerm{p.doc.LineSpan(p.doc.Line(lines.At(0).Start)), n.NextSibling()}
	}
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		if p.definition(prev, ls) {
			continue
		}
		prev = ls
		if p.labelOverValue(n, i) {
			i++ // the value's line
			continue
		}
		if label, value, ok := p.dokuRow(ls); ok {
			p.addField(p.doc.Text(label), p.doc.Text(value), label, value)
			continue
		}
		parts := p.lineParts(ls)
		for _, part := range parts {
			if label, value, ok := p.keyValue(part); ok {
				p.addField(p.doc.Text(label), p.doc.Text(value), label, value)
			} else if !p.zoneRow(p.doc.Text(label), p.doc.Text(value)) && !p.roleItem(part, label, value) { // "**Clock:** Pacific Standard Time (PST, UTC−8)"
				p.labelGrade(label, value)
				p.zoneLine(p.doc.Text(part))
			}
		}
		if len(parts) > 1 {
			p.labelTimes(parts)
		}
	}
}

// labelOverValue reads line i of paragraph n, a field's label alone in
// bold ("**Incident lead**", "**🕒 Início do impacto**"), with the line
// below it as its value, as a table tool's expanded record writes each
// field, or a form its question ("**Date of the fault** *"); it reports
// whether it did. Where the label is a paragraph of
// its own, the value is the next paragraph's one line.
func (p *parser) labelOverValue(n ast.Node, i int) bool {
	lines := n.Lines()
	ls := trimSpan(p.src, p.doc.LineSpan(p.doc.Line(lines.At(i).Start)))
	b := bytes.TrimSuffix(p.src[ls.Start:ls.End], []byte(" *")) // a form's mark of a question that must be answered
	if !boldLine(bytes.TrimSuffix(b, []byte(":"))) {
		return false
	}
	label := trimMarks(p.src, ls, " \t*_:")
	if len(p.doc.Text(label)) > 60 {
		return false
	}
	var value Span
	switch {
	case i+1 < lines.Len():
		value = p.doc.LineSpan(p.doc.Line(lines.At(i + 1).Start))
		if i+2 < lines.Len() && formHint(p.src[value.Start:value.End]) {
			value = p.doc.LineSpan(p.doc.Line(lines.At(i + 2).Start)) // a form's hint under its question
		}
	case lines.Len() == 1:
		next, ok := n.NextSibling().(*ast.Paragraph)
		if !ok || next.Lines().Len() != 1 {
			return false
		}
		value = linesSpan(next)
	default:
		return false
	}
	value = chosenOption(p.src, trimMarks(p.src, value, " \t\r*_`"))
	v := p.doc.Text(value)
	if v == "" || boldLine(p.src[value.Start:value.End]) {
		return false
	}
	name := p.doc.Text(label)
	key := p.fieldKey(name)
	if q := formQuestion(name); key == "" && q != name && p.fieldKey(q) != "" {
		name, key = q, p.fieldKey(q) // "**A1. Date of the incident**", "**How bad was it?**"
	}
	if len(strings.Fields(v)) > 12 {
		return isTimelineKey(key) && p.answeredMoment(key, value, v)
	}
	if key == "" {
		return p.zoneRow(name, v) // "**Times shown in**" over "Australia/Perth (AWST, UTC+8)"
	}
	if !p.addField(name, v, label, value) && isTimelineKey(key) {
		p.answeredMoment(key, value, v)
	}
	return true
}

// chosenOption returns the option a form's line of choices marks as
// chosen, "◯ 1  ◯ 2  ◉ 4  ◯ 5" giving "4", or the whole line.
func chosenOption(src []byte, v Span) Span {
	line := src[v.Start:v.End]
	i := bytes.Index(line, []byte("◉"))
	if i < 0 || !bytes.Contains(line, []byte("◯")) {
		return v
	}
	rest := line[i+len("◉"):]
	if j := bytes.Index(rest, []byte("◯")); j >= 0 {
		rest = rest[:j]
	}
	start := v.Start + i + len("◉")
	return trimSpan(src, Span{start, start + len(rest)})
}

// formHint reports a line that is all a note in parentheses, as a form
// writes a hint under its question: "*(1 = a blip · 5 = off air)*".
func formHint(line []byte) bool {
	t := bytes.Trim(bytes.TrimSpace(line), "*_")
	return len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')'
}

// formQuestion returns a form's question as a label: without its
// number ("A1. ", "Q3) ", "2. "), a note in parentheses after it, or its
// question mark: "A2. Who ran it? (duty manager)" is "Who ran it".
func formQuestion(label string) string {
	if i := strings.IndexAny(label, ".)"); i > 0 && i <= 3 && i+1 < len(label) && label[i+1] == ' ' && formNumber(label[:i]) {
		label = label[i+2:]
	}
	if i := strings.Index(label, " ("); i > 0 && strings.HasSuffix(label, ")") {
		label = label[:i]
	}
	return strings.TrimRight(label, "? ")
}

// formNumber reports a question's number: digits, or a capital letter
// and digits ("A1").
func formNumber(s string) bool {
	if s[0] >= 'A' && s[0] <= 'Z' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// answeredMoment reads the moment key at the clock that opens the
// answer v under its question, a sentence told after it: "**When did
// we find out, and how?** *" over "7:12 am – Hemi walked into the
// on-air room and saw the red lamp." It reports whether v opens so.
func (p *parser) answeredMoment(key string, value Span, v string) bool {
	c0, c1 := clockIn(v)
	if c0 != 0 {
		return false
	}
	p.proseTime(key, labelNamedMoment, value.Start, c0, c1, "")
	return true
}

// zoneLine takes the zone a bold line among fields gives every time in,
// as a note of its own: "**All clock times here are India Standard Time
// (IST, UTC+05:30).**" under "**How serious:** S3".
func (p *parser) zoneLine(line string) {
	line = strings.TrimSpace(line)
	if p.doc.Zone == "" && len(line) > 4 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") && strings.Contains(line, "times") {
		p.allTimesNote(&paragraphText{text: strings.Trim(line, "*")})
	}
}

// labelTimes reads a line of the incident's times written without
// colons, each part a label of the start, the detection or the end
// before its time, and a part alone the day they are on: "Detected 5:50
// AM · Impact began 6:12 AM · Impact ended 8:03 AM · Tuesday 17 November
// 2026". A label of the line may come first: "**Times (CET):** start
// 9:45 · detected 9:58 · restored 11:10".
func (p *parser) labelTimes(parts []Span) {
	type labelled struct{ label, value Span }
	var times []labelled
	day := ""
	for _, part := range parts {
		s := trimMarks(p.src, part, " \t>*_.")
		text := p.doc.Text(s)
		i := strings.IndexAny(text, "0123456789")
		if i <= 0 || i > 30 {
			continue
		}
		lead := s.Start
		if c := strings.LastIndexByte(text[:i], ':'); c >= 0 && strings.Trim(text[c+1:i], " \t*_") != "" {
			lead += c + 1 // "**Times (CET):** start 9:45": the line's label before the first moment's
		}
		if label := trimMarks(p.src, Span{lead, s.Start + i}, " \t*_"); isTimelineKey(p.fieldKey(p.doc.Text(label))) {
			times = append(times, labelled{label, Span{s.Start + i, s.End}})
		} else if y, _, _, n := leadingDate(text, 0); n == len(text) && y > 1 {
			day = text
		}
	}
	if len(times) < 2 {
		return
	}
	for _, t := range times {
		value := p.doc.Text(t.value)
		if _, _, _, n := leadingDate(value, 0); n == 0 && day != "" {
			value = day + ", " + value
		}
		p.addField(p.doc.Text(t.label), value, t.label, t.value)
	}
}

// timeFieldLines reads the start, detection and end stated on lines of
// a narrative ("- **Detected:** 05:47, when the ward rang"); other "Key:
// value" lines there are prose.
func (p *parser) timeFieldLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		line := p.src[ls.Start:ls.End]
		if colon := bytes.IndexByte(line, ':'); colon < 1 || longLabel(line[:colon]) || isDigit(line[colon-1]) {
			continue // no label, or an entry's clock: "- 14:02 …"
		}
		if label, value, ok := p.keyValue(ls); ok && (isTimelineKey(p.fieldKey(p.doc.Text(label))) || mitigationLabel(p.doc.Text(label)) || closedLabel(p.doc.Text(label))) {
			p.addField(p.doc.Text(label), p.doc.Text(value), label, value)
		}
	}
}

// definitionTerm is a paragraph of one line, the label of a definition
// whose value may be the paragraph after it (next), as pandoc writes a
// loose definition list: "Beginn / Impact start", a blank line, ":
// 25.11.2026, 21:40 MEZ".
type definitionTerm struct {
	line Span
	next ast.Node
}

// definition reads a line ": value" under a line that is a field's label,
// as a definition list writes it: "Report date" then ": 2026-06-04".
func (p *parser) definition(label, ls Span) bool {
	line := p.doc.Text(ls)
	if label == (Span{}) || !strings.HasPrefix(strings.TrimLeft(line, " "), ":") {
		return false
	}
	l := trimMarks(p.src, label, " \t*_")
	v := trimMarks(p.src, Span{ls.Start + strings.Index(line, ":") + 1, ls.End}, " \t\r*_")
	if p.fieldKey(p.doc.Text(l)) == "" {
		return p.zoneRow(p.doc.Text(l), p.doc.Text(v)) // "Clock" over ": Sydney time, AEDT (UTC+11)"
	}
	p.addField(p.doc.Text(l), p.doc.Text(v), l, v)
	return true
}

// lineParts splits a line of fields written one after another at " · ",
// " | " or a board's " &nbsp;|&nbsp; ": "**Author:** @gwen-l · **Date:**
// 2026-04-23".
func (p *parser) lineParts(ls Span) []Span {
	line := p.doc.Text(ls)
	if parts := attributeParts(ls, line); parts != nil {
		return parts
	}
	if !mayHoldParts(line) {
		return []Span{ls} // no " · ", " | ", " &nbsp;|&nbsp; " or "   *Label:*"
	}
	var parts []Span
	start := 0
	for i := 0; i < len(line); i++ {
		if n := partSep(line[i:]); n > 0 {
			parts = append(parts, Span{ls.Start + start, ls.Start + i})
			start = i + n
			i += n - 1
		}
	}
	return append(parts, Span{ls.Start + start, ls.End})
}

// attributeParts splits a line of two or more attributes in brackets,
// as a notes tool writes a page's properties inline ("[severity: sev2]
// [lead: "@okonkwo.e"]"), into the text inside each pair; nil for
// another line.
func attributeParts(ls Span, line string) []Span {
	if len(line) < 8 || line[0] != '[' || line[len(line)-1] != ']' || !strings.Contains(line, "] [") {
		return nil
	}
	var parts []Span
	for start := 1; ; {
		end := strings.Index(line[start:], "] [")
		if end < 0 {
			return append(parts, Span{ls.Start + start, ls.Start + len(line) - 1})
		}
		parts = append(parts, Span{ls.Start + start, ls.Start + start + end})
		start += end + 3
	}
}

// mayHoldParts is the quick test of lineParts, strings.Contains of "|",
// " · " and "  *", each looked for from a byte seldom in a line: the
// pipe, the middle dot's last byte or the asterisk.
func mayHoldParts(line string) bool {
	return strings.IndexByte(line, '|') >= 0 || containsAround(line, 0xb7, " \xc2", " ") || containsAround(line, '*', "  ", "")
}

// containsAround reports whether s holds before, then b, then after:
// strings.Contains(s, before+string(b)+after) for a b that neither
// before nor after holds, found at each b.
func containsAround(s string, b byte, before, after string) bool {
	for i := strings.IndexByte(s, b); i >= 0; {
		if strings.HasSuffix(s[:i], before) && strings.HasPrefix(s[i+1:], after) {
			return true
		}
		k := strings.IndexByte(s[i+1:], b)
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

func partSep(s string) int {
	for _, sep := range []string{" · ", " | ", " &nbsp;|&nbsp; "} {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	if strings.HasPrefix(s, "  ") {
		if spacedLabelRe.MatchString(s) {
			return len(s) - len(strings.TrimLeft(s, " "))
		}
	}
	return 0
}

// spacedLabelRe is the space before a label Slack's markup writes in
// single asterisks after another field on the same line: "*Severity:*
// SEV-2   *Status:* Resolved".
var spacedLabelRe = lazyRe(`^ {2,}\*[^*\s][^*\n]{0,40}:\*\s`)

// longLabel reports text before a colon too long to be a label: more
// than 60 characters (not bytes: a Thai or Arabic label of twenty
// letters takes sixty bytes or more).
func longLabel(b []byte) bool {
	return len(b) > 60 && (len(b) > 240 || utf8.RuneCount(b) > 60)
}

// keyValue splits a line into a known label and its value.
func (p *parser) keyValue(ls Span) (label, value Span, ok bool) {
	line := p.src[ls.Start:ls.End]
	lead := attributeLead(line) // ":author: Ana", "#+AUTHOR: Ana"
	colon := bytes.IndexByte(line[lead:], ':')
	if colon >= 0 {
		colon += lead
	}
	sep := 1
	if wide, n := wideColon(line); wide >= 0 && (colon < 0 || wide < colon) {
		colon, sep = wide, n // "担当：@dana", "発生：2026年3月5日 14:02"
	}
	if colon >= 0 && colon+1 < len(line) && line[colon+1] == ':' {
		sep = 2 // an inline field of a notes tool: "severity:: SEV-2"
	}
	if dash, n := dashSeparator(line); dash >= 0 && (colon < 0 || dash < colon) {
		colon, sep = dash, n // "- Severity — S2", "- Began — 2026-11-17T10:02"
	}
	loose := false
	if colon < 0 || clockColon(line, colon) {
		if at, n := looseSeparator(line[lead:]); at >= 0 && (colon < 0 || lead+at < colon) {
			colon, sep, loose = lead+at, n, true // "**Start** 14:02 UTC", "Start\t14:02", "Lead - Dana"
		}
	}
	if colon < 0 || longLabel(line[:colon]) {
		return label, value, false
	}
	label = trimMarks(p.src, leadSymbols(p.src, Span{ls.Start + lead, ls.Start + colon}), " \t>-*+_'") // "'''Day:'''", a wiki's bold
	value = Span{ls.Start + colon + sep, ls.End}
	if line[lead] == '<' {
		label, value = untag(p.src, label, value) // "<b>Owner:</b> Dana Ruiz", "<strong>Severity</strong>: SEV-2"
	}
	if loose {
		value = trimMarks(p.src, value, " \t\r*_")
		return label, value, p.looseFact(p.doc.Text(label), p.doc.Text(value))
	}
	if t := p.doc.Text(label); p.fieldKey(t) == "" && (sep > 1 || !(mayBeRangeLabel(t) && isRangeLabel(t)) && !localSpan(t, p.doc.Text(value)) && !mayBeDuration(t) && !lengthLabel(t)) && !p.timedLabel(t, value) && !statusLabel(t) {
		if bytes.IndexByte(line[colon:], '(') < 0 || !hasLetter(line[:colon]) || roleKey(p.doc.Text(trimMarks(p.src, value, " \t\r*_"))) == "" {
			return label, value, false // "Impact window:" gives the start and the end
		}
	}
	return label, trimMarks(p.src, value, fieldValueMarks), true
}

// fieldValueMarks are trimmed from a field's value: spaces, emphasis, a
// wiki's bold "”'" and its line break "\\\\".
const fieldValueMarks = " \t\r*_'\\"

// roleKey is the field a value names by the role it gives in
// parentheses after a name: "Mia Chen (Incident Manager, Rostering)" is
// the contact; "" for any other value.
func roleKey(value string) string {
	open := strings.IndexByte(value, '(')
	if open <= 0 || strings.ContainsAny(value[:open], ",;") {
		return ""
	}
	role := value[open+1:]
	if end := strings.IndexAny(role, ",;)"); end > 0 {
		role = role[:end]
	}
	if !contactRole(role) {
		return ""
	}
	return FieldContact
}

// contactRole reports a role, a few words, that makes its holder the
// contact: "Incident Manager", "IC".
func contactRole(role string) bool {
	return len(role) <= 40 && lookupNormal(fieldSynonyms, role) == FieldContact
}

// attributeLead returns how many bytes open a document attribute before
// its name: 1 for AsciiDoc's ":author: Ana", 2 for Org's "#+AUTHOR: Ana";
// 0 for any other line.
func attributeLead(line []byte) int {
	switch {
	case len(line) > 2 && line[0] == ':' && line[1] != ' ' && line[1] != ':':
		return 1
	case bytes.HasPrefix(line, []byte("#+")):
		return 2
	}
	return 0
}

// dashSeparator returns where a dash with a space either side (" — ",
// " – ") stands between a label and its value on a line without a colon,
// and its length; -1 when there is none. The first em dash counts, then
// the first en dash; neither at the line's start.
func dashSeparator(line []byte) (int, int) {
	em, en := spacedDashes(line)
	for _, i := range [...]int{em, en} {
		if i > 0 {
			return i, len(" — ")
		}
	}
	return -1, 0
}

// spacedDashes returns where " — " and " – " first stand in line, or -1,
// looking only at the lead byte of their dashes, which prose seldom
// holds: a search for the whole of one goes from space to space.
func spacedDashes(line []byte) (em, en int) {
	em, en = -1, -1
	for k := 1; k+3 < len(line) && (em < 0 || em == 0 && en < 0); k++ {
		j := bytes.IndexByte(line[k:len(line)-3], 0xe2)
		if j < 0 {
			break
		}
		k += j
		if line[k-1] != ' ' || line[k+1] != 0x80 || line[k+3] != ' ' {
			continue
		}
		switch {
		case line[k+2] == 0x94 && em < 0:
			em = k - 1
		case line[k+2] == 0x93 && en < 0:
			en = k - 1
		}
	}
	return em, en
}

// trimMarks narrows a span past the given bytes on both ends.
func trimMarks(src []byte, s Span, marks string) Span {
	for s.Start < s.End && strings.IndexByte(marks, src[s.Start]) >= 0 {
		s.Start++
	}
	for s.End > s.Start && strings.IndexByte(marks, src[s.End-1]) >= 0 {
		s.End--
	}
	return s
}

// readTimes turns timeline fields into time values.
func (p *parser) readTimes() {
	base := p.baseDate()
	if base.IsZero() || p.reviewBase {
		if t, ok := p.proseDay(); ok {
			base, p.reviewBase = t, false // "Le mardi 3 novembre 2026, de 7h48 à 9h31"; a due counts from the review
			base = p.statedDayNear(base)
		}
	}
	for i, t := range p.doc.Times {
		p.doc.Times[i] = p.readEntry(t, base)
	}
	for _, f := range p.timeFieldsInOrder() {
		if !NotApplicable(f.Value) {
			if _, ok := p.doc.Time(f.Key); !ok {
				p.doc.Times = append(p.doc.Times, p.readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span, Inferred: f.Inferred}, base))
			}
		}
	}
	if base.IsZero() {
		p.dayOfFirstStated()
	}
	p.relativeFields(base)
	p.statedZone(base)
	p.rollOver()
	p.dropStrayEpochs(base)
	p.readEvents(base)
	p.inferTimes()
	p.mitigatedEnd(base)
	p.narratedTimes(base)
	p.proseTimes(base)
	p.lastedEnd()   // a length is a weak word on the end
	p.wordedTimes() // everyday words the weakest
	p.endPastMidnight()
	p.dropOffsetGuesses()
}

// mitigatedEnd reads a field labelled "Mitigated" as the end where no
// field or timeline entry gives one: an incident tool's facts give when
// the impact was stopped ("**Mitigated:** 15:31 UTC (rule reverted)"),
// and a status page's "Resolved" after watching it, which then is the
// end; so is the end a timeline marks.
func (p *parser) mitigatedEnd(base time.Time) {
	if len(p.mitigated) == 0 || p.timeRead(FieldEnd) && !p.postedEnd() {
		return
	}
	f := p.mitigated[0]
	p.doc.Fields = append(p.doc.Fields, f)
	p.setTime(p.readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span}, base))
}

// postedEnd reports an end read from the time a status page posted its
// "Resolved" at, which a "Mitigated" field outweighs: the page is
// resolved after the team watched the fix hold.
func (p *parser) postedEnd() bool {
	t, _ := p.doc.Time(FieldEnd)
	for _, e := range p.doc.Events {
		if e.posted && e.Span == t.Span {
			return t.Inferred
		}
	}
	return false
}

// personWordLabel reports a label that names a person's field only over
// a name: the word "person" itself, in English or another language
// ("Person", "Persona", "Pessoa"), a board's people column or a
// product's persona; and the short words that label other things too
// ("Responsible: the config push", "Reporter: a customer", "Chair: 2B",
// "PIC: diagram.png").
func personWordLabel(label string) bool {
	switch normalize(label) {
	case "person", "persona", "pessoa", "pic", "responsible", "accountable", "reporter", "chair":
		return true
	}
	return false
}

// namesSomeone reports a value that reads as people's names or logins:
// one to four words, each a login or a capitalised word of letters
// ("Lea Brandt", "@lea"), as "merchant admins" and "Question/ Answer"
// are not.
func namesSomeone(value string) bool {
	words := strings.Fields(strings.Trim(strings.TrimSpace(value), "*_"))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if r == '@' {
			continue
		}
		if !unicode.IsUpper(r) || strings.IndexFunc(w, notNameRune) >= 0 {
			return false // "Question/ Answer": a column's header, no one's name
		}
	}
	return true
}

// notNameRune reports a character no name is written with: any but a
// letter, a hyphen, an apostrophe or a dot ("Anne-Marie", "O'Neil",
// "J.").
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' && r != '’'
}

// lengthField notes how long the impact lasted, "Duration: 47 minutes",
// "Total downtime: 1 h 25 min", for lastedEnd.
func (p *parser) lengthField(label, value string, valueSpan Span) bool {
	if p.stepField(label, value, valueSpan) {
		return true
	}
	if p.lasted.span.End > 0 || !spanLabel(label, value) && !lengthLabel(label) {
		return false
	}
	if key, _ := p.sectionKey(); !fieldsLiveIn(key) {
		return false // "Duration: 60 minutes" under a review meeting's notes is the meeting's
	}
	d, ok := readLength(value)
	if !ok {
		return false
	}
	p.lasted.d, p.lasted.label, p.lasted.span = d, strings.TrimSpace(label), valueSpan
	return true
}

// lengthLabels name how long the impact lasted, besides the labels of
// its span ("Duration", "Outage duration").
var lengthLabels = map[string]bool{"downtime": true, "total downtime": true, "time down": true, "length": true, "how long": true,
	"length of outage": true, "length of the outage": true, "outage length": true, "impact length": true}

// lengthLabel reports a label of lengthLabels, after a quick test of
// its last letters.
func lengthLabel(label string) bool {
	t := strings.TrimRight(label, " *_:")
	if len(t) < 4 || len(t) > 24 {
		return false
	}
	switch t[len(t)-1] | 0x20 {
	case 'e', 'n', 'h', 'g':
		return lengthLabels[normalize(t)]
	}
	return false
}

// readLength reads a length of time written as an offset is, without
// its sign: "47 minutes", "1 h 25 min", "~2h", "about 3 hours".
func readLength(value string) (time.Duration, bool) {
	v := strings.TrimSpace(strings.Trim(strings.TrimSpace(value), "*_"))
	for _, lead := range [...]string{"~", "≈", "about ", "approx. ", "approximately ", "around ", "roughly "} {
		v = strings.TrimPrefix(v, lead)
	}
	if v == "" || !isDigit(v[0]) {
		return 0, false
	}
	d, n, ok := readOffset([]byte("+" + v))
	if ok && d > 0 && d < 30*24*time.Hour {
		if n < len(v)+1 {
			if whole, ok := localLength(v); ok {
				return whole, true // "1 h 08": an offset reads the hours alone
			}
		}
		return d, true
	}
	return localLength(v)
}

// stepLength is how long a step of the incident took from its start, as
// a field gives it: "Time to detect: 12 min", "TTR: 45m".
type stepLength struct {
	key   string
	d     time.Duration
	label string
	span  Span
}

// stepField notes the length of the step to the detection from the
// start ("Time to detect: 12 min", "TTD: 12m") for lastedEnd, and
// reports whether it did. A clock ("TTD: 14:14") is no length; the time
// to recover is no end, as it is often counted from the detection.
func (p *parser) stepField(label, value string, valueSpan Span) bool {
	t := strings.Trim(strings.TrimSpace(label), "*_:")
	if len(t) < 3 || len(t) > 24 || t[0]|0x20 != 't' && t[0]|0x20 != 'm' {
		return false // a quick answer for nearly every label
	}
	key := durationKeys[strings.ToLower(t)]
	if key != FieldDetect || hasClock(value) && !strings.HasPrefix(strings.TrimLeft(value, " *_~"), "0") {
		return false
	}
	d, ok := readLength(value)
	if !ok {
		return false
	}
	p.steps = append(p.steps, stepLength{key: key, d: d, label: strings.TrimSpace(label), span: valueSpan})
	return true
}

// lastedEnd gives the end as the start and how long the impact lasted,
// where nothing else gives the end and the start names its day; then
// the detection and the end as the start and the length of the step to
// each ("Time to detect: 12 min"), where nothing else gives them.
func (p *parser) lastedEnd() {
	steps := p.steps
	if p.lasted.span.End > 0 {
		steps = append([]stepLength{{key: FieldEnd, d: p.lasted.d, label: p.lasted.label, span: p.lasted.span}}, steps...)
	}
	if len(steps) == 0 {
		return
	}
	start, ok := p.doc.Time(FieldStart)
	if !ok || start.Err != nil || !start.HasDate || start.Time.IsZero() {
		return
	}
	for _, s := range steps {
		if p.timeRead(s.key) {
			continue
		}
		label := s.label + " (from the start)"
		p.doc.Fields = append(p.doc.Fields, Field{Key: s.key, Label: label, Value: p.doc.Text(s.span), Span: s.span, Inferred: true})
		p.doc.Times = append(p.doc.Times, TimeEntry{Key: s.key, Label: label, Raw: p.doc.Text(s.span), Time: start.Time.Add(s.d),
			HasDate: true, HasZone: start.HasZone, Span: s.span, Inferred: true})
	}
}

// mitigationLabel reports a label of when the impact was stopped,
// "Mitigated" or "Fixed at".
func mitigationLabel(label string) bool {
	t := strings.TrimLeft(label, " *_")
	if t == "" || len(t) > 24 {
		return false
	}
	if c := t[0] | 0x20; c != 'm' && c != 'f' && c != 'i' && c != 't' {
		return false // a quick answer for nearly every label
	}
	return mitigationLabels[normalize(label)]
}

// closedLabel reports a label of when the incident was closed, "Closed"
// or "Incident closed at": like "Mitigated", the end where nothing else
// gives one, among the incident's facts only (see factsHere), as a
// follow-up's "Closed: 2026-11-20" says when the task was.
func closedLabel(label string) bool {
	t := strings.TrimLeft(label, " *_")
	if t == "" || len(t) > 24 {
		return false
	}
	if c := t[0] | 0x20; c != 'c' && c != 'i' {
		return false
	}
	return closedLabels[normalize(label)]
}

// factsHere reports a place of the incident's facts: above the first
// section, or under one of the sections that tell the incident.
func (p *parser) factsHere() bool {
	if len(p.doc.Sections) == 0 {
		return true
	}
	key, _ := p.sectionKey()
	return key != "" && fieldsLiveIn(key)
}

// statedDayNear is the day the first start, detection or end names
// without its year ("from 6:05 pm to 8:40 pm CAT on Wed 2 Dec"), read
// in the year of day, the first day the prose names, where the two are
// within a month: the incident's own day outweighs another the prose
// names first ("last refreshed 3 Dec 2026"). Else it is day.
func (p *parser) statedDayNear(day time.Time) time.Time {
	for _, f := range p.timeFieldsInOrder() {
		if pt, err := ParseTime(f.Value, time.Time{}); err == nil || pt.HasDate {
			return day // a day with its year, which dates the incident already
		}
		pt, err := ParseTime(f.Value, day)
		if err != nil || !pt.HasDate {
			continue
		}
		y, m, d := pt.Time.Date()
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Sub(day).Abs() <= 31*24*time.Hour {
			return t
		}
		return day
	}
	return day
}

// dayOfFirstStated reads the stated times that name no day, where the
// document gives none, on the day of the first one that names its day:
// "Impact began: 00:35, Tue 1 Dec" then "Impact ended: 06:20". rollOver
// then moves those before it past midnight.
func (p *parser) dayOfFirstStated() {
	var day time.Time
	for _, t := range p.doc.Times {
		if t.Err == nil && t.HasDate {
			y, m, d := t.Time.Date()
			day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			break
		}
	}
	if day.IsZero() {
		return
	}
	for i, t := range p.doc.Times {
		if t.Err != nil && !t.HasDate {
			p.doc.Times[i] = p.readEntry(t, day)
		}
	}
}

// endPastMidnight moves to the next day an end read from the timeline
// or the narrative as a time of day alone ("Impact ended at 03:10 on the
// 8th") that falls before a start late the evening before: entries told
// in sentences roll over midnight only where one follows another.
func (p *parser) endPastMidnight() {
	start, ok := p.doc.Time(FieldStart)
	if !ok || start.Err != nil || !hasClock(start.Raw) {
		return // a day alone starts at no hour
	}
	for i := range p.doc.Times {
		t := &p.doc.Times[i]
		if t.Key != FieldEnd || !t.Inferred || t.Err != nil || !hasClock(t.Raw) {
			continue
		}
		if _, _, _, n := leadingDate(t.Raw, 0); n > 0 {
			continue
		}
		if d := start.Time.Sub(t.Time); d > 0 && d < 24*time.Hour {
			t.Time = t.Time.AddDate(0, 0, 1)
		}
	}
}

// statedZone takes the zone the start, detection and end are stated in
// as the document's, where no note names one and they all name the same
// zone: "from 9:41 a.m. to 10:28 a.m. Pacific time" says the zone of
// the "9:44 a.m." told after it, and the time of a stated one written
// without a zone ("Detected: 2026-03-12 08:32" beside two times in
// CET), which keeps HasZone false: the zone was not written.
func (p *parser) statedZone(base time.Time) {
	if p.doc.Zone != "" {
		return
	}
	zone := ""
	for _, t := range p.doc.Times {
		if !isTimelineKey(t.Key) || t.Err != nil || !t.HasZone {
			continue
		}
		z := zoneName(t.Time)
		if zone != "" && z != zone || docZone(z) == "" {
			return
		}
		zone = z
	}
	p.doc.Zone = zone
	for i, t := range p.doc.Times {
		if zone == "" || !isTimelineKey(t.Key) || t.Err != nil || t.HasZone {
			continue
		}
		if z := p.readEntry(t, base); z.Err == nil {
			p.doc.Times[i].Time = z.Time // still written without one: the linter says so
		}
	}
}

// zoneName is the name of t's zone as a note would write it: the
// database's name, or an offset ("UTC+02:00") for a zone given as one.
func zoneName(t time.Time) string {
	if z := t.Location().String(); z != "" {
		return z
	}
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	return fmt.Sprintf("UTC%s%02d:%02d", sign, off/3600, off%3600/60)
}

// isResolution reports a value that is how an issue was closed, not
// when: a tracker's "Resolution: Done".
func isResolution(v string) bool {
	return !strings.ContainsAny(v, "0123456789") && parseStatus(v) != Open
}

// timeFieldsInOrder returns the fields of the start, detection and end,
// a day without its clock after the fields that give the clock, where
// several give the end the mitigation ("Mitigated") after the end
// of impact, and those that close the incident's record ("Resolved")
// last: an incident tool marks an incident resolved after watching it
// mitigated for a while, and a tracker resolves an issue after the
// impact ended.
func (p *parser) timeFieldsInOrder() []Field {
	var first, dayOnly, mitigated, closing []Field
	for _, f := range p.doc.Fields {
		if !isTimelineKey(f.Key) {
			continue
		}
		kind := ""
		if f.Key == FieldEnd {
			kind = endKind(f.Label)
		}
		switch {
		case kind == "closing":
			closing = append(closing, f)
		case kind == "mitigation":
			mitigated = append(mitigated, f)
		case !f.Inferred && !hasClock(f.Value) && hasDigit(f.Value):
			dayOnly = append(dayOnly, f) // a tracker's "Start Date: 11-12-2026" after "Impact started: 13:15"
		default:
			first = append(first, f)
		}
	}
	return append(append(append(first, dayOnly...), mitigated...), closing...)
}

// closingLabels name when an incident's record was closed, which is the
// end only where nothing else gives it; mitigationLabels name when the
// impact was stopped, the end where no label names the end of impact.
var (
	closingLabels    = map[string]bool{"resolved": true, "resolved at": true, "resolution": true, "resolution time": true, "closed": true, "closed at": true}
	mitigationLabels = map[string]bool{"mitigated": true, "mitigated at": true, "impact mitigated": true, "fixed": true, "fixed at": true,
		"mitigation": true, "mitigation time": true, "mitigated on": true, "incident mitigated": true, "time mitigated": true, "time of mitigation": true}
	closedLabels = map[string]bool{"closed": true, "closed at": true, "closed on": true, "incident closed": true, "incident closed at": true}
)

// rollOver reads a time of day written without its day that falls more
// than twelve hours before the start as on the next day: detected at
// "00:12" after a start at "23:50 on 2 December" is on 3 December.
func (p *parser) rollOver() {
	start, ok := p.doc.Time(FieldStart)
	if !ok || start.Err != nil || start.Time.IsZero() {
		return
	}
	for i := range p.doc.Times {
		t := &p.doc.Times[i]
		if t.Key != FieldStart && !t.HasDate && t.Err == nil && start.Time.Sub(t.Time) > 12*time.Hour {
			t.Time = t.Time.AddDate(0, 0, 1)
		}
	}
	p.spanPastMidnight(start)
}

// spanPastMidnight moves the end of a summary's span on a day where the
// span crosses midnight and one day is written after it: "from 23:10 to
// 01:20 UTC on 7 March" is the night that began on 7 March, as
// "from 23:10 to 01:20" with no day is.
func (p *parser) spanPastMidnight(start TimeEntry) {
	end, ok := p.doc.Time(FieldEnd)
	if !ok || end.Err != nil || !start.Inferred || !end.Inferred || start.Label != labelSummaryStart || end.Label != labelSummaryEnd {
		return
	}
	if d := start.Time.Sub(end.Time); d > 0 && d < 24*time.Hour {
		for i := range p.doc.Times {
			if p.doc.Times[i].Key == FieldEnd {
				p.doc.Times[i].Time = end.Time.AddDate(0, 0, 1)
			}
		}
	}
}

func (p *parser) readEntry(t TimeEntry, base time.Time) TimeEntry {
	raw := p.dayFirstEntry(dottedStated(cutDashNote(t.Raw))) // the zone goes after the time, not after its note
	if z := zoneInNote(t.Label); z != "" && !stampHasZone(raw) && !IsPlaceholder(raw) {
		raw += " " + z // "Start (UTC)": the label gives the zone
	}
	if p.doc.Zone != "" && !stampHasZone(raw) && !zoneBeforeDay(raw) && !IsPlaceholder(raw) && !onlyDate(raw) {
		raw = withZone(raw, p.doc.Zone) // a day alone has no zone: "Started: 2026-11-25"
	}
	pt, err := ParseTime(raw, base)
	if err != nil && base.IsZero() {
		pt, err = p.readInWrittenYear(raw, pt, err)
	}
	t.Time, t.HasDate, t.HasZone, t.Err = pt.Time, pt.HasDate, pt.HasZone, err
	return t
}

// readInWrittenYear reads a time whose day is written after it without
// its year ("23:40 on Monday 23 November"), where the document gives no
// day to read it against, in the year of the document's dates; else it
// keeps what ParseTime said.
func (p *parser) readInWrittenYear(raw string, pt ParsedTime, err error) (ParsedTime, error) {
	if !strings.Contains(raw, " on ") && !strings.Contains(raw, ", ") {
		return pt, err
	}
	if y := p.writtenYear(); y > 0 && hasTrailingDateIn(raw, y) {
		return ParseTime(raw, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return pt, err
}

// onlyDate reports a value that is a date with its year and nothing
// else: "2026-11-25", "25 November 2026", not "10.12", a dotted clock.
func onlyDate(raw string) bool {
	raw = strings.TrimSpace(raw)
	y, _, _, n := leadingDate(raw, 0)
	return y > 0 && n > 0 && n == len(raw)
}

// withZone writes a zone after a time, before the day written after it:
// "19:52 on Nov 20" in BRT is "19:52 BRT on Nov 20", "00:35, Tue 1 Dec"
// in GMT "00:35 GMT, Tue 1 Dec".
func withZone(raw, zone string) string {
	if i := strings.Index(raw, " on "); i > 0 && hasClock(raw[:i]) {
		return strings.TrimRight(raw[:i], " ") + " " + zone + raw[i:]
	}
	if m, ok := readClock(raw); ok && strings.HasPrefix(raw[len(m[0]):], ", ") {
		return m[0] + " " + zone + raw[len(m[0]):]
	}
	return raw + " " + zone
}

// zoneBeforeDay reports a time whose zone comes before the day written
// after it: "23:50 AEDT on 2 December".
func zoneBeforeDay(raw string) bool {
	i := strings.Index(raw, " on")
	return i > 0 && stampHasZone(raw[:i])
}

// rangeLabels name a field whose value is the incident's span of time,
// alone ("Duration") or after a word that says whose span it is
// ("Impact window"; a "Maintenance window" is not the incident's).
var (
	rangeWords  = wordSet("duration impact outage window timeframe period span")
	rangeLabels = wordSet("duration window timeframe period range span")
	rangeOwners = wordSet("impact outage incident downtime disruption affected time total")
	impactOf    = wordSet("customer user client")
)

// rangeValueRe splits "2026-09-14 09:12 – 10:05 UTC" (or "… 8:14am →
// 11:02am", as a table tool writes a span) into its two times.
var rangeValueRe = lazyRe(`^(.*?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s+[A-Z]{2,5}\b)?)\s*(?:–|—|→|->|-|to|until)\s*(.*?\d{1,2}:\d{2}.*)$`)

// rangeField reads "Impact window: 09:12–10:05 UTC" as the start and the
// end, where no other field gives them: the first time takes the zone of
// the second, and the second the date of the first.
func (p *parser) rangeField(label string, labelSpan, valueSpan Span) bool {
	if !spanLabel(label, p.doc.Text(valueSpan)) {
		return false
	}
	value := timeTokens(p.doc.Text(valueSpan))
	m := rangeValueRe.FindStringSubmatchIndex(value)
	if m == nil {
		return false
	}
	m[2] += len(value[m[2]:m[3]]) - len(strings.TrimLeft(value[m[2]:m[3]], " ")) // after a token's markup
	m[4] += len(value[m[4]:m[5]]) - len(strings.TrimLeft(value[m[4]:m[5]], " "))
	first, second := value[m[2]:m[3]], strings.TrimRight(cutDashNote(cutClause(value[m[4]:m[5]])), " ")
	end := m[4] + len(second)
	if i := strings.Index(second, " on "); i > 0 {
		if _, _, _, _, ok := trailingDate(second[i:], 2); ok {
			// "14:31–16:20 UTC on 2 December 2026": the date is both ends'
			if z := zoneInText(second[:i]); z != "" && zoneInText(first) == "" {
				first += " " + z
			}
			if _, _, _, n := leadingDate(first, 2); n == 0 {
				first += second[i:]
			}
		}
	}
	if z := zoneInText(second); z != "" && zoneInText(first) == "" {
		first += " " + z
	}
	if d, _, _, n := leadingDate(first, 2); n > 0 && d > 0 {
		if _, _, _, n2 := leadingDate(second, 2); n2 == 0 {
			second = first[:n] + " " + second
		}
	}
	for _, f := range []Field{
		{Key: FieldStart, Label: label + " (start)", Value: first, Span: Span{valueSpan.Start + m[2], valueSpan.Start + m[3]}, LabelSpan: labelSpan},
		{Key: FieldEnd, Label: label + " (end)", Value: second, Span: Span{valueSpan.Start + m[4], valueSpan.Start + end}, LabelSpan: labelSpan},
	} {
		if _, ok := p.doc.Field(f.Key); !ok {
			p.doc.Fields = append(p.doc.Fields, f)
		}
	}
	return true
}

// mayBeRangeLabel is a quick test for isRangeLabel: the label ends with
// one of rangeLabels' words, in any case, a note in parentheses aside.
func mayBeRangeLabel(label string) bool {
	label = strings.TrimRight(label, " *_:")
	if i := strings.LastIndex(label, " ("); i > 0 && strings.HasSuffix(label, ")") {
		label = label[:i] // "Impact window (from resolver logs)"
	}
	w := label[strings.LastIndexByte(label, ' ')+1:]
	if len(w) < 4 || len(w) > 9 {
		return false // "span", "window", "period", "duration", "timeframe"
	}
	var b [9]byte
	for k := 0; k < len(w); k++ {
		b[k] = w[k] | 0x20
	}
	return rangeLabels[string(b[:len(w)])] || rangeWords[string(b[:len(w)])]
}

// cutClause ends a time where a clause of words follows it: "16:20 UTC
// on 2 December 2026, detected at 14:44" is "16:20 UTC on 2 December
// 2026".
func cutClause(s string) string {
	for i := strings.Index(s, ", "); i >= 0; {
		if i+2 < len(s) && s[i+2] >= 'a' && s[i+2] <= 'z' && !inParens(s[:i]) && !clockClause(s[i+2:]) {
			return s[:i]
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return s
}

// inParens reports whether a parenthesis opened in s is still open: a
// comma there is within a note ("05:12 (importer warning, paged)"),
// which goes whole.
func inParens(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")")
}

// isRangeLabel reports a label of the incident's span of time, a note
// after it aside: "Impact window (from resolver logs)".
func isRangeLabel(label string) bool {
	if before, _, ok := strings.Cut(label, " ("); ok {
		label = before
	}
	words := strings.Fields(normalize(label))
	switch {
	case len(words) == 1 && rangeWords[words[0]]: // "Impact: 14:31–16:20 UTC", "Timeframe: 3 Nov, 14:02–15:47 UTC"
		return true
	case len(words) == 2 && (rangeOwners[words[0]] && rangeLabels[words[1]] || impactOf[words[0]] && words[1] == "impact"):
		return true // "Customer impact: 10:42 to 12:19"
	}
	return false
}

// zoneInText returns the zone a time ends with, or "".
func zoneInText(s string) string {
	return zoneAtEnd.FindString(zoneRun(strings.TrimSpace(s)))
}

// dottedStated writes a stated time that is a time of day with a dot
// and nothing but a zone or a note after it ("14.05", "14.05 WIB",
// "7.02 (first alert)") with a colon: the label says it is a time, and a
// day would be written with its year or a dot after it ("14.05.").
func dottedStated(raw string) string {
	if len(raw) < 4 || !isDigit(raw[0]) || raw[1] != '.' && raw[2] != '.' {
		return raw // most stated times: no dot after the hour
	}
	n := dottedClockLen([]byte(raw))
	if n == 0 {
		return raw
	}
	rest := strings.TrimSpace(raw[n:])
	if rest != "" && rest[0] != '(' {
		if _, ok, err := readZone(rest); err != nil || !ok {
			return raw
		}
	}
	return raw[:n-3] + ":" + raw[n-2:]
}

// deedLabel reports a label that names someone by what they did ("Resolved
// by", "Handled by", "Escalated to"), whose value may tell the deed
// instead: "Resolved by: rolling the deploy back"; and a short note's
// "Who" and "Driver", whose value may be whom it hit or what drove it
// ("Who: customers in the EU").
func deedLabel(label string) bool {
	l := strings.TrimRight(label, " *_:")
	switch strings.ToLower(l) {
	case "who", "driver", "incident driver":
		return true
	}
	if len(l) < 3 || !strings.HasSuffix(l, "by") && !strings.HasSuffix(l, "to") {
		return false // the quick answer for nearly every label
	}
	return lookupNormal(deedLabels, l)
}

// deedLabels are the labels deedLabel reports, normalised.
var deedLabels = map[string]bool{"resolved by": true, "fixed by": true, "mitigated by": true, "handled by": true, "investigated by": true, "escalated to": true, "opened by": true, "declared by": true, "incident declared by": true, "incident opened by": true, "managed by": true, "coordinated by": true}

// opensWithSomeone reports a value that opens with someone: a login, a
// channel, a mail address, a name, capitalised or not ("Dana Ruiz
// (Payments on-call)", "@dana", "kim (on-call)"), and not a deed told
// in words ("rolling the deploy back", "The rollback", "reverting").
func opensWithSomeone(value string) bool {
	v := strings.TrimLeft(value, " *_")
	w, rest, _ := strings.Cut(v, " ")
	w = strings.TrimRight(w, ",;.")
	if w == "" {
		return false
	}
	if w[0] == '@' || w[0] == '#' || strings.Contains(w, "@") || roleKey(v) == FieldContact {
		return true
	}
	if strings.IndexFunc(w, notNameRune) >= 0 || strings.HasSuffix(w, "ing") {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that", "our", "we", "it", "not", "no", "none", "tbd", "unknown", "n/a":
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsUpper(r) || rest == "" || !unicode.IsLower(next) // "kim", "kim (on-call)"; not "restarted the pods"
}

// hasLetter reports a letter in b: a label has one, a clock's hour not.
func hasLetter(b []byte) bool {
	for _, c := range b {
		if c|0x20 >= 'a' && c|0x20 <= 'z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// markingWords are the markings of who may read a document, which a
// "Classification" row gives as a severity's label does its grade.
var markingWords = map[string]bool{"internal": true, "internal only": true, "confidential": true, "public": true, "restricted": true,
	"secret": true, "official": true, "official-sensitive": true, "sensitive": true, "company confidential": true, "tlp:white": true,
	"tlp:green": true, "tlp:amber": true, "tlp:red": true, "tlp:clear": true, "interne": true, "intern": true, "vertraulich": true, "interno": true, "confidencial": true}
