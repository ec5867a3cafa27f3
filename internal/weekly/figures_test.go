package weekly

import (
	"reflect"
	"testing"
	"time"
)

// figuresNow is the clock of the figures' tests: Wednesday of ISO week
// 2026-W50 (Monday 7 December).
var figuresNow = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

// at is a UTC time on a day of 2026.
func at(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, time.UTC) }

// date is a civil date.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestNearestRank(t *testing.T) {
	cases := []struct {
		values      []int
		p, want     int
		ok          bool
		description string
	}{
		{nil, 50, 0, false, "no values"},
		{[]int{7}, 50, 7, true, "one value is every percentile"},
		{[]int{7}, 90, 7, true, "one value is every percentile"},
		{[]int{1, 2, 3, 4}, 50, 2, true, "rank ⌈2⌉ = 2: the lower middle value"},
		{[]int{1, 2, 3, 4}, 90, 4, true, "rank ⌈3.6⌉ = 4"},
		{[]int{15, 1, 3, 8, 20}, 50, 8, true, "unsorted; rank ⌈2.5⌉ = 3 of 1 3 8 15 20"},
		{[]int{15, 1, 3, 8, 20}, 90, 20, true, "rank ⌈4.5⌉ = 5"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90, 9, true, "rank ⌈9⌉ = 9"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90, 10, true, "rank ⌈9.9⌉ = 10"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 50, 6, true, "rank ⌈5.5⌉ = 6"},
		{[]int{3, 1, 2}, 100, 3, true, "the 100th percentile is the largest"},
	}
	for _, c := range cases {
		got, ok := nearestRank(c.values, c.p)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: p%d of %v: got %d, %v; want %d, %v", c.description, c.p, c.values, got, ok, c.want, c.ok)
		}
	}
}

// figuresDocs are hand-checked incidents (see TestComputeWindow).
var figuresDocs = []docFacts{
	{Path: "d1", Severity: "SEV1", Start: at(12, 1, 10, 0), Detect: at(12, 1, 10, 10), End: at(12, 1, 12, 0)},
	{Path: "d2", Severity: "SEV2", Start: at(11, 20, 0, 0), Detect: at(11, 20, 0, 40), End: at(11, 20, 5, 0)},
	{Path: "d3", Severity: "SEV2", Start: at(11, 15, 12, 0), Detect: at(11, 15, 12, 5), End: at(11, 15, 12, 30)},
	{Path: "d4", Start: at(10, 1, 0, 0), Detect: at(10, 1, 1, 0), End: at(10, 1, 20, 0)},
	{Path: "d5", Severity: "SEV3", Date: date(2026, 10, 10)},
	{Path: "d6", Severity: "SEV1", Start: at(8, 1, 0, 0), Detect: at(8, 1, 0, 1), End: at(8, 1, 0, 2)},
	{Path: "d7", Severity: "SEV1", Start: at(11, 25, 9, 0), Detect: at(11, 25, 8, 0), End: at(11, 25, 10, 0)},
}

// figuresActions are hand-checked action issues (see TestComputeWindow).
var figuresActions = []weeklyAction{
	{Number: 1, Created: at(11, 1, 0, 0), Closed: at(11, 5, 0, 0), Due: date(2026, 11, 4)},
	{Number: 2, Created: at(11, 12, 10, 0), Closed: at(11, 19, 9, 0), Due: date(2026, 11, 19)},
	{Number: 3, Created: at(12, 1, 0, 0), Open: true},
	{Number: 4, Created: at(9, 1, 0, 0), Closed: at(12, 8, 0, 0), NotPlanned: true},
	{Number: 5, Created: at(11, 30, 0, 0), Closed: at(12, 2, 0, 0)},
	{Number: 6, Created: at(8, 1, 0, 0), Closed: at(9, 1, 0, 0), Due: date(2026, 8, 30)},
}

// The windows run from 2026-11-11 10:00 (4 weeks) and 2026-09-09 10:00
// (13 weeks) to now.
//
// 4 weeks: incidents d1, d2, d3 and d7 (d7's detection precedes its
// start, so it has no time to detect). Detect 10m, 40m, 5m: sorted 5 10
// 40, median rank 2 = 10m, p90 rank ⌈2.7⌉ = 3 = 40m. Resolve 2h, 5h,
// 30m, 1h: sorted 30m 1h 2h 5h, median rank 2 = 1h, p90 rank 4 = 5h.
// Opened 2, 3, 5; closed 2 (6 days 23 hours: 6) and 5 (2 days), 4 not
// planned; days 2 6: median rank 1 = 2, p90 rank ⌈1.8⌉ = 2 = 6; 2 (the
// one with a due date) closed on it.
//
// 13 weeks adds d4 (no severity) and d5 (no timeline, dated by its Date
// field); d6 is older. Detect 5 10 40 60m: median 10m, p90 rank 4 = 1h.
// Resolve 30m 1h 2h 5h 20h: median rank 3 = 2h, p90 rank 5 = 20h.
// Opened adds 1; closed adds 1 (4 days, a day late): days 2 4 6,
// median rank 2 = 4, p90 rank 3 = 6; 1 of 2 with a due date on time.
// Action 6 is older than both windows.
func TestComputeWindow(t *testing.T) {
	clock := newWeekClock(figuresNow, time.UTC)
	want := []windowFigures{{
		Weeks: 4, Incidents: 4, BySeverity: map[string]int{"SEV1": 2, "SEV2": 2},
		Detect:  quantiles[time.Duration]{3, 10 * time.Minute, 40 * time.Minute},
		Resolve: quantiles[time.Duration]{4, time.Hour, 5 * time.Hour},
		Opened:  3, Closed: 2, NotPlanned: 1, DaysToClose: quantiles[int]{2, 2, 6}, WithDue: 1, OnTime: 1,
	}, {
		Weeks: 13, Incidents: 6, BySeverity: map[string]int{"SEV1": 2, "SEV2": 2, "SEV3": 1, "unknown": 1},
		Detect:  quantiles[time.Duration]{4, 10 * time.Minute, time.Hour},
		Resolve: quantiles[time.Duration]{5, 2 * time.Hour, 20 * time.Hour},
		Opened:  4, Closed: 3, NotPlanned: 1, DaysToClose: quantiles[int]{3, 4, 6}, WithDue: 2, OnTime: 1,
	}}
	for _, w := range want {
		if got := computeWindow(w.Weeks, clock, figuresDocs, figuresActions); !reflect.DeepEqual(got, w) {
			t.Errorf("%d weeks:\n got %+v\nwant %+v", w.Weeks, got, w)
		}
	}
}

