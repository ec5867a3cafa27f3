package postmortem

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// A timeline in offsets from a stated T+0, as bullets or as a table
// beside a clock column filled only in places: each entry is T+0 plus
// its offset, the first entry gives the start, and an entry placed after
// a later one is out of order (none is in an ordered list).
func TestRelativeTimeline(t *testing.T) {
	for name, tt := range map[string]struct {
		timeline string
		late     []int
	}{
		"bullets": {"T+0 is 13:40 UTC.\n\n- T+0 — Parallelism raised.\n- T+7m — Build-failure alert fires.\n- T+1h10m — Parallelism set back.\n- T+40m — Queue paused.\n- +2h05m — Rate limit clears.\n", []int{12}},
		"table": {"T+0 is the first failed renewal, **2026-11-30 13:40 UTC**.\n\n| Offset | What happened | Clock (UTC) |\n| --- | --- | --- |\n" +
			"| T−25m | Batch starts. | 13:15 |\n| T+0 | Renewal fails. | 13:40 |\n| T+7m | Watchdog pages the on-call. | |\n| T+1h10m | Lease deleted. | |\n| T+2h05m | File sent. | 15:45 |\n", nil},
	} {
		doc := mustParse(t, []byte("# CI runners\n\nDate: 2026-11-30\n\n## Timeline\n\n"+tt.timeline))
		if got := lateLines(doc); len(got) != len(tt.late) || len(got) > 0 && got[0] != tt.late[0] {
			t.Errorf("%s: out of order on lines %v, want %v", name, got, tt.late)
		}
		if len(doc.Events) != 5 {
			t.Fatalf("%s: %d entries, want 5", name, len(doc.Events))
		}
		if got := doc.Events[2].Time.UTC().Format("2006-01-02T15:04Z"); got != "2026-11-30T13:47Z" && got != "2026-11-30T14:50Z" {
			t.Errorf("%s: third entry at %s", name, got)
		}
	}
}

// Offsets read as written, and only offsets.
func TestReadOffset(t *testing.T) {
	for s, want := range map[string]time.Duration{"+0": 0, "+12m": 12 * time.Minute, "−25m": -25 * time.Minute, "+1h04m": 64 * time.Minute, "-90s": -90 * time.Second, "+5min": 5 * time.Minute,
		"+8 min": 8 * time.Minute, "+1 h 12 min": 72 * time.Minute, "+2 hrs": 2 * time.Hour, "+45 mins": 45 * time.Minute, "+1 hour 5 minutes": 65 * time.Minute, "+8 min 3 docks": 8 * time.Minute} {
		if got, _, ok := readOffset([]byte(s)); !ok || got != want {
			t.Errorf("%q: %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"+1", "+12", "+5mo", "+", "+12:00", "12m", "+3 more", "+2 ms"} {
		if _, _, ok := readOffset([]byte(s)); ok {
			t.Errorf("%q read as an offset", s)
		}
	}
	for _, s := range []string{"Tuesday", "T+", "+1 for this", "Team+2h"} {
		if _, _, ok := relativeStamp([]byte(s)); ok {
			t.Errorf("%q read as a relative stamp", s)
		}
	}
}

// A timeline in offsets written with spaces between the number and its
// unit ("+8 min", "+1 h 25 min"), opening with the entry at "T0", from
// a T0 stated with its day before the clock ("**T0:** Mon 30 Nov 2026,
// 23:40 IST"): the day the T0 names, not a later one the document
// gives, is the one the offsets count from.
func TestRelativeSpacedOffsets(t *testing.T) {
	src := "# Lab results stuck in the outbound queue\n\n_Posted Wednesday, December 2, 2026_\n\n" +
		"**Incident owner:** Anjali Deshpande\n**Review call:** Thu 3 Dec 2026, 3:00 PM\n" +
		"**T0:** Mon 30 Nov 2026, 23:40 IST — the first report that did not reach the portal\n\n" +
		"## Timeline (offsets from T0)\n\n" +
		"- T0 (23:40) — certificate rotation replaces the cert. **Impact starts.**\n" +
		"- +8 min — engine retries, then parks messages in the queue.\n" +
		"- +51 min (00:31, Tue 1 Dec) — a doctor calls the helpdesk. **Detected.**\n" +
		"- +1 h 25 min (01:05) — handshake errors found.\n" +
		"- +2 h 10 min (01:50) — queue drained to zero. **Resolved.**\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-11-30T18:10Z", FieldDetect: "2026-11-30T19:01Z", FieldEnd: "2026-11-30T20:20Z"})
	if len(doc.Events) != 5 {
		t.Errorf("%d entries, want 5", len(doc.Events))
	}
}

// An offset among the clocks of a timeline that states no T0 counts
// from the entry before it: "+15 min" after "01:30" is 01:45, in order,
// not fifteen minutes after the start.
func TestOffsetAfterClock(t *testing.T) {
	for _, lift := range []string{"01:30", "Sun 01:30", "Tue 01:30"} {
		t.Run(lift, func(t *testing.T) { testOffsetAfterClock(t, lift) })
	}
}

