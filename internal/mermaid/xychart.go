// Package mermaid writes Mermaid charts for Markdown that GitHub renders
// (a ```mermaid block).
package mermaid

import (
	"encoding/json"
	"math"
	"slices"
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
	// Base, a colour, draws a bar of 0 last in each category: Mermaid
	// starts every bar a little below the axis's 0, so a value of 0
	// would show as a sliver of the last series' colour. Base covers
	// that sliver (and only that). It needs Palette.
	Base string
	// Width is the chart's width in pixels; 0 is Mermaid's default.
	// GitHub scales a wider chart down to the page, labels and all.
	Width int
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
	b.WriteString(c.init())
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
	if c.Base != "" {
		b.WriteString("    bar [" + numbers(make([]float64, len(c.Labels))) + "]\n")
	}
	b.WriteString("```\n")
	return b.String()
}

// init is the directive that sets the chart's width and colours, or "".
func (c XYChart) init() string {
	init := map[string]any{}
	if c.Width > 0 {
		init["xyChart"] = map[string]int{"width": c.Width}
	}
	if palette := c.Palette; len(palette) > 0 {
		if c.Base != "" {
			palette = append(slices.Clip(palette), c.Base)
		}
		init["themeVariables"] = map[string]any{"xyChart": map[string]string{"plotColorPalette": strings.Join(palette, ", ")}}
	}
	if len(init) == 0 {
		return ""
	}
	js, _ := json.Marshal(init) // maps of strings and numbers always marshal
	return "%%{init: " + string(js) + "}%%\n"
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
