package weekly

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/postmortem-bot/postmortem-bot/internal/mdtext"
)

// maxSummaryChars bounds the length of a summary: GitHub refuses an
// issue body over 65,536 characters; the rest is margin.
const maxSummaryChars = 60000

// renderSummary writes the summary issue's body in Markdown, ending with
// its hidden marker. It holds no clock time finer than the day, so that
// a second run on the same day and data writes the same body. A body
// that would be longer than maxSummaryChars lists only the most urgent
// open actions (a quarter fewer at each try) and links to the others.
func renderSummary(s *weeklySummary) string {
	urgent := s.byUrgency()
	for n := len(urgent); ; n = n * 3 / 4 {
		s.shown, s.hidden = map[int]bool{}, len(urgent)-n
		for _, a := range urgent[:n] {
			s.shown[a.Number] = true
		}
		if md := renderBody(s); n == 0 || utf8.RuneCountInString(md) <= maxSummaryChars {
			return md
		}
	}
}

// byUrgency lists the open actions, most urgent first.
func (s *weeklySummary) byUrgency() []weeklyAction {
	var all []weeklyAction
	for _, g := range s.Open {
		all = append(all, g.Actions...)
	}
	slices.SortFunc(all, func(a, b weeklyAction) int { return compareOpen(a, b, s.clock) })
	return all
}

// renderBody writes the body listing the open actions s.shown holds.
func renderBody(s *weeklySummary) string {
	var b strings.Builder
	writeHeadline(&b, s)
	if s.Counts.Open > 0 {
		writeOpen(&b, s)
		writeMissing(&b, s)
	}
	writeClosed(&b, s)
	writeFigures(&b, s.Windows)
	if s.Counts.Open > 0 {
		fmt.Fprintf(&b, "\n### Open actions at the end of each week\n\n%s", openChart(s.ChartLabels, s.ChartOpen))
	}
	fmt.Fprintf(&b, "\n%s\n", summaryMarker(s.src.repo, s.clock.week))
	return b.String()
}

