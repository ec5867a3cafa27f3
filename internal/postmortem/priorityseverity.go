package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An incident's priority, written as a grade where the document gives no
// severity ("| Priority | P2 - High |" in an alerting tool's incident
// details, "| Priority | 2 - High |" in an ITSM record, "| Impact | 2 -
// High |" in a cloud console's incident record), is how it rates the
// incident: its severity. A task's "Priority: High" names no grade
// and is not one; in the table of the document's own properties, above
// its first section ("| Priority | 🟠 High |" of a tracker's work item
// that is the review, "| Prioridade | Alta |"), a priority rates the
// incident on whatever scale the tool has.

// priorityGradeRe is a grade: "P2", "P2 - High", "2 - High".
var priorityGradeRe = lazyRe(`^(?:[Pp]\s?[0-5]|[0-5]\s*[-–—]\s*\pL+)\b`)

// notePriority keeps the first field labelled Priority whose value is a
// grade, for prioritySeverity.
func (p *parser) notePriority(label, value string, labelSpan, valueSpan Span) {
	if p.priority.Key != "" {
		return
	}
	if !priorityLabel(label) && !priorityLabel(withoutNote(label)) { // "Priority (service desk scale P1–P4)"
		p.ratingGrade(label, value, labelSpan, valueSpan)
		return
	}
	v := strings.TrimSpace(trimBytes(strings.TrimSpace(value), &valueMarks))
	if priorityGradeRe.MatchString(v) {
		p.priority = Field{Key: FieldSeverity, Label: strings.TrimSpace(label), Value: v, Span: valueSpan, LabelSpan: labelSpan}
		return
	}
	if code := sevCodeRe.FindString(v); code != "" {
		p.priority = Field{Key: FieldSeverity, Label: strings.TrimSpace(label), Value: code, Span: valueSpan, LabelSpan: labelSpan}
		return // "Priority: SEV-1", a team that grades the incident under its priority's name
	}
	p.propertyPriority(label, value, labelSpan, valueSpan)
}

// sevCodeRe is a severity's code opening a value: "SEV-2", "Sev 3".
var sevCodeRe = lazyRe(`^(?i:sev(?:erity)?[-_ ]?[0-5])\b`)

// categoryCodeRe is a category's code opening a value: "CAT B", "Cat
// 2", "Category 1"; "Category: Network" names a kind, not a rating.
var categoryCodeRe = lazyRe(`^(?i:cat(?:egory)?)[ -]?[A-D0-5]\b`)

// gradeLetterRe is a grade's letter opening a value, before a dash or a
// note: "B – customer-facing", "C (minor)".
var gradeLetterRe = lazyRe(`^([A-E])(?:\s+[–—-]\s|\s*\()`)

// gradeCodeRe is a grade's code opening a value: "S2", "P2".
var gradeCodeRe = lazyRe(`^[SsPp][0-5]\b`)

// ratingWords end a label of the team's own that names a rating:
// "Grade", "Impact grade", "Level", "Severity class", "Urgency".
var ratingWords = wordSet(`grade level class tier rating urgency criticality`)

// ratingGrade keeps, as the severity where the document gives none, a
// short label of the team's own whose value opens with a severity's
// code ("Level: SEV-2 (patron-facing)", "| Impact grade | SEV2 |"), or
// whose label names a rating or the severity and whose value opens with
// a grade ("Grade: S2 — shipments held", "Severity class: P2").
// "Storage: S3 bucket" names no rating.
func (p *parser) ratingGrade(label, value string, labelSpan, valueSpan Span) {
	v := strings.TrimSpace(trimBytes(strings.TrimSpace(value), &valueMarks))
	if len(v) < 2 || v[0]|0x20 != 's' && v[0]|0x20 != 'p' && v[0]|0x20 != 'c' && (v[0] < 'A' || v[0] > 'E') {
		return
	}
	words := strings.Fields(normalize(label))
	if len(words) == 0 || len(words) > 3 {
		return
	}
	code := sevCodeRe.FindString(v)
	rates := ratingWords[words[len(words)-1]] || words[0] == "severity"
	if code == "" && rates {
		code = gradeCodeRe.FindString(v)
	}
	if code == "" && (rates || words[len(words)-1] == "category") {
		code = categoryCodeRe.FindString(v) // "Disruption category: CAT B — significant"
	}
	if code == "" && rates && len(words) > 1 {
		if m := gradeLetterRe.FindStringSubmatch(v); m != nil {
			code = m[1] // "Downtime class: B – customer-facing (scale A–D)"
		}
	}
	if code != "" {
		p.priority = Field{Key: FieldSeverity, Label: strings.TrimSpace(label), Value: code, Span: valueSpan, LabelSpan: labelSpan}
	}
}

