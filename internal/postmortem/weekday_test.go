package postmortem

import (
	"testing"
	"time"
)

// A log that runs past midnight with the weekday on each entry ("Thu
// 23:41", "Fri 00:06") under a heading that names it a log: each entry
// is on the day of its weekday, the first one the last such day before
// a review date written after the incident; an entry earlier than the
// one before it on its own day is out of order; the entry that says
// where impact starts and the one that says the incident is resolved,
// hard-wrapped onto a second line, give the start and the end.
func TestWeekdayLog(t *testing.T) {
	const src = "# Resolvers refusing queries\n\n- **Written:** 2026-11-16\n\n## On-call log\n\nTimes are UTC.\n\n" +
		"- Thu 15:10 — Rate limit enabled.\n" +
		"- Thu 23:41 — Probe interval drops; refused rate climbs.\n  Start of impact.\n" +
		"- Thu 23:58 — Refused-ratio alert pages the on-call.\n" +
		"- Fri 00:19 — Upgrade paused.\n" +
		"- Fri 00:12 — Upgrade team asked to pause (added later).\n" +
		"- Fri 01:26 — Refused rate at zero and queue drained.\n  Incident resolved.\n" +
		"- Fri 09:30 — Upgrade resumed.\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "2026-11-16" {
		t.Errorf("date: %+v, want the Written line", f)
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-11-12T23:41Z", FieldDetect: "2026-11-12T23:58Z", FieldEnd: "2026-11-13T01:26Z"})
	late := lateLines(doc)
	for _, e := range doc.Events {
		if e.Rollover {
			t.Errorf("line %d: read as the next day, but its weekday names its day", e.Line)
		}
	}
	if len(doc.Events) != 7 || len(late) != 1 || late[0] != 14 {
		t.Errorf("%d entries, out of order on lines %v; want 7 and line 14", len(doc.Events), late)
	}
}

// The weekday of an entry read against the day before it is that day or
// one after it; read against the review date, the last such day before.
func TestWeekdayDay(t *testing.T) {
	mon := time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		wd   time.Weekday
		back bool
		want int
	}{{time.Thursday, true, 12}, {time.Thursday, false, 19}, {time.Monday, true, 16}, {time.Monday, false, 16}, {time.Sunday, true, 15}} {
		if got := weekdayDay(mon, tt.wd, tt.back).Day(); got != tt.want {
			t.Errorf("%v back=%v: %d, want %d", tt.wd, tt.back, got, tt.want)
		}
	}
	for _, s := range []string{"Thursday 23:41", "thu. 23:41", "Thurs 23:41"} {
		if wd, rest, ok := leadingWeekday(s); !ok || wd != time.Thursday || rest != "23:41" {
			t.Errorf("%q: %v %q %v", s, wd, rest, ok)
		}
	}
	for _, s := range []string{"Thunder 23:41", "Thu23:41", "Monitoring 23:41"} {
		if _, _, ok := leadingWeekday(s); ok {
			t.Errorf("%q read as a weekday", s)
		}
	}
}
