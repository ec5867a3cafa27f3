package postmortem

import "testing"

// A heading that names work made out of the incident, "Initiatives
// created from this incident", "Tickets raised from the review", "Work
// arising from the outage", heads its follow-ups, whatever the tool
// calls the work.
func TestHeadings18WorkFromIncident(t *testing.T) {
	for _, h := range []string{"Initiatives created from this incident", "Tickets raised from the review",
		"Work arising from the outage", "Issues opened from this post-mortem", "Items filed from the review"} {
		doc := mustParse(t, []byte("# Locks failed\n\n## Summary\n\nDoors refused PINs.\n\n## "+h+"\n\n"+
			"1. Compute the rotation date in local time — Aino Lehtonen — due 2026-12-18\n"+
			"2. Cache the last valid PIN set on each hub — Mikko Saarinen — by 2026-12-11\n"))
		if len(doc.Actions) != 2 {
			t.Errorf("%q: %d actions, want 2", h, len(doc.Actions))
		}
		if s, ok := doc.Section("remediation"); !ok || s.Name != h {
			t.Errorf("%q: no remediation section", h)
		}
	}
}
