package postmortem

import "testing"

// A ticketing tool prints the fields a team added with a prefix of its
// own ("CF Impact Start", "cf_severity", "Custom: Incident lead"): the
// field is read by the name after it, and so is the zone.
func TestCustomFieldPrefix(t *testing.T) {
	src := "# Ticket 4411: portal lookups timing out\n\n| Field | Value |\n| --- | --- |\n" +
		"| cf_severity | SEV2 |\n| Custom: Incident lead | Ama Boateng |\n| CF Impact Start | 14/10/2026 09:20 |\n" +
		"| CF Impact Detected | 14/10/2026 09:31 |\n| CF Service Restored | 14/10/2026 10:02 |\n| CF Time Zone | CEST (UTC+2) |\n" +
		"| Resolved | 14/10/2026 12:00 |\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-10-14T07:20Z", FieldDetect: "2026-10-14T07:31Z", FieldEnd: "2026-10-14T08:02Z"})
	for key, want := range map[string]string{FieldSeverity: "SEV2", FieldContact: "Ama Boateng"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: got %q (%v), want %q", key, f.Value, ok, want)
		}
	}
}
