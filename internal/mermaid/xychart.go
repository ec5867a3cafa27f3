// Package mermaid writes Mermaid charts for Markdown that GitHub renders
// (a ```mermaid block).
package mermaid

import (
	"math"
	"strconv"
	"strings"
)

// XYChart is an xychart-beta chart: series of values over labelled
// categories.
type XYChart struct {
	Title  string
	Labels []string // the x axis's categories
	YTitle string
	Series []Series
	// Palette colours the series, in order ("#e5484d"); empty leaves
	// Mermaid's own colours.
	Palette []string
}

// Series is one bar or line series. Series are drawn in order, each over
// the ones before it.
type Series struct {
	Kind   string // "bar" or "line"
	Title  string // shown in the legend where Mermaid draws one; may be ""
	Values []float64
}

// Block returns the chart as a fenced ```mermaid block. The y axis runs
// from 0 to the largest value rounded up to a multiple of 5 (at least 5).
func (c XYChart) Block() string {
	var b strings.Builder
	b.WriteString("```mermaid\n")
	if len(c.Palette) > 0 {
		b.WriteString(`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "` + strings.Join(c.Palette, ", ") + `"}}}}%%` + "\n")
	}
	b.WriteString("xychart-beta\n")
	b.WriteString("    title " + quote(c.Title) + "\n")
	labels := make([]string, len(c.Labels))
	for i, l := range c.Labels {
		labels[i] = quote(l)
	}
	b.WriteString("    x-axis [" + strings.Join(labels, ", ") + "]\n")
	b.WriteString("    y-axis " + quote(c.YTitle) + " 0 --> " + strconv.Itoa(c.top()) + "\n")
	for _, s := range c.Series {
		b.WriteString("    " + s.Kind + " ")
		if s.Title != "" {
			b.WriteString(quote(s.Title) + " ")
		}
		b.WriteString("[" + numbers(s.Values) + "]\n")
	}
	b.WriteString("```\n")
	return b.String()
}

// top is the top of the y axis.
func (c XYChart) top() int {
	most := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			most = max(most, v)
		}
	}
	return max(int(math.Ceil(most/5))*5, 5)
}

// quote writes text as a Mermaid string: in double quotes, which it
// cannot hold, on one line.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return `"` + strings.ReplaceAll(s, `"`, "'") + `"`
}

func numbers(values []float64) string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strings.Join(out, ", ")
}
