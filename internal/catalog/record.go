// Package catalog writes the index of a repository's post-mortems: a
// Markdown file listing each incident with its date, severity, tags,
// time to detect and to resolve and its actions, by year, with Mermaid
// charts GitHub renders and a section per tag.
//
// The index is a function of the post-mortems alone: the same documents
// give the same bytes, so writing it again when nothing changed changes
// nothing.
package catalog

import (
	"path"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Record is what the index shows of one post-mortem. Read fills one in
// from a parsed document; the app may then add what GitHub knows (when
// each action's issue was opened and closed).
type Record struct {
	// Path is the document's slash path, relative to the repository root
	// (or absolute, as long as the index path is too).
	Path     string
	Title    string
	Severity string // upper-cased, "SEV2"; "" when not given
	Tags     []string
	// Date is the day the incident began, in the zone the document
	// writes it in; zero when the document does not say.
	Date time.Time
	// Start, Detect and End are the incident's times, zero when unknown.
	Start, Detect, End time.Time
	Actions            []Action
}

// Action is what the index counts of one action item.
type Action struct {
	Status postmortem.Status
	// Issue is the number of the action's issue, 0 when it has none: by
	// it the app finds the days GitHub knows.
	Issue int
	// Opened is when the action was opened (its issue's creation, or
	// the post-mortem's date); Closed when it was done or dropped, zero
	// when it is open or the closing day is not known.
	Opened, Closed time.Time
}

// Read returns the record of the post-mortem at path.
func Read(p string, doc *postmortem.Document) Record {
	r := Record{
		Path:     p,
		Title:    strings.Join(strings.Fields(doc.Title), " "),
		Severity: postmortem.NormalizeSeverity(doc.Severity),
		Tags:     doc.Tags(),
		Start:    timeOf(doc, postmortem.FieldStart),
		Detect:   timeOf(doc, postmortem.FieldDetect),
		End:      timeOf(doc, postmortem.FieldEnd),
	}
	r.Date = incidentDay(p, doc, r.Start)
	opened := written(doc, r.Date)
	for _, a := range doc.Actions {
		r.Actions = append(r.Actions, Action{Status: a.Status, Issue: a.Issue, Opened: opened})
	}
	return r
}

// timeOf returns the timeline's time under key, or zero.
func timeOf(doc *postmortem.Document, key string) time.Time {
	t, ok := doc.Time(key)
	if !ok || t.Err != nil {
		return time.Time{}
	}
	return t.Time
}

// pathDateRe finds a date in a file name, as `new` names files:
// postmortems/2026-11-03-replica-lag.md.
// It is compiled on first use, not at every start of the command line.
var pathDateRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d{4}-\d{2}-\d{2}`) })

// incidentDay is the day the incident began: its start, else the
// incident date, the document's date, or the date in its file name.
func incidentDay(p string, doc *postmortem.Document, start time.Time) time.Time {
	if !start.IsZero() {
		y, m, d := start.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	for _, key := range []string{postmortem.FieldIncidentDate, postmortem.FieldDate} {
		if t, ok := fieldDay(doc, key); ok {
			return t
		}
	}
	t, _ := postmortem.ParseDate(pathDateRe().FindString(path.Base(p)))
	return t
}

// written is the day the post-mortem was written: its Date field, else
// the incident's day. Its actions count as opened then.
func written(doc *postmortem.Document, day time.Time) time.Time {
	if t, ok := fieldDay(doc, postmortem.FieldDate); ok && !t.Before(day) {
		return t
	}
	return day
}

// fieldDay reads the field under key as a day.
func fieldDay(doc *postmortem.Document, key string) (time.Time, bool) {
	f, ok := doc.Field(key)
	if !ok {
		return time.Time{}, false
	}
	return postmortem.ParseDate(f.Value)
}
