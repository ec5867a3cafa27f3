package postmortem

// An incident tool's retrospective gives the incident's times in a table
// of milestones, a row each, beside milestones that are no field:
//
//	| Milestone      | Time                 |
//	| Impact started | 2026-11-03 14:02 UTC |
//	| Acknowledged   | 2026-11-03 14:25 UTC |
//	| Identified     | 2026-11-03 14:51 UTC |
//	| Mitigated      | 2026-11-03 15:48 UTC |
//	| Resolved       | 2026-11-03 16:30 UTC |
//
// Its rows are the timeline's entries, and the rows that name the start,
// the detection or the end are those fields, as the template's timeline
// table gives them. Such a tool marks the incident mitigated when the
// impact stops and resolved after watching it: "Mitigated" is the end
// there, where no row names the end of impact.

// milestoneFields reads the rows of a timeline table whose label names
// the start, the detection or the end as those fields, where the table
// is one of milestones: its label column is headed "Milestone", or two
// of its labels name such a field and nothing else.
func (p *parser) milestoneFields(col int, header row, body []row) {
	label := 0
	if col == 0 {
		label = 1
	}
	named := 0
	for _, r := range body {
		if label < len(r.Cells) && isTimelineKey(fieldKey(p.doc.Text(r.Cells[label].Value))) {
			named++
		}
	}
	if named < 2 && (label >= len(header.Cells) || !isMilestoneHeader(p.doc.Text(header.Cells[label].Value))) {
		return
	}
	for _, r := range body {
		if label < len(r.Cells) && col < len(r.Cells) {
			p.milestone(r.Cells[label].Value, r.Cells[col].Value)
		}
	}
}

// mitigatedRows reads a table of fields headed as milestones for a row
// "Mitigated", which names no field elsewhere, as the end.
func (p *parser) mitigatedRows(header row, body []row) {
	if !isMilestoneHeader(p.doc.Text(header.Cells[0].Value)) {
		return
	}
	for _, r := range body {
		if l := p.doc.Text(r.Cells[0].Value); len(r.Cells) == 2 && fieldKey(l) == "" && lookupNormal(mitigationLabels, l) {
			p.milestone(r.Cells[0].Value, r.Cells[1].Value)
		}
	}
}

// milestone reads a row of a table of milestones: a field's label as
// that field, "Mitigated" as the end after any end of impact (see
// timeFieldsInOrder).
func (p *parser) milestone(l, v Span) {
	label, value := p.doc.Text(l), p.doc.Text(v)
	switch {
	case isTimelineKey(fieldKey(label)):
		p.addField(label, value, l, v)
	case lookupNormal(mitigationLabels, label) && !isProse(value):
		p.doc.Fields = append(p.doc.Fields, Field{Key: FieldEnd, Label: label, Value: value, Span: v, LabelSpan: l})
	}
}

func isMilestoneHeader(s string) bool {
	switch normalize(s) {
	case "milestone", "milestones", "key moment", "key moments":
		return true
	}
	return false
}
