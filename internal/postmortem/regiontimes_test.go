package postmortem

import "testing"

// A line of facts names the zone as "Times", a region and the zone in
// brackets, with no verb: "Lead: Ana · Times Pacific (PST, UTC−8)".
func TestZoneNoteOfRegionTimes(t *testing.T) {
	src := "# Reminder texts late\n\nDate: Wed, Dec 2, 2026\n\nLead: Ana Ruiz · Severity: SEV-3 · Times Pacific (PST, UTC−8)\n\n## Timeline\n\n" +
		"- 7:15 AM reminders stop sending. Impact starts\n- 7:40 AM a clinic calls. Detected\n- 8:05 AM reminders flow again. Impact ends\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T15:15Z", FieldDetect: "2026-12-02T15:40Z", FieldEnd: "2026-12-02T16:05Z"})
	if z := regionTimesZone("Response times Improved (a lot)"); z != "" {
		t.Errorf("got zone %q from brackets that name none", z)
	}
}
