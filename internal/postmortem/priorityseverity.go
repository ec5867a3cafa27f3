package postmortem

import "strings"

// An incident's priority, written as a grade where the document gives no
// severity ("| Priority | P2 - High |" in an alerting tool's incident
// details, "| Priority | 2 - High |" in an ITSM record, "| Impact | 2 -
// High |" in a cloud console's incident record), is how it rates the
// incident: its severity. A task's "Priority: High" names no grade
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

var prioritySynonyms = invert(map[string][]string{FieldSeverity: {"priority", "prio", "impact"}})

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
	p.doc.Fields = append(p.doc.Fields, p.priority)
	p.doc.Severity, p.doc.SeveritySpan = NormalizeSeverity(p.priority.Value), p.priority.Span
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
	text := p.doc.Text(line)
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && !tagBreak(text[j]) {
			j++
		}
		if t := text[i:j]; tagSeverityRe.MatchString(t) {
			return Field{Key: FieldSeverity, Label: s.Name, Value: t, Span: Span{line.Start + i, line.Start + j}}
		}
		i = j + 1
	}
	return Field{}
}

// tagBreak reports a byte that ends a label on a line of labels.
func tagBreak(c byte) bool {
	return c == ' ' || c == ',' || c == '`' || c == ';' || c == '*' || c == '_' || c == '#'
}
