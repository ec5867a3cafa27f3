package weekly

import (
	"cmp"
	"maps"
	"slices"
	"time"
)

// quantiles are the median and 90th percentile of a sample of N values,
// by nearest rank.
type quantiles[T cmp.Ordered] struct {
	N           int
	Median, P90 T
}

// nearestRank returns the p-th percentile (0 < p ≤ 100) of values by the
// nearest-rank method: with the N values sorted ascending, it is the
// value at rank ⌈p·N/100⌉, counting from 1. It is always one of the
// values; the median (p = 50) of an even number of values is the lower
// of the two middle ones. ok is false when there are no values.
func nearestRank[T cmp.Ordered](values []T, p int) (v T, ok bool) {
	if len(values) == 0 {
		return v, false
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	rank := (p*len(sorted) + 99) / 100 // ⌈p·N/100⌉ in integers
	return sorted[max(rank, 1)-1], true
}

// quantilesOf returns the median and 90th percentile of values.
func quantilesOf[T cmp.Ordered](values []T) quantiles[T] {
	q := quantiles[T]{N: len(values)}
	q.Median, _ = nearestRank(values, 50)
	q.P90, _ = nearestRank(values, 90)
	return q
}

// windowFigures are the figures of the window of the last Weeks weeks.
type windowFigures struct {
	Weeks int
	// Incidents counts the post-mortems whose incident began within the
	// window; BySeverity counts them by severity ("unknown" for none).
	Incidents  int
	BySeverity map[string]int
	// Detect (detection − start) and Resolve (end − start) over those
	// incidents whose timeline has both times, in order.
	Detect, Resolve quantiles[time.Duration]
	// Opened counts action issues opened within the window; Closed those
	// closed as completed, NotPlanned those closed as not planned.
	Opened, Closed, NotPlanned int
	// DaysToClose is over the completed actions: whole days from opened
	// to closed.
	DaysToClose quantiles[int]
	// WithDue counts the completed actions that had a due date, OnTime
	// those of them closed on or before it (dates in the summary's zone).
	WithDue, OnTime int
}

// computeWindow computes the figures of the weeks-long window ending at
// clock.now.
func computeWindow(weeks int, clock weekClock, docs []docFacts, actions []weeklyAction) windowFigures {
	from := clock.windowStart(weeks)
	f := windowFigures{Weeks: weeks, BySeverity: map[string]int{}}
	incidentFigures(&f, from, clock.now, docs)
	actionFigures(&f, from, clock, actions)
	return f
}

// incidentFigures counts the incidents that began in [from, to] and
// their times to detect and resolve.
func incidentFigures(f *windowFigures, from, to time.Time, docs []docFacts) {
	var detect, resolve []time.Duration
	for _, d := range docs {
		if !within(d.incidentTime(), from, to) {
			continue
		}
		f.Incidents++
		f.BySeverity[cmpOr(d.Severity, "unknown")]++
		if d.Start.IsZero() {
			continue
		}
		if !d.Detect.IsZero() && !d.Detect.Before(d.Start) {
			detect = append(detect, d.Detect.Sub(d.Start))
		}
		if !d.End.IsZero() && !d.End.Before(d.Start) {
			resolve = append(resolve, d.End.Sub(d.Start))
		}
	}
	f.Detect, f.Resolve = quantilesOf(detect), quantilesOf(resolve)
}

// actionFigures counts the actions opened and closed since from, and
// how long and how punctually the completed ones took.
func actionFigures(f *windowFigures, from time.Time, clock weekClock, actions []weeklyAction) {
	var took []int
	for _, a := range actions {
		if within(a.Created, from, clock.now) {
			f.Opened++
		}
		switch {
		case a.Open || !within(a.Closed, from, clock.now):
			continue
		case a.NotPlanned:
			f.NotPlanned++
			continue
		}
		f.Closed++
		took = append(took, wholeDays(a.Closed.Sub(a.Created)))
		if !a.Due.IsZero() {
			f.WithDue++
			if !civil(a.Closed, clock.loc).After(a.Due) {
				f.OnTime++
			}
		}
	}
	f.DaysToClose = quantilesOf(took)
}

// within reports whether t is set and falls in [from, to].
func within(t, from, to time.Time) bool {
	return !t.IsZero() && !t.Before(from) && !t.After(to)
}

// cmpOr is s, or def when s is empty.
func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// openAt counts, for each time in ends, the actions open then: opened
// by it and not closed by it.
func openAt(actions []weeklyAction, ends []time.Time) []int {
	counts := make([]int, len(ends))
	for i, end := range ends {
		for _, a := range actions {
			if !a.Created.After(end) && (a.Open || a.Closed.After(end)) {
				counts[i]++
			}
		}
	}
	return counts
}

// severityOrder lists the severities of counts in order, "unknown" last.
func severityOrder(counts map[string]int) []string {
	keys := slices.Sorted(maps.Keys(counts))
	if i := slices.Index(keys, "unknown"); i >= 0 {
		keys = append(append(keys[:i:i], keys[i+1:]...), "unknown")
	}
	return keys
}
