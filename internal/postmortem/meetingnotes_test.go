package postmortem

import "testing"

// Meeting notes name the incident manager by the role after the
// organiser's name, and state the start, detection and end as bullets
// under "What happened", the later ones with a clause after the time and
// no date, in a zone written as a calendar writes it.
func TestMeetingNotesTimes(t *testing.T) {
	const src = "# Review: ticket scanner outage\n\n" +
		"**Meeting:** Review — scanner outage\n**When:** Thursday, 5 March 2026 14:00 (UTC+09:30) Adelaide\n" +
		"**Organiser:** Noah Park (Incident Manager, Venue Systems)\n\n" +
		"### Recap\n\nOn Wednesday 4 March 2026 the gate scanners at two venues stopped accepting tickets after a certificate expired.\n\n" +
		"### What happened\n\nThe scanners could not reach the ticket service.\n\n" +
		"- **Incident start:** Wednesday 4 March 2026, 18:05 (UTC+09:30) Adelaide — scanners reject every ticket\n" +
		"- **Detected:** 18:12, when a gate supervisor called the venue desk\n" +
		"- **Resolved:** 19:40, when the renewed certificate reached the last scanner\n\n" +
		"All times (UTC+09:30) Adelaide.\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Noah Park (Incident Manager, Venue Systems)" {
		t.Errorf("contact: %q", f.Value)
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-03-04T08:35Z", FieldDetect: "2026-03-04T08:42Z", FieldEnd: "2026-03-04T10:10Z"})
}

// Under "What happened", only the start, detection and end are read
// from "Key: value" lines; the rest stays prose.
func TestNarrativeTimeFieldsOnly(t *testing.T) {
	const src = "# Outage\n\n## What happened\n\n- **Started:** 2026-03-04 18:05 UTC\n- **Severity:** we thought it was minor\n"
	doc := mustParse(t, []byte(src))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-03-04T18:05Z"})
	if f, ok := doc.Field(FieldSeverity); ok {
		t.Errorf("severity read from the narrative: %q", f.Value)
	}
}
