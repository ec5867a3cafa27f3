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

// A Day column that writes its days with a slash and no year, after a
// weekday ("Tue 11/24", "Wed 25/11"), gives the Time column's entries
// their days in the year of the review: the entries after midnight are
// on the next day, and a row added later keeps the day it names.
func TestSlashDayColumn(t *testing.T) {
	for name, c := range map[string]struct {
		review     string
		days       [3]string
		first, nxt string
	}{
		"month first": {"2026-12-01", [3]string{"Tue 11/24", "Wed 11/25", "Tue 11/24"}, "2026-11-24", "2026-11-25"},
		"day first":   {"2026-12-01", [3]string{"Tue 24/11", "Wed 25/11", "Tue 24/11"}, "2026-11-24", "2026-11-25"},
		// a document that writes its days first: "03/11" is 3 November
		"day first, both readable": {"17/11/2026", [3]string{"Tue 03/11", "Wed 04/11", "Tue 03/11"}, "2026-11-03", "2026-11-04"},
	} {
		days := c.days
		src := "# Review\n\n**Review meeting:** " + c.review + "\n\n## Timeline\n\nAll times are UTC.\n\n| id | Day | Time | Event |\n| --- | --- | --- | --- |\n" +
			"| 1 | " + days[0] + " | 22:47 | Modem reboots. |\n| 2 | " + days[1] + " | 00:32 | Operator notices the flat line. |\n" +
			"| 3 | " + days[1] + " | 03:05 | Level tracking real values. |\n| 4 | " + days[2] + " | 22:31 | (found later) Maintenance notice arrived. |\n"
		doc := mustParse(t, []byte(src))
		want := []string{c.first + " 22:47", c.nxt + " 00:32", c.nxt + " 03:05", c.first + " 22:31"}
		if len(doc.Events) != len(want) {
			t.Fatalf("%s: %d entries, want %d", name, len(doc.Events), len(want))
		}
		for i, w := range want {
			if got := doc.Events[i].Time.UTC().Format("2006-01-02 15:04"); got != w {
				t.Errorf("%s: entry %d read as %s, want %s", name, i+1, got, w)
			}
		}
	}
}

// A note that gives a timeline table's Time column its zone ("Times in
// the Time column are Mountain (MST).") gives the entries that zone.
func TestTimeColumnZoneNote(t *testing.T) {
	src := "# Review\n\n**Review meeting:** 2026-12-01\n\n## Timeline\n\nTimes in the Time column are Mountain (MST). Rows are in the order they were entered.\n\n" +
		"| id | Day | Time | Event |\n| --- | --- | --- | --- |\n| 1 | 2026-11-24 | 22:47 | Modem reboots; **impact starts**. |\n" +
		"| 2 | 2026-11-25 | 03:05 | Level tracking real values; **resolved**. |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-25T05:47Z", FieldEnd: "2026-11-25T10:05Z"})
}