// testOffsetAfterClock is TestOffsetAfterClock with the clock before the
// offset written lift, with or without its weekday.
func testOffsetAfterClock(t *testing.T, lift string) {
	src := "# Docks offline\n\n**Start:** 2026-11-28 23:20 CET\n\n## Timeline\n\n" +
		"- 23:20 — gateway SIM hits its data cap.\n- 00:05 — first support email.\n- " + lift + " — provider lifts the cap.\n" +
		"- +15 min — docks start reconnecting one by one.\n- 02:40 — last dock online.\n"
	doc := mustParse(t, []byte(src))
	if late := lateLines(doc); len(late) != 0 {
		t.Errorf("out of order on lines %v, want none", late)
	}
	if len(doc.Events) != 5 {
		t.Fatalf("%d entries, want 5", len(doc.Events))
	}
	want := doc.Events[2].Time.Add(15 * time.Minute).UTC().Format("2006-01-02T15:04Z")
	if lift == "01:30" {
		want = "2026-11-29T00:45Z"
	}
	if got := doc.Events[3].Time.UTC().Format("2006-01-02T15:04Z"); got != want {
		t.Errorf("offset entry at %s, want %s, fifteen minutes after the clock before it", got, want)
	}
}

// Offsets from a T+0 the document does not state are read for their
// order only: the timeline gives no start, detection or end.
func TestRelativeTimelineUnplaced(t *testing.T) {
	doc := mustParse(t, []byte("# CI runners\n\n## Timeline\n\n- T+0 — Parallelism raised.\n- T+25m — Failures traced.\n- T+7m — Alert fires.\n"))
	if !doc.Unplaced() || len(doc.Times) != 0 {
		t.Errorf("unplaced %v, times %+v; want unplaced and no times", doc.Unplaced(), doc.Times)
	}
	if late := lateLines(doc); len(late) != 1 || late[0] != 7 {
		t.Errorf("out of order on lines %v, want [7]", late)
	}
}

// The words the summary's start and end sentences are looked for behind
// are the words their expressions open with, less the space a short one
// needs after it.
func TestProseSentenceWords(t *testing.T) {
	for name, c := range map[string]struct {
		expr  string
		words *keywords
	}{"start": {proseStartExpr, proseStartWords}, "end": {proseEndExpr, proseEndWords}} {
		g := guard(&lazyRegexp{expr: c.expr})
		for i := range g.words.byFirst {
			var got []string
			for _, w := range c.words.byFirst[i] {
				got = append(got, strings.TrimSpace(w))
			}
			got, want := slices.Compact(slices.Sorted(slices.Values(got))), slices.Sorted(slices.Values(g.words.byFirst[i]))
			if !slices.Equal(got, want) {
				t.Errorf("%s: words %v, the expression opens with %v", name, got, want)
			}
		}
	}
}

// A stated detection or end written as an offset from T0 ("Detected:
// T+12m", "Service restored: T+1h25m", a note after it) counts from the
// time the document says T0 stands for, or from its stated start; with
// neither, it stays unread, as an unplaced timeline's offsets do.
func TestRelativeFields(t *testing.T) {
	const rest = "**Detected:** T+12m (disk-full alert paged the on-call)\n" +
		"**Service restored:** T+1h25m\n\n" +
		"## Timeline\n\n- 23:40 Nightly compaction starts on `ledger-3`.\n- 00:30 Compaction killed by hand.\n"
	for name, tt := range map[string]struct {
		anchor string
		want   map[string]string
	}{
		"T0 field":    {"**T0:** 2026-03-10 23:50 UTC, first failed write\n", map[string]string{FieldDetect: "2026-03-11T00:02Z", FieldEnd: "2026-03-11T01:15Z"}},
		"T+0 note":    {"T+0 is 23:50 UTC on 2026-03-10.\n\n", map[string]string{FieldDetect: "2026-03-11T00:02Z", FieldEnd: "2026-03-11T01:15Z"}},
		"start field": {"**Start:** 2026-03-10 23:50 UTC\n", map[string]string{FieldStart: "2026-03-10T23:50Z", FieldDetect: "2026-03-11T00:02Z", FieldEnd: "2026-03-11T01:15Z"}},
	} {
		t.Run(name, func(t *testing.T) {
			doc := wantTimes(t, "# Ledger writes failed\n\n**Date:** 2026-03-12\n"+tt.anchor+rest, tt.want)
			if got, _ := doc.Time(FieldDetect); got.Inferred {
				t.Errorf("detection inferred from the timeline: %+v", got)
			}
		})
	}
	doc := mustParse(t, []byte("# Ledger writes failed\n\n**Date:** 2026-03-12\n"+rest))
	if got, ok := doc.Time(FieldDetect); ok && got.Err == nil && !got.Inferred {
		t.Errorf("an offset from no stated T0 read as %v", got.Time)
	}
}
