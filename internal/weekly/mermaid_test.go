package weekly

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The lines of the Mermaid xychart-beta subset the summary emits. This
// is a checker for that subset only, written from Mermaid's xychart
// syntax; the real Mermaid parser is not run.
var (
	xyTitleRe = regexp.MustCompile(`^title "([^"]*)"$`)
	xyXAxisRe = regexp.MustCompile(`^x-axis \[(.*)\]$`)
	xyYAxisRe = regexp.MustCompile(`^y-axis "([^"]*)" (-?\d+(?:\.\d+)?) --> (-?\d+(?:\.\d+)?)$`)
	xySeries  = regexp.MustCompile(`^(bar|line) \[(.*)\]$`)
	xyLabelRe = regexp.MustCompile(`^"[^"]*"$`)
	xyNumRe   = regexp.MustCompile(`^-?\d+(?:\.\d+)?$`)
)

// xyChart is a parsed chart.
type xyChart struct {
	title, yTitle string
	labels        []string
	yMin, yMax    float64
	series        [][]float64
}

// checkXYChart finds the one ```mermaid block in md and checks it
// strictly: "xychart-beta" first, then indented lines each a title, an
// x-axis of quoted labels, a y-axis with a title and min --> max (min <
// max), or a bar or line series of numbers as many as the labels and
// within the axis; title and axes at most once, axes before the series,
// at least one series, and the fence closed.
func checkXYChart(md string) (*xyChart, error) {
	_, rest, ok := strings.Cut(md, "```mermaid\n")
	if !ok {
		return nil, fmt.Errorf("no ```mermaid block")
	}
	if strings.Contains(rest, "```mermaid") {
		return nil, fmt.Errorf("more than one ```mermaid block")
	}
	block, _, ok := strings.Cut(rest, "\n```\n")
	if !ok {
		return nil, fmt.Errorf("mermaid block not closed")
	}
	lines := strings.Split(block, "\n")
	if lines[0] != "xychart-beta" {
		return nil, fmt.Errorf("first line %q, want xychart-beta", lines[0])
	}
	c := &xyChart{}
	seen := map[string]bool{}
	for i, line := range lines[1:] {
		if err := c.line(line, seen); err != nil {
			return nil, fmt.Errorf("line %d %q: %w", i+2, line, err)
		}
	}
	if len(c.series) == 0 {
		return nil, fmt.Errorf("no bar or line series")
	}
	return c, nil
}

// line checks and reads one line after the chart type.
func (c *xyChart) line(line string, seen map[string]bool) error {
	body, ok := strings.CutPrefix(line, "    ")
	if !ok || strings.TrimSpace(body) != body || body == "" {
		return fmt.Errorf("want four spaces of indentation and one statement")
	}
	kind, _, _ := strings.Cut(body, " ")
	if seen[kind] && kind != "bar" && kind != "line" {
		return fmt.Errorf("%s twice", kind)
	}
	seen[kind] = true
	switch kind {
	case "title":
		return c.titleLine(body)
	case "x-axis":
		return c.xAxis(body, seen)
	case "y-axis":
		return c.yAxis(body, seen)
	case "bar", "line":
		return c.seriesLine(body, seen)
	}
	return fmt.Errorf("unknown statement %q", kind)
}

// titleLine reads `title "..."`.
func (c *xyChart) titleLine(body string) error {
	m := xyTitleRe.FindStringSubmatch(body)
	if m == nil {
		return fmt.Errorf("want title \"text\"")
	}
	c.title = m[1]
	return nil
}

// xAxis reads `x-axis ["a", "b"]`, before any series.
func (c *xyChart) xAxis(body string, seen map[string]bool) error {
	m := xyXAxisRe.FindStringSubmatch(body)
	if m == nil || seen["bar"] || seen["line"] {
		return fmt.Errorf("want x-axis [\"label\", ...] before the series")
	}
	for _, l := range strings.Split(m[1], ", ") {
		if !xyLabelRe.MatchString(l) {
			return fmt.Errorf("label %q is not a quoted string", l)
		}
		c.labels = append(c.labels, strings.Trim(l, `"`))
	}
	return nil
}

