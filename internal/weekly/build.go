package weekly

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// urgency says how soon an open action is due; the summary lists the
// most urgent first.
type urgency int

// The urgencies, most urgent first.
const (
	overdue     urgency = iota // its due date has passed
	dueThisWeek                // due today or later this ISO week
	later                      // due after this week, or no due date
)

// summarySource is the repository summarised and how to link into it.
type summarySource struct {
	repo        string // "owner/name"
	url, branch string
	// refPrefix is "owner/name" when the summary is posted in another
	// repository, so that issue references name their repository.
	refPrefix string
	// label is the action label, for a link to every open action.
	label string
}

// openGroup is a post-mortem's open actions, most urgent first.
type openGroup struct {
	Doc, Title, Severity, Date string
	Actions                    []weeklyAction
	worst                      urgency
}

// summaryCounts are the headline numbers of the open actions.
type summaryCounts struct {
	Open, Overdue, ThisWeek, Later, NoOwner, NoDue int
}

// weeklySummary is everything the summary issue says.
type weeklySummary struct {
	src     summarySource
	clock   weekClock
	Counts  summaryCounts
	Open    []openGroup
	Missing []weeklyAction // open actions without an owner or a due date
	Closed  []weeklyAction // closed this week
	// shown are the numbers of the open actions the body lists (the most
	// urgent, when not all fit); hidden counts the others.
	shown   map[int]bool
	hidden  int
	Windows []windowFigures
	// ChartLabels and ChartOpen are the weeks of the chart and the
	// actions open at the end of each.
	ChartLabels []string
	ChartOpen   []int
}

// buildSummary works out the summary from the action issues and the
// post-mortems read.
func buildSummary(src summarySource, clock weekClock, actions []weeklyAction, docs []docFacts) *weeklySummary {
	s := &weeklySummary{src: src, clock: clock}
	var open []weeklyAction
	for _, a := range actions {
		switch {
		case a.Open:
			open = append(open, a)
			s.count(a)
		case !a.Closed.Before(clock.weekStart):
			s.Closed = append(s.Closed, a)
		}
	}
	s.Open = groupOpen(open, clock, docs)
	slices.SortFunc(s.Closed, func(a, b weeklyAction) int { return a.Closed.Compare(b.Closed) })
	for _, weeks := range []int{shortWindowWeeks, longWindowWeeks} {
		s.Windows = append(s.Windows, computeWindow(weeks, clock, docs, actions))
	}
	ends, labels := clock.chartWeekEnds()
	s.ChartLabels, s.ChartOpen = labels, openAt(actions, ends)
	return s
}

// count adds the open action a to the headline numbers.
func (s *weeklySummary) count(a weeklyAction) {
	s.Counts.Open++
	switch urgencyOf(a, s.clock) {
	case overdue:
		s.Counts.Overdue++
	case dueThisWeek:
		s.Counts.ThisWeek++
	default:
		s.Counts.Later++
	}
	if a.Owner == "" {
		s.Counts.NoOwner++
	}
	if a.Due.IsZero() {
		s.Counts.NoDue++
	}
	if a.Owner == "" || a.Due.IsZero() {
		s.Missing = append(s.Missing, a)
	}
}

// urgencyOf says how soon the open action a is due.
func urgencyOf(a weeklyAction, clock weekClock) urgency {
	switch {
	case a.Due.IsZero() || a.Due.After(clock.sunday):
		return later
	case a.Due.Before(clock.today):
		return overdue
	}
	return dueThisWeek
}

// groupOpen groups open actions by post-mortem. Within a group the most
// urgent come first, then the earliest due (none last), then by number;
// groups are ordered by their most urgent action, then its due date,
// then path. A group's title is the document's, or the one its issues
// carry.
func groupOpen(open []weeklyAction, clock weekClock, docs []docFacts) []openGroup {
	titles := map[string]string{}
	for _, d := range docs {
		titles[d.Path] = d.Title
	}
	byDoc := map[string]*openGroup{}
	for _, a := range open {
		g := byDoc[a.Doc]
		if g == nil {
			g = &openGroup{Doc: a.Doc, Title: titles[a.Doc], worst: later}
			byDoc[a.Doc] = g
		}
		g.Title, g.Severity, g.Date = cmpOr(g.Title, a.Incident), cmpOr(g.Severity, a.Severity), cmpOr(g.Date, a.Date)
		g.Actions = append(g.Actions, a)
		g.worst = min(g.worst, urgencyOf(a, clock))
	}
	var groups []openGroup
	for _, g := range byDoc {
		slices.SortFunc(g.Actions, func(a, b weeklyAction) int { return compareOpen(a, b, clock) })
		groups = append(groups, *g)
	}
	slices.SortFunc(groups, func(a, b openGroup) int {
		return cmp.Or(cmp.Compare(a.worst, b.worst), compareDue(a.Actions[0].Due, b.Actions[0].Due), strings.Compare(a.Doc, b.Doc))
	})
	return groups
}

// compareOpen orders open actions: most urgent, earliest due, number.
func compareOpen(a, b weeklyAction, clock weekClock) int {
	return cmp.Or(cmp.Compare(urgencyOf(a, clock), urgencyOf(b, clock)), compareDue(a.Due, b.Due), cmp.Compare(a.Number, b.Number))
}

// compareDue orders due dates, none last.
func compareDue(a, b time.Time) int {
	if a.IsZero() || b.IsZero() {
		return cmp.Compare(boolRank(a.IsZero()), boolRank(b.IsZero()))
	}
	return a.Compare(b)
}

// boolRank is 1 for true, 0 for false.
func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
