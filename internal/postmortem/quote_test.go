package postmortem

import "testing"

// A timeline quoted from the incident's notes, one paragraph an entry
// with a bold time, the moments marked in bold words: each paragraph is
// an entry, "Impact begins." and "Impact ends." give the start and the
// end, and an alert that fired before the impact is the detection.
func TestQuotedTimeline(t *testing.T) {
	const src = "# Replication stalled\n\n**Date of incident:** 3 November 2026\n\n## Timeline\n\nAll times UTC.\n\n" +
		"> **09:31** — Migration starts on the primary as a plain\n> `ALTER TABLE`.\n>\n" +
		"> **09:38** — Replica-lag alert fires. **Detected.**\n>\n" +
		"> **09:44** — First stale figures on the dashboard. **Impact begins.**\n>\n" +
		"> **10:36** — Replicas catch up; dashboards fresh again.\n> **Impact ends.**\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 4 {
		t.Fatalf("%d entries, want 4", len(doc.Events))
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-11-03T09:44Z", FieldDetect: "2026-11-03T09:38Z", FieldEnd: "2026-11-03T10:36Z"})
}

// In a timeline of offsets, the entry at T+0 is the start, not the
// first entry before it.
func TestRelativeZeroIsStart(t *testing.T) {
	doc := mustParse(t, []byte("# Batch\n\n## Timeline\n\nT+0 is 2026-09-08 03:40 UTC.\n\n- T−25m — Batch starts.\n- T+0 — Renewal fails.\n- T+12m — Watchdog pages the on-call.\n"))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-09-08T03:40Z", FieldDetect: "2026-09-08T03:52Z"})
}

// An undated status line above a dated timeline ("Update 18:14 UTC:
// back online") is not the start: the first dated entry is, and it
// dates the document; the line still tells the end.
func TestUndatedBannerIsNotStart(t *testing.T) {
	doc := mustParse(t, []byte("# Database incident\n\n_**Update 18:14 UTC: the site is back online**_\n\n## First incident\n\n"+
		"At 2017/01/31 18:00 UTC, spammers were hammering the database.\n\nAt 2017/01/31 21:00 UTC, this escalated into a lockup on writes.\n"))
	checkUTC(t, doc, map[string]string{FieldStart: "2017-01-31T18:00Z"})
	if e, ok := doc.Time(FieldEnd); !ok || e.Raw != "18:14 UTC" {
		t.Errorf("end: %+v, want the status line's", e)
	}
}
