package mermaid_test

import (
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/mermaid"
)

// A chart is one fenced block: width and colours first, then the chart,
// and a base drawn last; strings cannot break out of their quotes or
// lines; the y axis covers the values.
func TestXYChartBlock(t *testing.T) {
	c := mermaid.XYChart{
		Title: "A \"quoted\"\ntitle", Labels: []string{"x", "y"}, YTitle: "n",
		Series:  []mermaid.Series{{Kind: "bar", Title: `say "hi"`, Values: []float64{3, 11.5}}, {Kind: "line", Values: []float64{1, 2}}},
		Palette: []string{"#111111", "#222222"}, Base: "#eeeeee", Width: 900,
	}
	want := "```mermaid\n" +
		`%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#111111, #222222, #eeeeee"}},"xyChart":{"width":900}}}%%` + "\n" +
		"xychart-beta\n" +
		"    title \"A 'quoted' title\"\n" +
		"    x-axis [\"x\", \"y\"]\n" +
		"    y-axis \"n\" 0 --> 15\n" +
		"    bar \"say 'hi'\" [3, 11.5]\n" +
		"    line [1, 2]\n" +
		"    bar [0, 0]\n" +
		"```\n"
	if got := c.Block(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	empty := mermaid.XYChart{Title: "t", Labels: []string{"a"}, Series: []mermaid.Series{{Kind: "bar", Values: []float64{0}}}}
	if got := empty.Block(); !strings.Contains(got, "0 --> 5\n") || strings.Contains(got, "%%{") {
		t.Errorf("zero values: want an axis to 5 and no colours:\n%s", got)
	}
}
