package postmortem

import "testing"

// A field that gives the zone of every time under a label that says
// more than the zone's name ("Time zone of this page", "Clock used",
// "Timezone for all entries"), and a zone field whose value goes on with
// a sentence that names another zone ("Clock: Bangkok, UTC+07:00. The
// whole night falls on 2 December in UTC."): the field's own zone is
// the one the times are in.
func TestZoneFieldsWithLongerLabels(t *testing.T) {
	want := map[string]string{FieldStart: "2026-12-04T21:40Z", FieldDetect: "2026-12-04T22:05Z"}
	entries := "\n\n## Timeline\n\n- 23:40 — first door refuses a valid PIN\n- 00:05 — paged: unlock failures reach on-call\n"
	for _, c := range []struct{ name, fields string }{
		{"zone of this page", "| Property | Value |\n| --- | --- |\n| Incident date | 2026-12-04 |\n| Time zone of this page | Europe/Helsinki |"},
		{"clock used", "Owner of this review: Aino L.\nIncident date: 2026-12-04\nClock used: UTC+2"},
		{"timezone for entries", "**Incident date:** 2026-12-04\n**Timezone for all entries:** EET"},
		{"clock, then a sentence", "Incident commander: Aino L.\nIncident date: 2026-12-04\nClock: Helsinki, UTC+02:00. The night ends on 4 December in UTC."},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, "# Saunas locked\n\n"+c.fields+entries, want) })
	}
}