// propertyPriority keeps a priority among the document's properties
// whose value is a level in words, after the emoji a tracker colours it
// with ("| Priority | 🟠 High |"), a rank a service desk numbers it
// with ("1 high") or before a note that says why ("Alta (servei
// principal inaccessible)", "Wysoki (P2)"): in a table, or a line or
// list item of its own, above the first section or under a section of
// no key or of notes (the item's own heading, "Notes"). A tracker's
// line of the task's states ("Status: Open · Priority: High ·
// Assignee: …") rates the task.
func (p *parser) propertyPriority(label, value string, labelSpan, valueSpan Span) {
	if p.priority.Key != "" || !p.propertiesHere() || !priorityLabel(label) || p.statesLine(labelSpan) {
		return
	}
	v := strings.TrimLeftFunc(trimBytes(strings.TrimSpace(value), &valueMarks), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	v = levelLessNote(v)
	if rank := strings.TrimLeft(v, "0123456789"); len(rank) < len(v) && len(v)-len(rank) == 1 && strings.HasPrefix(rank, " ") {
		v = strings.TrimSpace(rank) // "1 high"
	}
	if priorityLevel(v) {
		p.priority = Field{Key: FieldSeverity, Label: strings.TrimSpace(label), Value: v, Span: valueSpan, LabelSpan: labelSpan}
	}
}

// propertiesHere reports a place where a priority is the document's:
// above the first section, or under a section of no key or of notes.
func (p *parser) propertiesHere() bool {
	if len(p.doc.Sections) == 0 {
		return true
	}
	key, _ := p.sectionKey()
	return key == "" || key == "additional_info"
}

// statesLine reports a label on a line of fields joined by " · ", as a
// tracker writes a task's states.
func (p *parser) statesLine(label Span) bool {
	if !label.Valid() {
		return false
	}
	return strings.Contains(outsideParens(p.doc.Text(p.doc.LineSpan(p.doc.Line(label.Start)))), " · ")
}

// outsideParens is line less what stands in parentheses: a note's own
// " · " ("High — U2 on our scale (U1 money lost · U2 money delayed)")
// parts no fields.
func outsideParens(line string) string {
	if strings.IndexByte(line, '(') < 0 {
		return line
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// levelLessNote returns a level less the note after it, in parentheses
// or after a dash: "Alta (servei principal inaccessible)" is "Alta",
// "mare – no one could publish" is "mare".
func levelLessNote(v string) string {
	if i := strings.IndexAny(v, "(（"); i > 0 {
		v = strings.TrimSpace(v[:i]) // and a dash's note before it: "High — U2 on our scale (U1 …)"
	}
	for _, dash := range [...]string{" – ", " — ", " - "} {
		if i := strings.Index(v, dash); i > 0 {
			return strings.TrimSpace(v[:i])
		}
	}
	return v
}

var prioritySynonyms = invert(map[string][]string{FieldSeverity: {"priority", "prio", "impact", "priority rating", "priority level", "urgency", "incident urgency", "incident impact"}})

// priorityLabel reports a label of a priority: English, or a priority
// column's header of another language ("Prioridade", "Προτεραιότητα").
func priorityLabel(label string) bool {
	var buf [64]byte
	normal := appendNormal(buf[:0], label)
	return prioritySynonyms[string(normal)] != "" || findLocal(localColumnWords, normal) == "priority"
}

// priorityLevel reports a value that names a level in a word or two, as
// a tracker's priority field does: "High", "Alta", "Very high". Prose
// and dates are not levels.
func priorityLevel(v string) bool {
	if v == "" || utf8.RuneCountInString(v) > 20 || strings.Count(v, " ") > 1 {
		return false
	}
	for _, r := range v {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

// prioritySeverity gives the document the priority it rates the incident
// at as its severity, where nothing else gives one, else a severity
// among its labels.
func (p *parser) prioritySeverity() {
	if _, ok := p.doc.Field(FieldSeverity); ok {
		return
	}
	if p.priority.Key == "" {
		p.priority = p.labelSeverity()
	}
	if p.priority.Key == "" {
		return
	}
	p.inferSeverity(p.priority)
}

// inferSeverity records f, a rating read where no severity field gives
// one (a timeline entry, a priority, a title's token), as the severity.
func (p *parser) inferSeverity(f Field) {
	p.doc.Fields = append(p.doc.Fields, f)
	p.doc.Severity, p.doc.SeveritySpan = NormalizeSeverity(f.Value), f.Span
}

// tagSeverityRe is a severity written as a label or tag: "SEV-2",
// "sev1", "Severity-3", "S2".
var tagSeverityRe = lazyRe(`^(?i:sev(?:erity)?[-_ ]?[0-5]|s[0-5])$`)

// labelSeverity is the severity a labelled line of labels or tags gives
// among them, as a kanban card's labels do ("**Labels:** `SEV-2`
// `Payments`"); a zero field where none does.
func (p *parser) labelSeverity() Field {
	s, ok := p.doc.Section("tags")
	if !ok || s.Form != "label" {
		return Field{}
	}
	line := Span{s.HeadingSpan.End, p.doc.LineSpan(p.doc.Line(s.HeadingSpan.Start)).End}
	return p.tagSeverity(s.Name, line)
}

// tagSeverity is the severity a tag of a line of tags gives: "SEV-2", or
// a severity's or a priority's label joined to its grade or level, in
// any language the vocabulary has ("#alvorlighet-2", "prioritas-tinggi").
func (p *parser) tagSeverity(label string, line Span) Field {
	text := p.doc.Text(line)
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && !tagBreak(text[j]) {
			j++
		}
		if t := text[i:j]; tagSeverityRe.MatchString(t) || p.gradeTag(t) {
			return Field{Key: FieldSeverity, Label: label, Value: t, Span: Span{line.Start + i, line.Start + j}}
		}
		i = j + 1
	}
	return Field{}
}

// gradeTag reports a tag of a severity's or a priority's label and a
// grade or level after a dash: "alvorlighet-2", "priority-high"; a
// severity's label the options add counts.
func (p *parser) gradeTag(t string) bool {
	k := strings.LastIndexAny(t, "-_")
	if k <= 0 || k == len(t)-1 || len(t)-k > 13 {
		return false
	}
	head := t[:k]
	if strings.EqualFold(head, "impact") {
		return false // "customer-impact", "impact-payments": no rating
	}
	return p.fieldKey(head) == FieldSeverity || priorityLabel(head)
}

// tagMarks are the bytes labelGrade asks a value for, by table: a tag's
// code span or hash.
var tagMarks = byteSet("`#")

// labelGrade reads the incident's rating from a line whose label is no
// field: a priority written in one bold run with its label ("**Priority:
// P2**"), or a line of tags holding a severity's tag ("Topics:
// `postmortems` `sev-3`", "Stikkord: #hendelse #alvorlighet-2").
func (p *parser) labelGrade(label, value Span) {
	if p.priority.Key != "" || !label.Valid() || label.End-label.Start > 40 {
		return
	}
	name, v := p.doc.Text(label), p.doc.Text(value)
	if !priorityLabel(name) && anyByte(v, &tagMarks) && tagsOnly(v) {
		p.priority = p.tagSeverity(strings.TrimSpace(name), value)
		return
	}
	p.notePriority(name, v, label, value) // "**Priority: P2**", "Grade: S2"
}

// tagsOnly reports a value of two or more tags and nothing else, each
// in code marks or after a hash: "`postmortems` `sev-3`", "#hendelse
// #alvorlighet-2".
func tagsOnly(v string) bool {
	words := strings.Fields(strings.Trim(strings.TrimSpace(v), "*_"))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !(w[0] == '#' && len(w) > 1 || len(w) > 2 && w[0] == '`' && w[len(w)-1] == '`') {
			return false
		}
	}
	return true
}

// tagBreak reports a byte that ends a label on a line of labels.
func tagBreak(c byte) bool {
	return c == ' ' || c == ',' || c == '`' || c == ';' || c == '*' || c == '_' || c == '#'
}
