package postmortem

import (
	"strings"
	"testing"
	"time"
)

// Offsets from T+0 in the other ways teams write them: a clock's digits
// after the "T" ("T+0:12", "T+01:05:30"), a plus alone before them
// ("+00:45"), "T0" or "t0" with the sign apart ("t0 + 15 min"), hours
// after "H" ("H+2") and days after "D" ("D+1"), and a colon between the
// offset and its entry ("T+12m: alert fires").
func TestOffsetForms(t *testing.T) {
	for s, want := range map[string]time.Duration{
		"T+0:12": 12 * time.Minute, "T+01:05:30": time.Hour + 5*time.Minute + 30*time.Second, "T-0:05": -5 * time.Minute,
		"+00:45": 45 * time.Minute, "+1:10": 70 * time.Minute, "T+1:00": time.Hour,
		"t0 + 15 min": 15 * time.Minute, "T0 + 1 h 5 min": 65 * time.Minute, "T0+15m": 15 * time.Minute, "T + 15m": 15 * time.Minute,
		"H+2": 2 * time.Hour, "H-1": -time.Hour, "H+0:30": 30 * time.Minute, "D+1": 24 * time.Hour, "D+0": 0,
		"T+12m: alert fires": 12 * time.Minute, "T+0:12: alert fires": 12 * time.Minute, "T0": 0,
	} {
		if got, ok := rawOffset(s); !ok || got != want {
			t.Errorf("%q: %v %v, want %v", s, got, ok, want)
		}
	}
	// a zone's offset, a word, a clock or a count: none is an offset
	for _, s := range []string{"+05:30", "+01:00", "+12:00", "+09:45", "Deploy", "HTTP 500", "Day 2", "DB+cache", "the +5",
		"t+5m", "T0: 2026-11-10 21:35", "+12:30", "H+", "D+one", "T+0:75", "+0:5", "Tuesday", "H+1h2"} {
		if off, ok := rawOffset(s); ok {
			t.Errorf("%q read as an offset (%v)", s, off)
		}
	}
}

// A timeline table whose time column holds offsets is a timeline under
// any header that also reads as actions ("| When | What |", "| Time |
// Who | What |", "| Time | Action | Owner |"): its rows open no issue,
// whether the offsets are "T+0:12", "+00:12", "H+1", "D+1" or "t0 + 15
// min". The document's own action items stay its actions.
func TestOffsetTableIsNoActionTable(t *testing.T) {
	headers := []struct{ head, row string }{
		{"| When | What |\n|---|---|\n", "| %s | Restart the cache |\n"},
		{"| Time | Who | What |\n|---|---|---|\n", "| %s | @carol | Restart the cache |\n"},
		{"| Time | Action | Owner |\n|---|---|---|\n", "| %s | Roll back the deploy | @bob |\n"},
	}
	for _, off := range []string{"T+0:12", "+00:12", "H+1", "D+1", "t0 + 15 min", "T + 15m"} {
		for _, h := range headers {
			table := h.head + strings.Repeat(strings.Replace(h.row, "%s", off, 1), 3)
			src := "# Cache outage\n\nDate: 2026-03-04\n\n## Timeline\n\n" + table +
				"\n## Action items\n\n- [ ] Add a canary stage to cache deploys — owner: @bob, due: 2026-04-01\n"
			doc := mustParse(t, []byte(src))
			if len(doc.Actions) != 1 || !strings.HasPrefix(doc.Actions[0].Title, "Add a canary") {
				t.Errorf("%s under %q: actions %v, want the action item alone", off, strings.SplitN(h.head, "\n", 2)[0], titles(doc))
			}
			if len(doc.Events) != 3 {
				t.Errorf("%s under %q: %d entries, want 3", off, strings.SplitN(h.head, "\n", 2)[0], len(doc.Events))
			}
		}
	}
}

func titles(doc *Document) []string {
	var out []string
	for _, a := range doc.Actions {
		out = append(out, a.Title)
	}
	return out
}

