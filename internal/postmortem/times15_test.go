package postmortem

import "testing"

// An entry that names itself the detection is the detection, whatever
// else its words tell: the warning read before the expiry says "before
// the impact began", and is no start.
func TestEntryNamedDetection(t *testing.T) {
	for _, text := range []string{
		"Hattie reads the expiry e-mail. **This is our detection — before the impact began.**",
		"freight desk raises it in #ops-incidents; @hemi.w picks it up. We take this as our detection.",
	} {
		if got := eventMarker(text); got != FieldDetect {
			t.Errorf("eventMarker(%q) = %q, want detect", text, got)
		}
	}
	if got := eventMarker("Certificate expires; browsers refuse the domain. **Impact starts.**"); got != FieldStart {
		t.Errorf("a start named so: eventMarker = %q, want start", got)
	}
}

// A narrative names its moments in more words than "we count that as":
// "we treat 7:05 p.m. as the end" gives the clock of its own clause,
// "That is where we put the start of the impact" the one before it.
func TestNarrativeTreatsAsMoment(t *testing.T) {
	src := "# Tax\n\nDate: 2026-12-14\n\n## What happened\n\n" +
		"At ten to midnight (23:50) the swap step ran. That is where we put the start of the impact. " +
		"The last order went through at 01:04, and at 01:05 every pod was serving the right table; we treat 01:05 as the end.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-14T23:50Z", FieldEnd: "2026-12-15T01:05Z"})
}

// A summary dates the incident with a weekday and the part of the day
// before its date: "on Monday evening, December 14"; a narrative's other
// dates ("ready for the January 1 change") do not.
func TestSummaryWeekdayPartOfDay(t *testing.T) {
	src := "# Review\n\nReviewed: Wednesday, December 16, 2026\n\n## In brief\n\n" +
		"For two hours on Monday evening, December 14, checkout charged the wrong rates.\n\n## What happened\n\n" +
		"Finance loaded the tables at 16:30 so they would be ready for the January 1 change. A support agent noticed at 17:20 that a receipt was wrong.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-14T16:30Z", FieldDetect: "2026-12-14T17:20Z"})
}

// A "Clock:" line among the fields gives the zone of every time, as a
// "Time zone" row does; a bold note line among them does too.
func TestClockLineZone(t *testing.T) {
	for src, want := range map[string]string{
		"# R\n\n**Owner:** Wes\n**Clock:** Pacific Standard Time (PST, UTC−8) throughout; the evening crosses midnight UTC.\n\n": "PST",
		"# R\n\n**How serious:** S3\n**All clock times here are India Standard Time (IST, UTC+05:30).**\n\n":                     "IST",
	} {
		doc := mustParse(t, []byte(src+"## Timeline\n\n- 14:00 it broke\n"))
		if doc.Zone != want {
			t.Errorf("%q: zone %q, want %s", src, doc.Zone, want)
		}
	}
}

// A task's own "Started: 2026-11-25" is a day alone: the timeline's
// entry marked as the start gives the moment, and the day reads in a
// document whose times have a zone.
func TestDayAloneStart(t *testing.T) {
	src := "# Task\n\n**Assignee:** @m · **Started:** 2026-11-25 · **Due date:** 2026-11-27\n\n## Timeline\n\n" +
		"- 2026-11-24 22:40 — both instances start the export. **Impact starts here.**\n- 2026-11-24 23:05 — freight desk raises it; we take this as our detection.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-24T22:40Z", FieldDetect: "2026-11-24T23:05Z"})
	wantTimes(t, "# R\n\nAll times are UTC.\n\n- **Start:** 2026-11-25\n", map[string]string{FieldStart: "2026-11-25T00:00Z"})
}

// An end told in a sentence as a time of day alone ("Impact ended at
// 03:10 on the 8th") falls after a start late the evening before.
func TestNarratedEndPastMidnight(t *testing.T) {
	src := "# Search\n\n## Summary\n\nOn the night of 7–8 December 2026 search was blind.\n\n## What happened\n\n" +
		"At 23:50 the swap step ran; that is where we put the start of the impact.\n\n" +
		"The reindex began at 01:45. Impact ended at 03:10 on the 8th.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-07T23:50Z", FieldEnd: "2026-12-08T03:10Z"})
}
