package postmortem

import "testing"

// stampHasZone, which looks at the end of a time, reads a zone where the
// expression zoneAtEnd does, and not where it does not.
func TestStampHasZoneAsTheExpression(t *testing.T) {
	for _, s := range []string{"14:02", "14:02 UTC", "14:02Z", "14:02 Z", "9:41 am Pacific", "14:02 pm", "14:02 +05:30",
		"14:02 UTC+2", "14:02 GMT-3", "14:02 Europe/Berlin", "14:02 America/Argentina/Buenos_Aires", "Oct 6, 16:14",
		"14:02 (UTC)", "14:02 utc", "14:02 EEST", "14:02 hrs", "2026-11-02", "14:02 UTC ", "12/Nov/26 2:14 AM",
		"16:20 EEST on October 6", "14:02 PT", "14:02 CET", "", "Z", "14:02 europe/berlin", "14:02 /Berlin"} {
		if fast, slow := stampHasZone(s), zoneAtEnd.MatchString(s); fast != slow {
			t.Errorf("%q: stampHasZone %v, the expression %v", s, fast, slow)
		}
	}
}

// Epoch seconds are UTC: a document's zone, said once or read from its
// stated times, is not added to them, and they stay readable.
func TestEpochTimesTakeNoZone(t *testing.T) {
	src := "# Readings dropped\n\nAll times are CET.\n\n## Timeline\n\n- 1809302400 Schema 12 published.\n- 1809306000 Schema 11 restored.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 2 || doc.Events[0].Time.Unix() != 1809302400 || doc.Events[1].Time.Unix() != 1809306000 {
		t.Errorf("events %+v, want the two epoch times", doc.Events)
	}
}