// yAxis reads `y-axis "title" min --> max`, before any series.
func (c *xyChart) yAxis(body string, seen map[string]bool) error {
	m := xyYAxisRe.FindStringSubmatch(body)
	if m == nil || seen["bar"] || seen["line"] {
		return fmt.Errorf("want y-axis \"title\" min --> max before the series")
	}
	c.yTitle = m[1]
	c.yMin, _ = strconv.ParseFloat(m[2], 64)
	c.yMax, _ = strconv.ParseFloat(m[3], 64)
	if c.yMin >= c.yMax {
		return fmt.Errorf("min %v not below max %v", c.yMin, c.yMax)
	}
	return nil
}

// seriesLine reads `bar [1, 2]` or `line [1, 2]`: as many numbers as
// labels, each within the y axis.
func (c *xyChart) seriesLine(body string, seen map[string]bool) error {
	m := xySeries.FindStringSubmatch(body)
	if m == nil || !seen["x-axis"] || !seen["y-axis"] {
		return fmt.Errorf("want a series of numbers after both axes")
	}
	var values []float64
	for _, v := range strings.Split(m[2], ", ") {
		if !xyNumRe.MatchString(v) {
			return fmt.Errorf("value %q is not a number", v)
		}
		f, _ := strconv.ParseFloat(v, 64)
		if f < c.yMin || f > c.yMax {
			return fmt.Errorf("value %v outside the y axis %v --> %v", f, c.yMin, c.yMax)
		}
		values = append(values, f)
	}
	if len(values) != len(c.labels) {
		return fmt.Errorf("%d values for %d labels", len(values), len(c.labels))
	}
	c.series = append(c.series, values)
	return nil
}

func TestOpenChartIsValidMermaid(t *testing.T) {
	labels := []string{"W39", "W40", "W41"}
	cases := []struct {
		values []int
		yMax   float64
	}{
		{[]int{0, 0, 0}, 5},
		{[]int{1, 4, 2}, 5},
		{[]int{5, 3, 0}, 5},
		{[]int{6, 12, 9}, 15},
		{[]int{120, 0, 37}, 120},
	}
	for _, c := range cases {
		chart, err := checkXYChart("text\n\n" + openChart(labels, c.values))
		if err != nil {
			t.Errorf("%v: %v\n%s", c.values, err, openChart(labels, c.values))
			continue
		}
		if chart.yMax != c.yMax || chart.yMin != 0 || len(chart.series) != 1 || chart.title != chartTitle {
			t.Errorf("%v: got %+v, want y axis 0 --> %v and one series", c.values, chart, c.yMax)
		}
	}
}

// The checker refuses what is outside the subset or malformed.
func TestCheckXYChartRefuses(t *testing.T) {
	bad := map[string]string{
		"no block":        "text only",
		"not closed":      "```mermaid\nxychart-beta\n    bar [1]\n",
		"wrong type":      "```mermaid\ngantt\n```\n",
		"unquoted label":  "```mermaid\nxychart-beta\n    x-axis [W1, W2]\n    y-axis \"n\" 0 --> 5\n    bar [1, 2]\n```\n",
		"short series":    "```mermaid\nxychart-beta\n    x-axis [\"a\", \"b\"]\n    y-axis \"n\" 0 --> 5\n    bar [1]\n```\n",
		"over the axis":   "```mermaid\nxychart-beta\n    x-axis [\"a\"]\n    y-axis \"n\" 0 --> 5\n    bar [6]\n```\n",
		"empty axis":      "```mermaid\nxychart-beta\n    x-axis [\"a\"]\n    y-axis \"n\" 5 --> 5\n    bar [5]\n```\n",
		"series first":    "```mermaid\nxychart-beta\n    bar [1]\n    x-axis [\"a\"]\n```\n",
		"no series":       "```mermaid\nxychart-beta\n    x-axis [\"a\"]\n    y-axis \"n\" 0 --> 5\n```\n",
		"two titles":      "```mermaid\nxychart-beta\n    title \"a\"\n    title \"b\"\n```\n",
		"not a number":    "```mermaid\nxychart-beta\n    x-axis [\"a\"]\n    y-axis \"n\" 0 --> 5\n    bar [x]\n```\n",
		"bad indentation": "```mermaid\nxychart-beta\n  x-axis [\"a\"]\n```\n",
		"unknown":         "```mermaid\nxychart-beta\n    legend on\n```\n",
	}
	for name, md := range bad {
		if _, err := checkXYChart(md); err == nil {
			t.Errorf("%s: accepted\n%s", name, md)
		}
	}
}
