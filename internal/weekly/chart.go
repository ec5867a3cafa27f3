package weekly

import (
	"fmt"
	"strconv"
	"strings"
)

// chartTitle is the title of the summary's chart.
const chartTitle = "Open actions at the end of each week"

// openChart draws values (open actions at the end of each week) over
// labels as a Mermaid xychart-beta bar chart, which GitHub renders in a
// ```mermaid block. Labels are quoted; the y axis runs from 0 to the
// largest value rounded up to a multiple of 5 (at least 5).
func openChart(labels []string, values []int) string {
	top := 0
	for _, v := range values {
		top = max(top, v)
	}
	top = max((top+4)/5*5, 5)
	quoted := make([]string, len(labels))
	for i, l := range labels {
		quoted[i] = strconv.Quote(l)
	}
	nums := make([]string, len(values))
	for i, v := range values {
		nums[i] = strconv.Itoa(v)
	}
	var b strings.Builder
	b.WriteString("```mermaid\nxychart-beta\n")
	fmt.Fprintf(&b, "    title %q\n", chartTitle)
	fmt.Fprintf(&b, "    x-axis [%s]\n", strings.Join(quoted, ", "))
	fmt.Fprintf(&b, "    y-axis \"Open actions\" 0 --> %d\n", top)
	fmt.Fprintf(&b, "    bar [%s]\n```\n", strings.Join(nums, ", "))
	return b.String()
}
