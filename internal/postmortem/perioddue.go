package postmortem

import (
	"strings"
	"time"
)

// A heading over actions may name a period counted from the document's
// date: "This week", "Next week", "This quarter", "By end of Q1". Its
// actions are due on the period's last day: the Sunday of the week, the
// last day of the month or quarter.

// periodDue reads a period heading against the document's day.
func periodDue(heading string, base time.Time) (time.Time, bool) {
	h := strings.ToLower(strings.TrimSpace(heading))
	for _, p := range []string{"by ", "the ", "end of ", "the ", "before "} {
		h = strings.TrimPrefix(h, p)
	}
	switch h {
	case "this week":
		return weekEnd(base), true
	case "next week":
		return weekEnd(base).AddDate(0, 0, 7), true
	case "this month":
		return monthEnd(base, 0), true
	case "next month":
		return monthEnd(base, 1), true
	case "this quarter":
		return quarterEnd(base.Year(), (int(base.Month())+2)/3), true
	case "next quarter":
		return quarterEnd(base.Year(), (int(base.Month())+2)/3+1), true
	}
	if len(h) == 2 && h[0] == 'q' && h[1] >= '1' && h[1] <= '4' {
		return quarterDue(base, int(h[1]-'0'))
	}
	return time.Time{}, false
}

// isPeriodHeading is the cheap test before periodDue: a short heading
// that holds "week", "month" or a "q" (quarter, Q1).
func isPeriodHeading(heading string) bool {
	if len(heading) > 24 {
		return false
	}
	h := strings.ToLower(heading)
	return strings.Contains(h, "week") || strings.Contains(h, "month") || strings.Contains(h, "q")
}

func weekEnd(t time.Time) time.Time {
	return t.AddDate(0, 0, (7-int(t.Weekday()))%7)
}

func monthEnd(t time.Time, ahead int) time.Time {
	return time.Date(t.Year(), t.Month()+time.Month(ahead)+1, 0, 0, 0, 0, 0, time.UTC)
}

// quarterEnd returns the last day of quarter q of year y; q 5 is the
// first of the next year.
func quarterEnd(y, q int) time.Time {
	return time.Date(y, time.Month(3*q+1), 0, 0, 0, 0, 0, time.UTC)
}

// periodDues gives actions still without a due date the one a period
// heading above them names.
func (p *parser) periodDues(targets []sectionTarget) {
	base := time.Time{}
	for i, s := range p.doc.Sections {
		if targets[i].ok || s.Form != "" || !isPeriodHeading(s.Name) {
			continue
		}
		if base.IsZero() {
			if base = p.baseDate(); base.IsZero() {
				return
			}
		}
		if t, ok := periodDue(s.Name, base); ok {
			targets[i] = sectionTarget{due: t, raw: strings.TrimSpace(s.Name), ok: true}
		}
	}
}