// Offsets among the clocks of a timeline that states no T0: each counts
// from the clock above it ("14:00", then "T+3m" and "T+20m" are 14:03
// and 14:20, not 14:23), and one above the first clock has no time
// rather than making the whole timeline one of unplaced offsets, so
// the clocks still give the start, the detection and the end.
func TestOffsetsAmongClocks(t *testing.T) {
	doc := wantTimes(t, "# DB failover\n\nDate: 2026-03-04\n\n## Timeline\n\n- 14:00 UTC — deploy of 5.2\n- T+3m: errors start\n- T+20m: alert fires, on-call paged\n- +1:10 — recovered\n",
		map[string]string{FieldDetect: "2026-03-04T14:20Z", FieldEnd: "2026-03-04T15:10Z"})
	if late := lateLines(doc); len(late) != 0 {
		t.Errorf("out of order on lines %v, want none", late)
	}
	doc = wantTimes(t, "# DB failover\n\nDate: 2026-03-04\n\n## Timeline\n\n- T-5m: config merged\n- 14:03 UTC: errors start\n- 14:20 UTC: alert fires\n- 15:10 UTC: recovered\n",
		map[string]string{FieldStart: "2026-03-04T14:03Z", FieldDetect: "2026-03-04T14:20Z", FieldEnd: "2026-03-04T15:10Z"})
	if doc.Unplaced() || len(lateLines(doc)) != 0 || !doc.Events[0].Time.IsZero() {
		t.Errorf("unplaced %v, late %v, first entry at %v: want the clocks read and the offset above them left without a time", doc.Unplaced(), lateLines(doc), doc.Events[0].Time)
	}
}

// A start stated as a day alone ("**Start:** 2026-03-04") is no T+0: its
// midnight would put "T-5m" on the day before and every clock after it
// out of order.
func TestDayAloneIsNoT0(t *testing.T) {
	doc := wantTimes(t, "# DB failover\n\n**Start:** 2026-03-04\n\n## Timeline\n\n- T-5m: config merged\n- 14:03 UTC: errors start\n- 14:20 UTC: alert fires\n- 15:10 UTC: recovered\n",
		map[string]string{FieldStart: "2026-03-04T14:03Z", FieldEnd: "2026-03-04T15:10Z"})
	if late := lateLines(doc); len(late) != 0 {
		t.Errorf("out of order on lines %v, want none", late)
	}
}

// A time a sentence of the timeline's section states outweighs the
// moment the timeline gives from an offset, whose T+0 may be another
// moment (here the deploy, ten minutes before the errors): "The errors
// began at 14:10 UTC" is the start, and a detection the offsets put
// before it is no time read, which the order check would report.
func TestStatedTimeOutweighsOffset(t *testing.T) {
	entries := "- T+0:00 — deploy of 5.2\n- T+0:05 — alert fires, on-call paged\n- T+1:20 — recovered\n"
	head := "# DB failover\n\nDate: 2026-03-04\n\n## Timeline\n\nT+0 is 14:00 UTC, the deploy."
	wantTimes(t, head+"\n\n"+entries+"\nThe errors began at 14:10 UTC and the on-call was paged at 14:12 UTC; the errors were over at 15:20 UTC.\n",
		map[string]string{FieldStart: "2026-03-04T14:10Z", FieldDetect: "2026-03-04T14:12Z", FieldEnd: "2026-03-04T15:20Z"})
	doc := wantTimes(t, head+" The errors began at 14:10 UTC and were over at 15:20 UTC.\n\n"+entries,
		map[string]string{FieldStart: "2026-03-04T14:10Z", FieldEnd: "2026-03-04T15:20Z"})
	if d, ok := doc.Time(FieldDetect); !ok || d.Err == nil {
		t.Errorf("detection %+v, want one the timeline gives but whose time is not read", d)
	}
}

