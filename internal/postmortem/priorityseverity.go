package postmortem

import "strings"

// An incident's priority, written as a grade where the document gives no
// severity ("| Priority | P2 - High |" in an alerting tool's incident
// details, "| Priority | 2 - High |" in an ITSM record), is how it rates
// the incident: its severity. A task's "Priority: High" names no grade
// and is not one.

// priorityGradeRe is a grade: "P2", "P2 - High", "2 - High".
var priorityGradeRe = lazyRe(`^(?:[Pp]\s?[0-5]|[0-5]\s*[-–—]\s*\pL+)\b`)

// notePriority keeps the first field labelled Priority whose value is a
// grade, for prioritySeverity.
func (p *parser) notePriority(label, value string, labelSpan, valueSpan Span) {
	if p.priority.Key != "" || lookupNormal(prioritySynonyms, label) == "" {
		return
	}
	if v := strings.TrimSpace(value); priorityGradeRe.MatchString(v) {
		p.priority = Field{Key: FieldSeverity, Label: strings.TrimSpace(label), Value: v, Span: valueSpan, LabelSpan: labelSpan}
	}
}

var prioritySynonyms = invert(map[string][]string{FieldSeverity: {"priority", "prio"}})

// prioritySeverity gives the document the priority it rates the incident
// at as its severity, where nothing else gives one.
func (p *parser) prioritySeverity() {
	if _, ok := p.doc.Field(FieldSeverity); ok || p.priority.Key == "" {
		return
	}
	p.doc.Fields = append(p.doc.Fields, p.priority)
	p.doc.Severity, p.doc.SeveritySpan = NormalizeSeverity(p.priority.Value), p.priority.Span
}
