package postmortem

import "testing"

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