// "By the due date" is read in the summary's zone: closed at 05:00 UTC
// on the 20th is still the 19th in Los Angeles.
func TestOnTimeInTheSummaryZone(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	a := []weeklyAction{{Created: at(11, 18, 0, 0), Closed: at(11, 20, 5, 0), Due: date(2026, 11, 19)}}
	for _, c := range []struct {
		loc  *time.Location
		want int
	}{{time.UTC, 0}, {la, 1}} {
		if got := computeWindow(4, newWeekClock(figuresNow, c.loc), nil, a); got.OnTime != c.want || got.WithDue != 1 {
			t.Errorf("%s: on time %d of %d, want %d of 1", c.loc, got.OnTime, got.WithDue, c.want)
		}
	}
}

func TestWeekClock(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	// Sunday 23:30 UTC is already Monday in Berlin: the next ISO week.
	c := newWeekClock(time.Date(2026, 12, 13, 23, 30, 0, 0, time.UTC), berlin)
	if c.week != "2026-W51" || !c.today.Equal(date(2026, 12, 14)) || !c.sunday.Equal(date(2026, 12, 20)) {
		t.Errorf("Berlin: got week %s, today %v, Sunday %v", c.week, c.today, c.sunday)
	}
	c = newWeekClock(figuresNow, time.UTC)
	ends, labels := c.chartWeekEnds()
	if len(ends) != 12 || labels[0] != "W39" || labels[11] != "W50" || !ends[10].Equal(at(12, 7, 0, 0)) || !ends[11].Equal(figuresNow) {
		t.Errorf("chart weeks: %v %v", labels, ends)
	}
	if since := c.since(); !since.Before(c.windowStart(longWindowWeeks)) || !since.Before(ends[0].AddDate(0, 0, -7)) {
		t.Errorf("since %v is not before every window", since)
	}
	if a, b := newWeekClock(at(12, 7, 0, 0), berlin).since(), newWeekClock(at(12, 13, 20, 0), berlin).since(); !a.Equal(b) {
		t.Errorf("since moves within the week: %v, %v", a, b)
	}
}

func TestOpenActionsOrder(t *testing.T) {
	clock := newWeekClock(figuresNow, time.UTC)
	open := []weeklyAction{
		{Number: 1, Doc: "b.md", Due: date(2026, 12, 14)},                      // later
		{Number: 2, Doc: "b.md", Due: date(2026, 12, 13)},                      // this week (Sunday)
		{Number: 3, Doc: "a.md"},                                               // later, no due date
		{Number: 4, Doc: "c.md", Due: date(2026, 12, 9)},                       // this week (today)
		{Number: 5, Doc: "b.md", Due: date(2026, 12, 8)},                       // overdue by a day
		{Number: 6, Doc: "c.md", Due: date(2026, 11, 1), Incident: "C outage"}, // overdue
		{Number: 7, Doc: "a.md", Due: date(2027, 1, 1)},                        // later
	}
	var got [][]int
	var titles []string
	for _, g := range groupOpen(open, clock, []docFacts{{Path: "b.md", Title: "B outage"}}) {
		var ns []int
		for _, a := range g.Actions {
			ns = append(ns, a.Number)
		}
		got, titles = append(got, ns), append(titles, g.Title)
	}
	want := [][]int{{6, 4}, {5, 2, 1}, {7, 3}}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(titles, []string{"C outage", "B outage", ""}) {
		t.Errorf("groups: got %v %q, want %v and the titles of c, b, a", got, titles, want)
	}
}

func TestOlderThan(t *testing.T) {
	start := at(9, 9, 10, 0)
	cases := []struct {
		path      string
		issueDate time.Time
		want      bool
	}{
		{"postmortems/2026-09-01-dns.md", time.Time{}, true},
		{"postmortems/2026-09-08-dns.md", time.Time{}, false}, // within the slack
		{"postmortems/2026-10-01-dns.md", time.Time{}, false},
		{"postmortems/dns.md", time.Time{}, false},                   // nothing known: read it
		{"postmortems/dns.md", date(2026, 5, 1), true},               // its issues date it
		{"postmortems/2026-10-01-dns.md", date(2026, 5, 1), true},    // the earlier bound wins
		{"postmortems/2026-05-01-dns.md", date(2026, 10, 1), true},   // either way
		{"postmortems/not-a-date-2026-13-45.md", time.Time{}, false}, // unreadable
	}
	for _, c := range cases {
		if got := olderThan(c.path, c.issueDate, start); got != c.want {
			t.Errorf("olderThan(%q, %v): got %v, want %v", c.path, c.issueDate, got, c.want)
		}
	}
}
