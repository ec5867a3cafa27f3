package postmortem

import "testing"

// A note's head gives the day of the incident on the line that notes
// the zone of all times, among lines of facts, while the tool's stamp
// above it gives the day the page was last updated: the fields' times
// are on the incident's day, and the document's date is it too.
func TestZoneNoteLineDatesTheFields(t *testing.T) {
	src := "# Gates rejecting tickets\n\n*Notes · Last updated by Jess Tran, 2 Dec 2026, 3:41 pm*\n\n" +
		"**Severity:** Sev 2\n**All times are Sydney time (AEDT, UTC+11), Friday 27 November 2026.**\n" +
		"**Start of impact:** 4:05 pm · **Detected:** 4:21 pm · **End of impact:** 5:40 pm\n"
	checkMomentProbes(t, []momentProbe{{"note line", src, "2026-11-27T05:05Z", "2026-11-27T05:21Z", "2026-11-27T06:40Z"}})
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "27 November 2026" {
		t.Errorf("date %+v", f)
	}
}
