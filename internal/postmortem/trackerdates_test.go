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
