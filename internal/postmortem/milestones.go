package postmortem

import "strings"

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
// is one of milestones: its label column is headed "Milestone", two of
// its labels name such a field and nothing else, or most of its labels
// are a tool's milestones ("Impact started", "Reported", "Accepted",
// "Identified", "Fixed", "Closed").
func (p *parser) milestoneFields(col int, header row, body []row) {
	label := 0
	if col == 0 {
		label = 1
	}
	named, marks := 0, 0
	for _, r := range body {
		if label < len(r.Cells) {
			l := p.doc.Text(r.Cells[label].Value)
			if p.rowMilestone(l) != "" {
				named++
			} else if lookupNormal(toolMilestones, l) == "" {
				continue
			}
			marks++
		}
	}
	if named < 2 && (marks < 3 || marks*2 < len(body)) && (label >= len(header.Cells) || !isMilestoneHeader(p.doc.Text(header.Cells[label].Value))) {
		return
	}
	for _, r := range body {
		if label < len(r.Cells) && col < len(r.Cells) && !opensWithOffset(p.doc.Text(r.Cells[col].Value)) {
			// "| T+12m | Alert fires (detection) |" is an entry, whose
			// moment the timeline gives from its T+0, and no stated time
			p.milestone(r.Cells[label].Value, r.Cells[col].Value)
		}
	}
}

// mitigatedRows reads a table of fields headed as milestones for the
// rows of a tool's milestones that name no field elsewhere
// ("Mitigated", "Reported").
func (p *parser) mitigatedRows(header row, body []row) {
	if !isMilestoneHeader(p.doc.Text(header.Cells[0].Value)) {
		return
	}
	for _, r := range body {
		if l := p.doc.Text(r.Cells[0].Value); len(r.Cells) == 2 && p.fieldKey(l) == "" && toolMilestoneKey(l) != "" {
			p.milestone(r.Cells[0].Value, r.Cells[1].Value)
		}
	}
}

// milestone reads a row of a table of milestones: a field's label as
// that field, a tool's milestone as the field it gives ("Mitigated" and
// "Fixed" as the end after any end of impact, "Closed" as the end last
// of all: see timeFieldsInOrder).
func (p *parser) milestone(l, v Span) {
	label, value := p.doc.Text(l), p.doc.Text(v)
	key := p.rowMilestone(label)
	switch {
	case isTimelineKey(p.fieldKey(label)):
		p.addField(label, value, l, v)
	case key == "":
		key = toolMilestoneKey(label)
	}
	if key != "" && !isTimelineKey(p.fieldKey(label)) && !isProse(value) {
		p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: label, Value: value, Span: v, LabelSpan: l})
	}
}

// rowMilestone is the start, detection or end a row's label names: as a
// field's label, or in a note after what happened ("Camera timestamps
// beyond 1 ms (impact start)", "Holdover alarm (detection)"); "" for any
// other label. The labels the options add count as the fields' own.
func (p *parser) rowMilestone(label string) string {
	if k := p.fieldKey(label); isTimelineKey(k) {
		return k
	}
	t := strings.TrimRight(label, " *_.")
	if !strings.HasSuffix(t, ")") {
		return ""
	}
	i := strings.LastIndexByte(t, '(')
	if i < 0 {
		return ""
	}
	if k := p.fieldKey(t[i+1 : len(t)-1]); isTimelineKey(k) {
		return k
	}
	return ""
}

// toolMilestones are the milestones incident tools name beside the
// fields' labels, with the field each gives in a table of milestones:
// when the incident was reported (the alert's report: its detection),
// mitigated or fixed (the end of impact, where no row names that), and
// closed (the end of its record). Those that give no field still say
// the table is one of milestones.
var toolMilestones = func() map[string]string {
	m := map[string]string{}
	for key, labels := range map[string][]string{
		FieldDetect: {"reported", "reported at", "incident reported"},
		FieldEnd:    {"mitigated", "mitigated at", "fixed", "fixed at", "closed", "closed at"},
		noField:     {"accepted", "acknowledged", "acknowledged at", "identified", "identified at", "declared", "declared at", "triaged", "monitoring", "postmortem completed"},
	} {
		for _, l := range labels {
			m[normalize(l)] = key
		}
	}
	return m
}()

// noField is what toolMilestones holds for a milestone that gives no
// field.
const noField = "-"

// toolMilestoneKey is the field a tool's milestone gives, or "".
func toolMilestoneKey(label string) string {
	if k := lookupNormal(toolMilestones, label); k != noField {
		return k
	}
	return ""
}

func isMilestoneHeader(s string) bool {
	switch normalize(s) {
	case "milestone", "milestones", "key moment", "key moments":
		return true
	}
	return false
}