// Offsets with no stated T0 and no clock in the timeline are read for
// their order alone, as "T+12m" ones are, in each of the new forms.
func TestNewOffsetFormsUnplaced(t *testing.T) {
	for _, f := range [][3]string{{"T+0:00", "T+0:40", "T+0:12"}, {"+00:00", "+00:40", "+00:12"}, {"H+0", "H+3", "H+1"}, {"t0 + 0 min", "t0 + 40 min", "t0 + 12 min"}} {
		doc := mustParse(t, []byte("# CI runners\n\n## Timeline\n\n- "+f[0]+" — parallelism raised\n- "+f[1]+" — failures traced\n- "+f[2]+" — alert fires\n"))
		if !doc.Unplaced() || len(doc.Events) != 3 {
			t.Errorf("%s: unplaced %v, %d entries; want unplaced and 3", f[0], doc.Unplaced(), len(doc.Events))
		}
		if late := lateLines(doc); len(late) != 1 || late[0] != 7 {
			t.Errorf("%s: out of order on lines %v, want [7]", f[0], late)
		}
	}
}

// Beside a column of offsets, a column of clocks gives the entries'
// times: "| T+0:17 | 14:21 | Alert fires |" is at 14:21 whatever T+0
// was, and so is the detection.
func TestClockColumnBesideOffsets(t *testing.T) {
	rows := []string{"| T+0:00 | 14:03 | Errors start |", "| T+0:17 | 14:21 | Alert fires |", "| T+1:07 | 15:12 | Recovered |"}
	doc := wantTimes(t, "# DB failover\n\nDate: 2026-03-04\n\n## Timeline\n\n| Offset | Time (UTC) | Event |\n|---|---|---|\n"+strings.Join(rows, "\n")+"\n",
		map[string]string{FieldDetect: "2026-03-04T14:21Z", FieldEnd: "2026-03-04T15:12Z"})
	if len(doc.Events) != 3 || doc.Events[1].Raw != "14:21" {
		t.Errorf("entries %+v, want three read from the clock column", doc.Events)
	}
}

// The note that says what T0 stands for, in the ways teams write it
// ("T0 = 13:50 UTC", "T0 is 13:50 UTC", "t0 = 2026-03-04 13:50 UTC",
// "**T0** = 13:50 UTC"), places the offsets and is no entry of its own.
func TestT0Notes(t *testing.T) {
	for _, note := range []string{"T0 = 13:50 UTC (deploy).", "T0 is 13:50 UTC, the deploy.", "t0 = 2026-03-04 13:50 UTC", "**T0** = 13:50 UTC", "T0: 13:50 UTC"} {
		src := "# DB failover\n\nDate: 2026-03-04\nStart: 2026-03-04 14:03 UTC\n\n## Timeline\n\n" + note +
			"\n\n- T+0:00 — deploy of 5.2\n- T+0:20 — alert fires, on-call paged\n- T+1:10 — recovered\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Events) != 3 {
			t.Errorf("%q: %d entries, want 3", note, len(doc.Events))
			continue
		}
		if got := doc.Events[1].Time.UTC().Format("15:04"); got != "14:10" {
			t.Errorf("%q: second entry at %s, want 14:10, twenty minutes after T0", note, got)
		}
	}
}

// Outside a timeline's heading too, a "| When | What | Who |" table whose
// When column holds times of day or offsets is the incident's log, not
// actions due then; under an action heading, or with days in that
// column, it stays a table of actions.
func TestWhenColumnOfClocks(t *testing.T) {
	for when, want := range map[string]int{"14:12": 0, "14:12 UTC": 0, "T+12m": 0, "+00:12": 0, "2026-04-01": 2} {
		src := "# Cache outage\n\nDate: 2026-03-04\n\n## Response\n\n| When | What | Who |\n|---|---|---|\n" +
			"| " + when + " | Restart the cache | @carol |\n| " + when + " | Roll back the deploy | @bob |\n"
		if got := len(mustParse(t, []byte(src)).Actions); got != want {
			t.Errorf("%q: %d actions, want %d", when, got, want)
		}
	}
	src := "# Cache outage\n\n## Action items\n\n| When | What | Who |\n|---|---|---|\n| 2026-04-01 17:00 | Add a canary stage | @bob |\n| 2026-04-15 | Alert on p99 latency | @carol |\n"
	if got := len(mustParse(t, []byte(src)).Actions); got != 2 {
		t.Errorf("under an action heading: %d actions, want 2", got)
	}
}
