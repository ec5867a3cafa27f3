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