// writeHeadline writes the counts of open actions, or that there are
// none, and the day the summary speaks of.
func writeHeadline(b *strings.Builder, s *weeklySummary) {
	c := s.Counts
	if c.Open == 0 {
		fmt.Fprintf(b, "**No open actions** from the post-mortems of %s this week.\n", s.src.repo)
	} else {
		fmt.Fprintf(b, "**%s** from %s of %s: **%d overdue**, %d due this week, %d later.",
			mdtext.Plural(c.Open, "open action"), mdtext.Plural(len(s.Open), "post-mortem"), s.src.repo, c.Overdue, c.ThisWeek, c.Later)
		if c.NoOwner+c.NoDue > 0 {
			fmt.Fprintf(b, " %d without an owner, %d without a due date.", c.NoOwner, c.NoDue)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "\n<sub>As of %s (%s), ISO week %s.</sub>\n", s.clock.now.Format("Monday 2 January 2006"), s.clock.loc, s.clock.week)
}

// writeOpen writes a table of the shown open actions per post-mortem,
// and how many more there are.
func writeOpen(b *strings.Builder, s *weeklySummary) {
	b.WriteString("\n### Open actions\n")
	for _, g := range s.Open {
		if !slices.ContainsFunc(g.Actions, func(a weeklyAction) bool { return s.shown[a.Number] }) {
			continue
		}
		fmt.Fprintf(b, "\n#### %s · %s · %s\n\n", s.docLink(g), cmpOr(g.Severity, "no severity"), cmpOr(g.Date, "no date"))
		b.WriteString("| Status | Action | Owner | Due | Age |\n| --- | --- | --- | --- | ---: |\n")
		for _, a := range g.Actions {
			if s.shown[a.Number] {
				fmt.Fprintf(b, "| %s | %s %s | %s | %s | %s |\n", s.status(a), s.ref(a), mdtext.Cell(a.Title), mdtext.Owner(a.Owner),
					dateCell(a.Due), mdtext.Plural(wholeDays(s.clock.now.Sub(a.Created)), "day"))
			}
		}
	}
	if s.hidden > 0 {
		fmt.Fprintf(b, "\nAnd %s, less urgent than those above, not listed to keep this issue within GitHub's size limit: see [all open actions](%s).\n",
			mdtext.Plural(s.hidden, "more open action"), s.openActionsURL())
	}
}

// openActionsURL is the address of the repository's open action issues.
func (s *weeklySummary) openActionsURL() string {
	q := "is:issue is:open"
	if s.src.label != "" {
		q += ` label:"` + s.src.label + `"`
	}
	return s.src.url + "/issues?q=" + url.QueryEscape(q)
}

// docLink links a group's post-mortem on the default branch.
func (s *weeklySummary) docLink(g openGroup) string {
	title := g.Title
	if title == "" {
		title = "`" + g.Doc + "`"
	}
	return fmt.Sprintf("[%s](%s/blob/%s/%s)", strings.ReplaceAll(title, "]", `\]`), s.src.url, s.src.branch, g.Doc)
}

// status says how urgent the open action a is.
func (s *weeklySummary) status(a weeklyAction) string {
	switch urgencyOf(a, s.clock) {
	case overdue:
		return fmt.Sprintf("**overdue** by %s", mdtext.Plural(wholeDays(s.clock.today.Sub(a.Due)), "day"))
	case dueThisWeek:
		return "due this week"
	}
	return "later"
}

// ref links the issue of a, named "#12" or "owner/name#12".
func (s *weeklySummary) ref(a weeklyAction) string {
	return fmt.Sprintf("[%s#%d](%s)", s.src.refPrefix, a.Number, a.URL)
}

// writeMissing lists the open actions without an owner or a due date.
func writeMissing(b *strings.Builder, s *weeklySummary) {
	if len(s.Missing) == 0 {
		return
	}
	b.WriteString("\n### Without an owner or a due date\n\n")
	for _, a := range s.Missing {
		if !s.shown[a.Number] {
			continue
		}
		var lack []string
		if a.Owner == "" {
			lack = append(lack, "no owner")
		}
		if a.Due.IsZero() {
			lack = append(lack, "no due date")
		}
		fmt.Fprintf(b, "- %s %s: **%s**\n", s.ref(a), a.Title, strings.Join(lack, ", "))
	}
}

// writeClosed lists what closed this week and thanks the owners of what
// was done, each once.
func writeClosed(b *strings.Builder, s *weeklySummary) {
	b.WriteString("\n### Closed this week\n\n")
	if len(s.Closed) == 0 {
		b.WriteString("Nothing closed this week.\n")
		return
	}
	var thanks []string
	seen := map[string]bool{}
	for _, a := range s.Closed {
		note := "no owner"
		switch {
		case a.NotPlanned:
			note = "not planned"
		case a.Owner != "":
			note = "@" + a.Owner
		}
		if !a.NotPlanned && a.Owner != "" && !seen[strings.ToLower(a.Owner)] {
			seen[strings.ToLower(a.Owner)] = true
			thanks = append(thanks, "@"+a.Owner)
		}
		fmt.Fprintf(b, "- %s %s (%s)\n", s.ref(a), a.Title, note)
	}
	if len(thanks) > 0 {
		fmt.Fprintf(b, "\nThank you %s!\n", andList(thanks))
	}
}

// andList joins items as "a", "a and b", "a, b and c".
func andList(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// figureRow is one row of the figures table: a label and how to show a
// window's figure.
type figureRow struct {
	label string
	show  func(windowFigures) string
}

// figureRows are the rows of the figures table.
var figureRows = []figureRow{
	{"Incidents", func(f windowFigures) string { return strconv.Itoa(f.Incidents) }},
	{"By severity", severityCell},
	{"Time to detect, median", func(f windowFigures) string { return durationCell(f.Detect, f.Detect.Median) }},
	{"Time to detect, 90th percentile", func(f windowFigures) string { return durationCell(f.Detect, f.Detect.P90) }},
	{"Time to resolve, median", func(f windowFigures) string { return durationCell(f.Resolve, f.Resolve.Median) }},
	{"Time to resolve, 90th percentile", func(f windowFigures) string { return durationCell(f.Resolve, f.Resolve.P90) }},
	{"Actions opened / closed", openedClosedCell},
	{"Median days to close", func(f windowFigures) string { return countCell(f.DaysToClose.N, f.DaysToClose.Median) }},
	{"Closed by their due date", onTimeCell},
}

// writeFigures writes the figures of the windows side by side, and how
// they are computed.
func writeFigures(b *strings.Builder, windows []windowFigures) {
	b.WriteString("\n### Figures\n\n|")
	for _, w := range windows {
		fmt.Fprintf(b, " | Last %d weeks", w.Weeks)
	}
	b.WriteString(" |\n| ---" + strings.Repeat(" | ---:", len(windows)) + " |\n")
	for _, row := range figureRows {
		b.WriteString("| " + row.label)
		for _, w := range windows {
			b.WriteString(" | " + row.show(w))
		}
		b.WriteString(" |\n")
	}
	b.WriteString("\nIncidents are the post-mortems whose incident started in the window; times run from the start in " +
		"their timeline to detection and to the end. Medians and 90th percentiles are nearest-rank (always one of the values; " +
		"n is how many). Actions count by when their issue was opened and closed.\n")
}

// severityCell lists a window's incidents by severity.
func severityCell(f windowFigures) string {
	var parts []string
	for _, sev := range severityOrder(f.BySeverity) {
		parts = append(parts, fmt.Sprintf("%s: %d", sev, f.BySeverity[sev]))
	}
	return cmpOr(strings.Join(parts, ", "), "—")
}

// durationCell shows d of a sample, with the sample's size.
func durationCell(q quantiles[time.Duration], d time.Duration) string {
	if q.N == 0 {
		return "—"
	}
	return fmt.Sprintf("%s (n=%d)", mdtext.Span(d), q.N)
}

// countCell shows v of a sample of n, "—" for none.
func countCell(n, v int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprintf("%d (n=%d)", v, n)
}

// openedClosedCell shows actions opened and closed.
func openedClosedCell(f windowFigures) string {
	s := fmt.Sprintf("%d / %d", f.Opened, f.Closed)
	if f.NotPlanned > 0 {
		s += fmt.Sprintf(" (+%d not planned)", f.NotPlanned)
	}
	return s
}

// onTimeCell shows the share of completed actions closed by their due
// date.
func onTimeCell(f windowFigures) string {
	if f.WithDue == 0 {
		return "—"
	}
	return fmt.Sprintf("%d%% (%d of %d)", (200*f.OnTime+f.WithDue)/(2*f.WithDue), f.OnTime, f.WithDue)
}

// dateCell is a date as YYYY-MM-DD, "—" for none.
func dateCell(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format(time.DateOnly)
}

// wholeDays is d in whole days, rounded down.
func wholeDays(d time.Duration) int { return int(d / (24 * time.Hour)) }
