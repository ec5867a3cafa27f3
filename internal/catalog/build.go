package catalog

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Options says where the index goes.
type Options struct {
	// IndexPath is the index file's slash path from the repository root:
	// links are relative to its directory. Empty is a file at the root.
	IndexPath string
}

// Header opens every index: it says the file is written by the tool.
const Header = "<!-- Written by postmortem-bot index from the post-mortems: edit them, not this file. -->\n"

// Build returns the index of the post-mortems recs as Markdown. The
// bytes depend only on recs (in any order) and opt.
func Build(recs []Record, opt Options) ([]byte, error) {
	recs = sorted(recs)
	ix := &index{recs: recs, from: opt.IndexPath, anchors: map[string]string{}}
	if ix.from == "" {
		ix.from = "INDEX.md"
	}
	ix.plan()
	if err := ix.write(); err != nil {
		return nil, err
	}
	return []byte(ix.b.String()), nil
}

// sorted orders records newest first, undated last, then by path.
func sorted(recs []Record) []Record {
	out := slices.Clone(recs)
	slices.SortStableFunc(out, func(a, b Record) int {
		if c := cmp.Compare(undated(a), undated(b)); c != 0 {
			return c
		}
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	return out
}

// undated is 1 for a record without a date, which sorts last.
func undated(r Record) int {
	if r.Date.IsZero() {
		return 1
	}
	return 0
}

// index is the index being written.
type index struct {
	recs    []Record
	from    string
	years   []string          // section names: "2026", …, "Undated"
	tags    []string          // sorted
	anchors map[string]string // section name or "tag:"+tag → anchor
	b       strings.Builder
}

// plan names the sections and gives each heading its anchor, in the
// order they are written.
func (ix *index) plan() {
	tags := map[string]bool{}
	for _, r := range ix.recs {
		if y := yearOf(r); !slices.Contains(ix.years, y) {
			ix.years = append(ix.years, y)
		}
		for _, t := range r.Tags {
			tags[t] = true
		}
	}
	for t := range tags {
		ix.tags = append(ix.tags, t)
	}
	slices.Sort(ix.tags)
	s := slugger{}
	for _, h := range []string{"Post-mortems", "Charts", chartHeadings[0], chartHeadings[1], chartHeadings[2]} {
		ix.anchors[h] = s.anchor(h)
	}
	for _, y := range ix.years {
		ix.anchors[y] = s.anchor(y)
	}
	ix.anchors["By tag"] = s.anchor("By tag")
	for _, t := range ix.tags {
		ix.anchors["tag:"+t] = s.anchor(t)
	}
}

func yearOf(r Record) string {
	if r.Date.IsZero() {
		return "Undated"
	}
	return strconv.Itoa(r.Date.Year())
}

var chartHeadings = [3]string{"Incidents", "Time to resolve", "Open actions"}

func (ix *index) write() error {
	ix.b.WriteString(Header + "\n# Post-mortems\n\n")
	if len(ix.recs) == 0 {
		ix.b.WriteString("No post-mortems yet.\n")
		return nil
	}
	ix.b.WriteString(ix.totals() + "\n\n" + ix.contents() + "\n\n")
	ix.charts()
	for _, y := range ix.years {
		if err := ix.year(y); err != nil {
			return err
		}
	}
	return ix.byTag()
}

// totals is the opening line: how many post-mortems and actions.
func (ix *index) totals() string {
	var open, done, dropped int
	for _, r := range ix.recs {
		o, d, n := counts(r)
		open, done, dropped = open+o, done+d, dropped+n
	}
	s := fmt.Sprintf("%s; actions: %d open, %d done", plural(len(ix.recs), "post-mortem"), open, done)
	if dropped > 0 {
		s += fmt.Sprintf(", %d not planned", dropped)
	}
	return s + "."
}

// counts returns how many of r's actions are open, done and dropped.
func counts(r Record) (open, done, dropped int) {
	for _, a := range r.Actions {
		switch a.Status {
		case postmortem.Open:
			open++
		case postmortem.Done:
			done++
		default:
			dropped++
		}
	}
	return open, done, dropped
}

// contents links the sections.
func (ix *index) contents() string {
	names := append([]string{"Charts"}, ix.years...)
	if len(ix.tags) > 0 {
		names = append(names, "By tag")
	}
	links := make([]string, len(names))
	for i, n := range names {
		links[i] = "[" + n + "](#" + ix.anchors[n] + ")"
	}
	return strings.Join(links, " · ")
}

func (ix *index) charts() {
	ix.b.WriteString("## Charts\n\n")
	for i, chart := range []func([]Record) string{incidentsChart, resolveChart, openChart} {
		ix.b.WriteString("### " + chartHeadings[i] + "\n\n" + chart(ix.recs) + "\n")
	}
}

// year writes the table of one year's post-mortems.
func (ix *index) year(y string) error {
	ix.b.WriteString("## " + y + "\n\n")
	ix.b.WriteString("| Post-mortem | Date | Severity | Tags | Detected in | Resolved in | Open | Done |\n")
	ix.b.WriteString("| --- | --- | --- | --- | --- | --- | ---: | ---: |\n")
	for _, r := range ix.recs {
		if yearOf(r) != y {
			continue
		}
		row, err := ix.row(r)
		if err != nil {
			return err
		}
		ix.b.WriteString(row)
	}
	ix.b.WriteString("\n")
	return nil
}

// row writes one post-mortem's table row.
func (ix *index) row(r Record) (string, error) {
	title, err := link(titleOf(r), ix.from, r.Path)
	if err != nil {
		return "", fmt.Errorf("linking %s from %s: %w", r.Path, ix.from, err)
	}
	open, done, dropped := counts(r)
	doneCell := strconv.Itoa(done)
	if dropped > 0 {
		doneCell += fmt.Sprintf(" (+%d not planned)", dropped)
	}
	cells := []string{title, day(r), cell(r.Severity), ix.tagLinks(r.Tags),
		duration(detectTime(r)), duration(resolveTime(r)), strconv.Itoa(open), doneCell}
	return "| " + strings.Join(cells, " | ") + " |\n", nil
}

// titleOf is the record's title, or its file name.
func titleOf(r Record) string {
	if r.Title != "" {
		return r.Title
	}
	return strings.TrimSuffix(path.Base(r.Path), path.Ext(r.Path))
}

func day(r Record) string {
	if r.Date.IsZero() {
		return "—"
	}
	return r.Date.Format("2006-01-02")
}

// tagLinks links each tag to its section.
func (ix *index) tagLinks(tags []string) string {
	if len(tags) == 0 {
		return "—"
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = "[" + cell(t) + "](#" + ix.anchors["tag:"+t] + ")"
	}
	return strings.Join(out, ", ")
}

// byTag writes a section per tag listing its post-mortems.
func (ix *index) byTag() error {
	if len(ix.tags) == 0 {
		return nil
	}
	ix.b.WriteString("## By tag\n")
	for _, t := range ix.tags {
		ix.b.WriteString("\n### " + cell(t) + "\n\n")
		for _, r := range ix.recs {
			if !slices.Contains(r.Tags, t) {
				continue
			}
			title, err := link(titleOf(r), ix.from, r.Path)
			if err != nil {
				return fmt.Errorf("linking %s from %s: %w", r.Path, ix.from, err)
			}
			ix.b.WriteString("- " + title + " — " + day(r) + ", " + cell(severityName(r.Severity)) + "\n")
		}
	}
	return nil
}
