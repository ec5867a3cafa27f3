package postmortem

import "testing"

// A tool's export says once in which time zone it shows every time, and
// names the zone after the words "time zone": an offset with the zone of
// the database, or the zone with its abbreviation. The fields' times are
// read in it.
func TestTimeZoneOfExport(t *testing.T) {
	for src, want := range map[string]string{
		"# Queue stalled\n\n| Details | |\n| --- | --- |\n| Impact started | Mar 9, 2026 11:20 PM |\n| Impact ended | Mar 10, 2026 12:40 AM |\n\n" +
			"Every time below is shown in the viewer's time zone, (GMT+08:00) Asia/Singapore.\n": "2026-03-09 15:20",
		"# Queue stalled\n\n> Exported by a.nel on 2026-03-12.\n> Dates and times are displayed in the exporting user's time zone (Africa/Nairobi, EAT).\n\n" +
			"- **Impact start:** 2026-03-09 18:20:00\n- **Service restored:** 2026-03-09 19:40:00\n": "2026-03-09 15:20",
	} {
		doc := mustParse(t, []byte(src))
		if got := doc.TimeUTC(FieldStart).Format("2006-01-02 15:04"); got != want {
			t.Errorf("start read as %s UTC, want %s (zone %q) in\n%s", got, want, doc.Zone, src)
		}
	}
	doc := mustParse(t, []byte("# Clock drift\n\nWe moved the cluster's time zone to UTC after the incident; the times in the logs before that were local.\n"))
	if doc.Zone != "" {
		t.Errorf("zone %q taken from a sentence about a server's clock", doc.Zone)
	}
}
