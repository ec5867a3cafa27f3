package postmortem

import "testing"

// An impact window written with an arrow between its ends, as a
// database's export writes a span, gives the start and the end; an
// export's "Date fields are shown in America/Denver (MST)" gives their zone.
func TestArrowWindowAndDateFieldsZone(t *testing.T) {
	src := "# Points credited twice\n\n_Exported on 12/16/2026. Date fields are shown in America/Denver (MST)._\n\n" +
		"| Field | Value |\n| --- | --- |\n| Impact window | 12/9/2026 8:14am → 12/9/2026 11:02am |\n| First noticed | 12/9/2026 9:37am |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-09T15:14Z", FieldDetect: "2026-12-09T16:37Z", FieldEnd: "2026-12-09T18:02Z"})
}

// "All clock times below are Adelaide local time (ACDT, UTC+10:30)"
// gives the timeline its zone, which puts a morning's entries on the
// UTC day before; "Impact over." marks the end.
func TestClockTimesNoteAndEntryMarks(t *testing.T) {
	src := "# Displays froze\n\n**Review held:** Friday 4 December 2026\n\n" +
		"All clock times below are Adelaide local time (ACDT, UTC+10:30). It all happened on Wednesday 2 December 2026.\n\n" +
		"## Timeline\n\n- 6:05 am — Nightly feed restart; first controllers refused.\n- 6:22 am — Driver report to the operations centre; we were alerted.\n" +
		"- 6:31 am — On-call phoned.\n- 7:48 am — All displays confirmed showing live times. Impact over.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T19:35Z", FieldDetect: "2026-12-01T19:52Z", FieldEnd: "2026-12-01T21:18Z"})
	// "impact over" inside a sentence says nothing of the end
	if m := eventMarker("Impact over the weekend was small"); m == FieldEnd {
		t.Errorf("%q marked as the end", "Impact over the weekend was small")
	}
}

// A line alone that names a day without its year ("**Sun 13 Dec**")
// dates the timeline's entries below it, in the year of the document's
// dates.
func TestYearlessDayLines(t *testing.T) {
	src := "# 2026-12-12 Mirror served truncated files\n\nAll times CET.\n\n## Timeline\n\n**Sat 12 Dec**\n\n- 23:05 — Publish step swaps in the new tree.\n\n" +
		"**Sun 13 Dec**\n\n- 07:55 — Issues opened overnight about checksums.\n- 09:40 — Re-sync done, mirror back in the list.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 3 {
		t.Fatalf("%d entries, want 3", len(doc.Events))
	}
	for i, want := range []string{"2026-12-12 22:05", "2026-12-13 06:55", "2026-12-13 08:40"} {
		if got := doc.Events[i].Time.UTC().Format("2006-01-02 15:04"); got != want {
			t.Errorf("entry %d read as %s, want %s UTC", i, got, want)
		}
	}
}

// A summary's "from 23:40 on Monday 23 November until 01:15 on Tuesday
// 24 November" is read in the year of the document's dates where no
// field dates the incident.
func TestProseSpanDayWithoutYear(t *testing.T) {
	src := "# Invoice PDFs came out blank\n\nAll times on this page are UTC. Reviewed on Thursday 26 November 2026.\n\n" +
		"## Summary\n\nFrom 23:40 on Monday 23 November until 01:15 on Tuesday 24 November every invoice PDF was blank.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-23T23:40Z", FieldEnd: "2026-11-24T01:15Z"})
}

// A narrative's "at about 2:10 in the afternoon Chicago time (CST), the
// job stopped finishing" gives the start: the time set off before the
// clause of its verb, the part of the day as the half of a twelve-hour
// clock, over a tracker's "Start date" that gives a day alone.
func TestSetOffClauseAndPartOfDay(t *testing.T) {
	src := "# Payroll files stuck\n\n**Status:** Completed · **Start date:** Dec 8 · **Due date:** Dec 14\n\nReviewed with the payments team on Dec 10, 2026.\n\n## What happened\n\n" +
		"On Friday, December 4, at about 2:10 in the afternoon Chicago time (CST), the export job stopped finishing. " +
		"Nothing failed, so no alert fired.\n\nWe found out at 3:02 p.m., when a customer called support. Support paged Omar at 3:09 p.m.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-04T20:10Z"})
	for s, want := range map[string]string{"in the afternoon": "pm", "in the evening, late": "pm", "in the morning": "am", "in the mornings": ""} {
		if ap, _ := meridiem(s); ap != want {
			t.Errorf("meridiem(%q) = %q, want %q", s, ap, want)
		}
	}
}

// "That is when we consider the impact over" names the time the
// sentence before it told as the end.
func TestThatIsWhenTheEnd(t *testing.T) {
	src := "# Payroll files stuck\n\nReviewed on Dec 10, 2026.\n\n## What happened\n\n" +
		"On Friday, December 4, 2026, the export stopped at 2:10 p.m. CST. " +
		"The last batch was accepted by the bank at 6:47 p.m. Central, after a call with its desk. That is when we consider the impact over.\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-12-05T00:47Z"})
}
