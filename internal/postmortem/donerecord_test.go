package postmortem

import (
	"slices"
	"testing"
)

// "Done during the incident", as a heading or a bold label, is a record
// of what was done: its items are steps, not actions.
func TestDoneDuringRecord(t *testing.T) {
	for _, head := range []string{"## Done during the incident", "**Done during the incident**"} {
		src := "# Manifest truncated\n\n" + head + "\n\n- Pinned the TTL to 60 s.\n- Purged the bad copy by hand.\n"
		doc := mustParse(t, []byte(src))
		if s, ok := doc.Section(SectionRecord); !ok {
			t.Errorf("%q: no record section (sections %v)", head, doc.Sections)
		} else if len(doc.Actions) != 0 {
			t.Errorf("%q (%s): %d actions, want none", head, s.Name, len(doc.Actions))
		}
	}
}

// What a post says was changed already, and a card's checklist named
// for the incident's time, "During the incident (2/2)", record steps
// taken, not actions; a heading that only mentions the incident's time
// further on ("What went well during the incident") is no record.
func TestChangedAlreadyAndDuringIncidentRecords(t *testing.T) {
	src := "# Delayed uploads on 3 March\n\nDate: 2027-03-05\n\n" +
		"## What we've changed already\n\n- The upload workers now retry on a new connection.\n- Disk alerts fire at 80 % instead of 95 %.\n\n" +
		"## What went well during the incident\n\n- The fallback bucket took the load.\n\n" +
		"## Checklists\n\n### During the incident (2/2)\n\n- [x] Switch uploads to the fallback bucket — @rkaur\n" +
		"- [x] Post the notice on the status page — @rkaur\n\n" +
		"### Follow-ups (0/1)\n\n- [ ] Alert on upload queue age — @rkaur · 📅 Mar 20\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Alert on upload queue age|rkaur|2027-03-20||Open"})
	var steps []string
	for _, s := range doc.Steps {
		steps = append(steps, s.Text)
	}
	want := []string{
		"The upload workers now retry on a new connection.", "Disk alerts fire at 80 % instead of 95 %.",
		"Switch uploads to the fallback bucket — @rkaur", "Post the notice on the status page — @rkaur",
	}
	if !slices.Equal(steps, want) {
		t.Errorf("steps %q, want %q", steps, want)
	}
}
