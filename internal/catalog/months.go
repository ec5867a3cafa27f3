package catalog

import (
	"fmt"
	"time"
)

// month is a calendar month, counted from year 0 (year*12 + month-1), so
// that months compare and step as integers.
type month int

func monthOf(t time.Time) month { return month(t.Year()*12 + int(t.Month()) - 1) }

func (m month) year() int { return int(m) / 12 }

// String writes the month as "2026-03".
func (m month) String() string { return fmt.Sprintf("%04d-%02d", m.year(), int(m)%12+1) }

// end is the first instant after the month, in UTC.
func (m month) end() time.Time {
	return time.Date(m.year(), time.Month(int(m)%12+1)+1, 1, 0, 0, 0, 0, time.UTC)
}

// maxMonths is the most months a chart shows: the latest ones.
const maxMonths = 24

// monthRange lists the months from first to last, the latest maxMonths
// of them at most.
func monthRange(first, last month) []month {
	first = max(first, last-maxMonths+1)
	var out []month
	for m := first; m <= last; m++ {
		out = append(out, m)
	}
	return out
}

// detectTime is how long the incident went unnoticed.
func detectTime(r Record) (time.Duration, bool) {
	if r.Start.IsZero() || r.Detect.IsZero() || r.Detect.Before(r.Start) {
		return 0, false
	}
	return r.Detect.Sub(r.Start), true
}

// resolveTime is how long the incident lasted. An end at the start is a
// misreading, not an incident resolved at once.
func resolveTime(r Record) (time.Duration, bool) {
	if r.Start.IsZero() || r.End.IsZero() || !r.End.After(r.Start) {
		return 0, false
	}
	return r.End.Sub(r.Start), true
}

// duration writes a time to detect or resolve: "7m", "1h38m", "3d4h";
// "—" when not known.
func duration(d time.Duration, ok bool) string {
	if !ok {
		return "—"
	}
	d = d.Round(time.Minute)
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%dd%dh", int(d.Hours())/24, int(d.Hours())%24)
}
