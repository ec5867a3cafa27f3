package postmortem

import "testing"

// A timeline table with the event first and the time in the last column
// ("| Event | When |"), under a heading of any wording, is read by its
// content: each row's time from the last column, its text from the
// others, and the start, detection and end from what the rows say.
func TestEventFirstTimeline(t *testing.T) {
	for _, src := range []string{
		"# 2026-10-21 Push backlog\n\nAll times are UTC.\n\n## How it unfolded\n\n| Event | When |\n| --- | --- |\n" +
			"| Deploy starts, 15 instances | 21 Oct 13:02 |\n| First consumer restarts; impact began | 21 Oct 13:06 |\n" +
			"| Lag alert pages on-call | 21 Oct 13:19 |\n| Backlog drained; incident resolved | 21 Oct 15:22 |\n",
		"# Push backlog\n\n## Timeline\n\n| # | What happened | Owner | Time (UTC) |\n| --- | --- | --- | --- |\n" +
			"| 1 | Deploy starts, 15 instances | ci | 2026-10-21 13:02 |\n| 2 | First consumer restarts; impact began | ci | 2026-10-21 13:06 |\n" +
			"| 3 | Lag alert pages on-call | dana | 2026-10-21 13:19 |\n| 4 | Backlog drained; incident resolved | dana | 2026-10-21 15:22 |\n",
	} {
		doc := mustParse(t, []byte(src))
		if len(doc.Events) != 4 {
			t.Fatalf("%d entries, want 4 in\n%s", len(doc.Events), src)
		}
		for _, e := range doc.Events {
			if e.OutOfOrder || !e.HasZone || e.Time.Year() != 2026 {
				t.Errorf("entry %+v misread in\n%s", e, src)
			}
		}
		for key, want := range map[string]string{FieldStart: "13:06", FieldDetect: "13:19", FieldEnd: "15:22"} {
			if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != "2026-10-21 "+want {
				t.Errorf("%s read as %s, want %s in\n%s", key, got, want, src)
			}
		}
	}
}
