package catalog

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/mermaid"
)

// colour is a severity's colour in the charts and the square that
// stands for it in the legend written under them.
type colour struct{ hex, square string }

// severityColours go to severities in order, most severe first;
// noSeverityColour to incidents without one.
var (
	severityColours = []colour{
		{"#e5484d", "🟥"}, {"#f28c28", "🟧"}, {"#f5c518", "🟨"}, {"#3b82f6", "🟦"},
		{"#8e6cd9", "🟪"}, {"#46a758", "🟩"}, {"#a0522d", "🟫"},
	}
	noSeverityColour = colour{"#b0b0b0", "⬜"}
)

// noSeverity names incidents without a severity in the charts.
const noSeverity = "no severity"

// incidentsChart counts incidents by month and severity, as bars
// stacked with the most severe at the bottom, and a legend.
func incidentsChart(recs []Record) string {
	counts, sevs := map[month]map[string]int{}, map[string]bool{}
	first, last := month(math.MaxInt), month(0)
	for _, r := range recs {
		if r.Date.IsZero() {
			continue
		}
		m := monthOf(r.Date)
		if counts[m] == nil {
			counts[m] = map[string]int{}
		}
		counts[m][r.Severity]++
		sevs[r.Severity] = true
		first, last = min(first, m), max(last, m)
	}
	if len(counts) == 0 {
		return "No incident is dated: nothing to chart.\n"
	}
	months := monthRange(first, last)
	order := severityOrder(sevs)
	chart := xyChart("Incidents per month, by severity", months, "Incidents")
	var legend []string
	// Each bar is the total up to a severity, drawn over the taller ones
	// before it: together they stack.
	for k := len(order) - 1; k >= 0; k-- {
		values := make([]float64, len(months))
		for i, m := range months {
			for _, s := range order[:k+1] {
				values[i] += float64(counts[m][s])
			}
		}
		c := colourOf(order, k)
		chart.Series = append(chart.Series, mermaid.Series{Kind: "bar", Title: severityName(order[k]), Values: values})
		chart.Palette = append(chart.Palette, c.hex)
		legend = append([]string{c.square + " " + cell(severityName(order[k]))}, legend...)
	}
	return chart.Block() + "\n" + strings.Join(legend, " · ") + "\n"
}

// severityOrder sorts severities most severe first: SEV0, SEV1… by
// number, then other names alphabetically, then none.
func severityOrder(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b string) int {
		ka, kb := severityKey(a), severityKey(b)
		if ka != kb {
			return ka - kb
		}
		return strings.Compare(a, b)
	})
	return out
}

// severityKey ranks SEVn by n, other names after them, none last.
func severityKey(s string) int {
	var n int
	if _, err := fmt.Sscanf(s, "SEV%d", &n); err == nil && fmt.Sprintf("SEV%d", n) == s {
		return n
	}
	if s == "" {
		return math.MaxInt32
	}
	return math.MaxInt32 - 1
}

func severityName(s string) string {
	if s == "" {
		return noSeverity
	}
	return s
}

func colourOf(order []string, k int) colour {
	if order[k] == "" {
		return noSeverityColour
	}
	return severityColours[k%len(severityColours)]
}

// baseColour covers the foot Mermaid draws below a bar's 0: an empty
// month shows no bar, not a sliver of colour.
const baseColour = "#d0d7de"

// xyChart starts a chart over months, wide enough for their labels.
func xyChart(title string, months []month, yTitle string) mermaid.XYChart {
	return mermaid.XYChart{Title: title, Labels: labels(months), YTitle: yTitle, Base: baseColour, Width: max(700, 80*len(months))}
}

// oneSeries is a chart of one series of bars in one colour.
func oneSeries(title string, months []month, yTitle string, values []float64, c colour) string {
	chart := xyChart(title, months, yTitle)
	chart.Series = []mermaid.Series{{Kind: "bar", Values: values}}
	chart.Palette = []string{c.hex}
	return chart.Block()
}

func labels(months []month) []string {
	out := make([]string, len(months))
	for i, m := range months {
		out[i] = m.String()
	}
	return out
}
