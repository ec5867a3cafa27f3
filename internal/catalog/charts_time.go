package catalog

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// The colours of the charts of one series.
var (
	resolveColour = colour{hex: "#8e6cd9"}
	openColour    = colour{hex: "#3b82f6"}
)

// resolveChart draws the median time to resolve, in hours, of the
// incidents of each month that give their start and end.
func resolveChart(recs []Record) string {
	hours := map[month][]float64{}
	for _, r := range recs {
		if d, ok := resolveTime(r); ok {
			hours[monthOf(r.Date)] = append(hours[monthOf(r.Date)], d.Hours())
		}
	}
	if len(hours) == 0 {
		return "No incident gives both its start and its end: nothing to chart.\n"
	}
	months := make([]month, 0, len(hours))
	for m := range hours {
		months = append(months, m)
	}
	slices.Sort(months)
	months = months[max(0, len(months)-maxMonths):]
	values := make([]float64, len(months))
	for i, m := range months {
		values[i] = math.Round(median(hours[m])*10) / 10
	}
	chart := oneSeries("Median time to resolve, by month of the incident", months, "Hours", values, resolveColour)
	return chart + "\nMonths without an incident that gives its start and end are left out.\n"
}

// median is the lower middle value.
func median(values []float64) float64 {
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	return sorted[(len(sorted)-1)/2]
}

// openChart draws how many actions were open at the end of each month:
// opened by then and not yet done or dropped. Done actions whose closing
// day is not known cannot be placed and are left out, and said so.
func openChart(recs []Record) string {
	var acts []Action
	unknown := 0
	first, last := month(math.MaxInt), month(0)
	for _, r := range recs {
		if !r.Date.IsZero() {
			last = max(last, monthOf(r.Date))
		}
		for _, a := range r.Actions {
			switch {
			case a.Opened.IsZero() || a.Status != postmortem.Open && a.Closed.IsZero():
				unknown++
				continue
			case a.Status != postmortem.Open:
				last = max(last, monthOf(a.Closed))
			}
			acts = append(acts, a)
			first, last = min(first, monthOf(a.Opened)), max(last, monthOf(a.Opened))
		}
	}
	if len(acts) == 0 {
		return "No action can be placed in time: nothing to chart.\n"
	}
	months := monthRange(first, last)
	values := make([]float64, len(months))
	for i, m := range months {
		values[i] = float64(openAt(acts, m.end()))
	}
	out := oneSeries("Actions open at the end of each month", months, "Open actions", values, openColour)
	if unknown > 0 {
		out += fmt.Sprintf("\n%s left out: done without a known closing day, or in a post-mortem without a date.\n", plural(unknown, "action"))
	}
	return out
}

// openAt counts the actions open just before end.
func openAt(acts []Action, end time.Time) int {
	n := 0
	for _, a := range acts {
		if a.Opened.Before(end) && (a.Status == postmortem.Open || !a.Closed.Before(end)) {
			n++
		}
	}
	return n
}

// plural writes "1 action", "3 actions".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
