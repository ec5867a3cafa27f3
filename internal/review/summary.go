package review

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/mdtext"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// counts counts findings by severity.
func counts(files []*File) [3]int {
	var c [3]int
	for _, f := range files {
		for _, fd := range f.all() {
			c[fd.Severity]++
		}
	}
	return c
}

// checkTitle is the check run's title: the counts, or why there is
// nothing to say.
func checkTitle(files []*File) string {
	if len(files) == 0 {
		return "No post-mortems to review"
	}
	c := counts(files)
	if c[lint.Error]+c[lint.Warning]+c[lint.Notice] == 0 {
		return fmt.Sprintf("No problems in %s", mdtext.Plural(len(files), "post-mortem"))
	}
	return fmt.Sprintf("%s, %s, %s", mdtext.Plural(c[lint.Error], "error"), mdtext.Plural(c[lint.Warning], "warning"), mdtext.Plural(c[lint.Notice], "notice"))
}

// checkSummary is the check run's summary in Markdown: counts per rule
// family, the actions that become issues on merge, and each incident's
// timeline.
func checkSummary(files []*File, now time.Time) string {
	if len(files) == 0 {
		return "This pull request changes no file under the configured post-mortem paths: nothing to review."
	}
	var b strings.Builder
	writeFamilies(&b, files)
	for _, f := range files {
		if f.Doc != nil {
			writeActions(&b, f)
			writeDone(&b, f)
			writeOwners(&b, f)
			writeTimeline(&b, f)
		}
	}
	fmt.Fprintf(&b, "\n<sub>Reviewed %s.</sub>\n", now.UTC().Format("2006-01-02 15:04 UTC"))
	return b.String()
}

// writeFamilies writes a table of findings per rule family and severity.
func writeFamilies(b *strings.Builder, files []*File) {
	byFamily := map[string]*[3]int{}
	for _, f := range files {
		for _, fd := range f.all() {
			if byFamily[fd.Family()] == nil {
				byFamily[fd.Family()] = &[3]int{}
			}
			byFamily[fd.Family()][fd.Severity]++
		}
	}
	fmt.Fprintf(b, "Reviewed %s.\n\n", mdtext.Plural(len(files), "post-mortem"))
	if len(byFamily) == 0 {
		b.WriteString("No problems found.\n")
		return
	}
	b.WriteString("| Rules | Errors | Warnings | Notices |\n| --- | ---: | ---: | ---: |\n")
	for _, fam := range slices.Sorted(maps.Keys(byFamily)) {
		c := byFamily[fam]
		fmt.Fprintf(b, "| %s | %d | %d | %d |\n", fam, c[lint.Error], c[lint.Warning], c[lint.Notice])
	}
}

// writeActions lists the open actions of f without an issue: those that
// become issues when the pull request merges.
func writeActions(b *strings.Builder, f *File) {
	var lines []string
	for _, a := range f.Doc.Actions {
		if a.Tracked() && a.Issue == 0 {
			lines = append(lines, fmt.Sprintf("| %s | %s | %s | %s |", mdtext.Cell(a.Title), mdtext.Owner(a.Owner), mdtext.Cell(a.DueRaw), mdtext.Cell(a.Milestone)))
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### Issues opened on merge: `%s`\n\n| Action | Owner | Due | Milestone |\n| --- | --- | --- | --- |\n", f.Path)
	b.WriteString(strings.Join(lines, "\n") + "\n")
}

// writeDone lists what f's reading took as already done, so that a
// person can correct it before merge: actions ticked or marked done,
// which open no issue, and steps a record of what was done lists, which
// are not actions at all.
func writeDone(b *strings.Builder, f *File) {
	rows := map[int]string{}
	for _, a := range f.Doc.Actions {
		if a.Status != postmortem.Open && a.Issue == 0 {
			rows[a.Line] = fmt.Sprintf("| %d | %s | action marked %s |", a.Line, mdtext.Cell(a.Title), strings.ToLower(a.Status.String()))
		}
	}
	for _, s := range f.Doc.Steps {
		rows[s.Line] = fmt.Sprintf("| %d | %s | a step already taken |", s.Line, mdtext.Cell(s.Text))
	}
	var lines []string
	for _, n := range slices.Sorted(maps.Keys(rows)) {
		lines = append(lines, rows[n])
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### Read as done, no issue opened: `%s`\n\nIf one of these is still to do, write it as an open task (`- [ ] …`) under the action items.\n\n| Line | Item | Read as |\n| --- | --- | --- |\n", f.Path)
	b.WriteString(strings.Join(lines, "\n") + "\n")
}

// writeTimeline draws the incident's start, detection and end as a
// Mermaid chart with time to detect and time to resolve, when the times
// are known.
func writeTimeline(b *strings.Builder, f *File) {
	start, detect, end := f.Doc.TimeUTC("start"), f.Doc.TimeUTC("detect"), f.Doc.TimeUTC("end")
	if start.IsZero() || detect.IsZero() || end.IsZero() || detect.Before(start) || end.Before(detect) {
		return
	}
	const layout = "2006-01-02 15:04"
	fmt.Fprintf(b, "\n### Timeline: `%s`\n\nTime to detect: **%s**; time to resolve: **%s**.\n\n", f.Path, mdtext.Span(detect.Sub(start)), mdtext.Span(end.Sub(start)))
	fmt.Fprintf(b, "```mermaid\ngantt\n    title Incident (UTC)\n    dateFormat YYYY-MM-DD HH:mm\n    axisFormat %%H:%%M\n    section Incident\n")
	fmt.Fprintf(b, "    Start to detection (%s) :crit, %s, %s\n", mdtext.Span(detect.Sub(start)), start.Format(layout), detect.Format(layout))
	fmt.Fprintf(b, "    Detection to end (%s) :active, %s, %s\n```\n", mdtext.Span(end.Sub(detect)), detect.Format(layout), end.Format(layout))
}

// writeOwners lists what would go wrong on merge with f's actions'
// owners and milestones.
func writeOwners(b *strings.Builder, f *File) {
	if len(f.Owners) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### Before merge: `%s`\n\n", f.Path)
	for _, fd := range f.Owners {
		fmt.Fprintf(b, "- line %d, **%s**: %s\n", fd.Line, fd.Rule, fd.Message)
	}
}
