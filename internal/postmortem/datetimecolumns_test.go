package postmortem

import "testing"

// A chronology table with the day and the time of day in columns of
// their own ("| Ref | Date | Time | Event |") reads its times from the
// Time column on the days of the Date column; an entry earlier than the
// one before it on the same day is out of order, a new day is not.
func TestDateAndTimeColumns(t *testing.T) {
	src := "# Review of the portal outage\n\n## Chronology\n\nAll times are UTC.\n\n" +
		"| Ref | Date | Time | Event |\n| --- | --- | --- | --- |\n" +
		"| 1 | 27/03/2026 | 17:40 | Firewall change applied. |\n" +
		"| 2 | 30/03/2026 | 08:52 | Zone expires; errors begin. |\n" +
		"| 3 | 30/03/2026 | 10:31 | Provider confirms the cause. |\n" +
		"| 4 | 30/03/2026 | 09:02 | First call logged (found later in the desk log). |\n" +
		"| 5 | 30/03/2026 | 11:37 | Service restored. |\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-03-27 17:40", "2026-03-30 08:52", "2026-03-30 10:31", "2026-03-30 09:02", "2026-03-30 11:37"}
	if len(doc.Events) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(doc.Events), len(want), doc.Events)
	}
	for i, w := range want {
		e := doc.Events[i]
		if got := e.Time.UTC().Format("2006-01-02 15:04"); got != w || e.OutOfOrder != (i == 3) {
			t.Errorf("entry %d read as %s (out of order %v), want %s", i+1, got, e.OutOfOrder, w)
		}
	}
}

// A Date column that writes one of its days in a way only day first can
// read ("13/11/2026") reads the others day first too: "04/11/2026" is 4
// November.
func TestDayFirstDateColumn(t *testing.T) {
	src := "# Review\n\n## Chronology\n\nAll times are UTC.\n\n| Date | Time | Event |\n| --- | --- | --- |\n" +
		"| 30/10/2026 | 16:40 | Firewall change applied. |\n| 04/11/2026 | 08:52 | Zone expires; errors begin. |\n| 04/11/2026 | 11:37 | Service restored. |\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-10-30 16:40", "2026-11-04 08:52", "2026-11-04 11:37"}
	if len(doc.Events) != len(want) {
		t.Fatalf("%d entries, want %d", len(doc.Events), len(want))
	}
	for i, w := range want {
		if got := doc.Events[i].Time.UTC().Format("2006-01-02 15:04"); got != w {
			t.Errorf("entry %d read as %s, want %s", i+1, got, w)
		}
	}
}
