// Package mdtext writes the small pieces of Markdown the app's issues and
// check runs share: counts, table cells, mentions and durations.
package mdtext

import (
	"fmt"
	"strings"
	"time"
)

// Plural is "1 thing" or "n things".
func Plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// Cell is s fit for a table cell; "—" when empty.
func Cell(s string) string {
	if s == "" {
		return "—"
	}
	return strings.ReplaceAll(s, "|", `\|`)
}

// Owner is @login, or a warning when there is none.
func Owner(login string) string {
	if login == "" {
		return "**none**"
	}
	return "@" + login
}

// Span formats a duration in hours and minutes: "1h38m", "7m".
func Span(d time.Duration) string {
	d = d.Round(time.Minute)
	if d < time.Hour {
		return fmt.Sprintf("%dm", int(d.Minutes()))
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}
