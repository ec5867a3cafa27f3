package postmortem

import (
	"testing"
	"time"
)

// An issue tracker writes its dates day first with the month's name
// ("12/Nov/26 2:14 AM", "3-Dec-2026 14:05"); they read as times and as
// dates.
func TestTrackerDates(t *testing.T) {
	for raw, want := range map[string]time.Time{
		"12/Nov/26 2:14 AM":    time.Date(2026, 11, 12, 2, 14, 0, 0, time.UTC),
		"3-Dec-2026 14:05 UTC": time.Date(2026, 12, 3, 14, 5, 0, 0, time.UTC),
		"28/feb/27 11:59 pm":   time.Date(2027, 2, 28, 23, 59, 0, 0, time.UTC),
	} {
		pt, err := ParseTime(raw, time.Time{})
		if err != nil || !pt.Time.Equal(want) || !pt.HasDate {
			t.Errorf("%q read as %v (date %v), %v; want %v", raw, pt.Time, pt.HasDate, err, want)
		}
	}
	if d, ok := ParseDate("27/Nov/26"); !ok || !d.Equal(time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("27/Nov/26 read as %v, %v", d, ok)
	}
	if _, err := ParseTime("31/Feb/26 10:00", time.Time{}); err == nil {
		t.Error("31/Feb/26 read as a day")
	}
}

// A tracker's export: its fields on "·"-separated bold lines, with a
// resolution that is not a time and a "Resolved" stamp a day after the
// impact ended, and the incident's times in a table of the tracker's
// dates. The table gives the start, detection and end.
func TestTrackerExportTimes(t *testing.T) {
	src := "# [OPS-120] Queue stalled\n\n" +
		"**Status:** Resolved · **Resolution:** Fixed · **Priority:** High\n" +
		"**Created:** 04/Mar/27 9:12 AM · **Resolved:** 05/Mar/27 4:30 PM\n\n" +
		"## Incident times\n\n| Field | Value |\n| --- | --- |\n" +
		"| Incident start | 04/Mar/27 8:40 AM |\n| Incident detected | 04/Mar/27 8:55 AM |\n| Incident end | 04/Mar/27 10:20 AM |\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]time.Time{
		FieldStart:  time.Date(2027, 3, 4, 8, 40, 0, 0, time.UTC),
		FieldDetect: time.Date(2027, 3, 4, 8, 55, 0, 0, time.UTC),
		FieldEnd:    time.Date(2027, 3, 4, 10, 20, 0, 0, time.UTC),
	} {
		if got := doc.TimeUTC(key); !got.Equal(want) {
			t.Errorf("%s read as %v, want %v", key, got, want)
		}
	}
}

// A "Resolved" time is the end where nothing else gives one.
func TestResolvedAloneIsTheEnd(t *testing.T) {
	doc := mustParse(t, []byte("# Queue stalled\n\nStart: 2027-03-04 08:40 UTC\nResolved: 2027-03-04 10:20 UTC\nResolution: Fixed\n"))
	if got := doc.TimeUTC(FieldEnd); !got.Equal(time.Date(2027, 3, 4, 10, 20, 0, 0, time.UTC)) {
		t.Errorf("end read as %v", got)
	}
}

// A timeline in a tracker's dates, in a table or in bullets, has its
// entries read: the date, the 12-hour clock and a zone after it.
func TestTrackerDateEntries(t *testing.T) {
	src := "# [OPS-1] Queue stall\n\n## Timeline\n\n| When | What |\n| --- | --- |\n" +
		"| 12/Nov/26 1:05 AM | Second batch run starts |\n| 12/Nov/26 2:10 AM UTC | Invoice count alert pages billing |\n\n" +
		"- 12/Nov/26 4:48 AM - Duplicates voided; incident resolved\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-11-12 01:05", "2026-11-12 02:10", "2026-11-12 04:48"}
	if len(doc.Events) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(doc.Events), len(want), doc.Events)
	}
	for i, w := range want {
		if got := doc.Events[i].Time.Format("2006-01-02 15:04"); got != w || !doc.Events[i].HasDate {
			t.Errorf("entry %d read as %s (date %v), want %s", i+1, got, doc.Events[i].HasDate, w)
		}
	}
	if !doc.Events[1].HasZone || doc.Events[1].Text != "Invoice count alert pages billing" {
		t.Errorf("entry 2 %+v: want its zone read and its text without it", doc.Events[1])
	}
}

// A tracker's issue links: the issues that follow the incident up
// ("**is followed up by**") are its actions, each a link to the issue's
// key, its title, the state in italics and the assignee and due date in
// the tracker's form; the issue that caused it is no action.
func TestTrackerFollowUpLinks(t *testing.T) {
	src := "# [OPS-1] Queue stall\n\n## Issue links\n\n**is caused by**\n- [SCHED-9](https://tracker.example/browse/SCHED-9) Lease defaults to 30 minutes\n\n" +
		"**is followed up by**\n" +
		"- [OPS-2](https://tracker.example/browse/OPS-2) Renew the lease while the job runs — _In Progress_ — Assignee: lmartin — Due: 20/Nov/26\n" +
		"- [OPS-3](https://tracker.example/browse/OPS-3) Void the duplicate invoices — _Done_ — Assignee: lmartin\n" +
		"- [OPS-4](https://tracker.example/browse/OPS-4) Hold auto-charge outside the window — _Backlog_ — Unassigned\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		title, owner string
		due          time.Time
		status       Status
	}{
		{"Renew the lease while the job runs", "lmartin", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), Open},
		{"Void the duplicate invoices", "lmartin", time.Time{}, Done},
		{"Hold auto-charge outside the window", "", time.Time{}, Open},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || a.Owner != w.owner || !a.Due.Equal(w.due) || a.Status != w.status {
			t.Errorf("action %d: %q owner %q due %v %v, want %q %q %v %v", i+1, a.Title, a.Owner, a.Due, a.Status, w.title, w.owner, w.due, w.status)
		}
	}
}
