package lint

import (
	"fmt"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Rule ids of the fields family.
const (
	ruleFieldMissing     = "fields/missing"
	ruleFieldEmpty       = "fields/empty"
	ruleFieldPlaceholder = "fields/placeholder"
	ruleFieldNotApplies  = "fields/not-applicable"
	ruleUntimedEvent     = "fields/untimed-event"
)

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleFieldMissing, Error, "A required field or section is missing.", "Readers and the summary figures rely on every post-mortem carrying the same fields."},
		{ruleFieldEmpty, Error, "A required field or section is empty.", "An empty field reads as unknown, and the figures that depend on it cannot be computed."},
		{ruleFieldPlaceholder, Error, "A value is still the template's placeholder.", "A placeholder such as <Name> or TBD says the document was published before it was finished."},
		{ruleFieldNotApplies, Notice, "A start, detection or end time is given as not applicable.", "N/A is an answer, not a gap, but the time-to-detect and time-to-recover figures leave the incident out: say in the summary why there is no time."},
		{ruleUntimedEvent, Warning, "A \"What happened\" entry has no timestamp.", "The template asks for a timestamp on every event so readers can follow the incident in order."},
	})
}

// fieldNames are how findings name canonical keys.
var fieldNames = map[string]string{
	"date": "Date", "contact": "Contact", "created_by": "Created by", "facilitated_by": "Facilitated by",
	"start": "Start Time", "end": "End Time", "detect": "Detect Time", "severity": "Severity", "title": "Title",
	"what_happened": "What happened", "remediation": "Remediation", "short_summary": "Short Summary",
	"additional_info": "Additional Info", "bug_tickets": "Bug Tickets", "tags": "Tags", "description": "Description",
	"timeline": "Timeline", "impact": "Impact", "root_cause": "Root cause", "incident_date": "Incident date",
}

func fieldName(key string) string {
	if n, ok := fieldNames[key]; ok {
		return n
	}
	return key
}

// checkFields reports required fields and sections that are missing or
// empty, and placeholders left anywhere in fields and the title.
func checkFields(c *checker) {
	for _, key := range c.l.opt.RequiredFields {
		c.requiredField(key)
	}
	if c.template {
		return // a template's placeholders are its slots
	}
	if postmortem.IsPlaceholder(c.doc.Title) && c.doc.Title != "" {
		c.report(ruleFieldPlaceholder, c.doc.TitleSpan, "The title is still the template's placeholder: name the incident in a few words.", nil)
	}
	for _, f := range c.doc.Fields {
		if timeKey(f.Key) && postmortem.NotApplicable(f.Value) {
			if _, ok := c.readTime(f.Key); ok {
				continue // the timeline gives the time after all
			}
			c.report(ruleFieldNotApplies, f.Span, fmt.Sprintf("%s is given as %q: the summary figures leave this incident out, so say in the summary why there is no time (no impact, nothing to recover).", f.Label, f.Value), nil)
			continue
		}
		if f.Value != "" && postmortem.IsPlaceholder(f.Value) {
			c.report(ruleFieldPlaceholder, f.Span, fmt.Sprintf("%s is still the placeholder %q: fill it in or remove the row.", f.Label, f.Value), nil)
		}
	}
}

func (c *checker) requiredField(key string) {
	if key == "title" {
		if c.doc.Title == "" {
			c.report(ruleFieldMissing, c.doc.LineSpan(1), "The document has no title: start it with a level-one heading that names the incident.", nil)
		}
		return
	}
	if f, ok := c.field(key); ok {
		if strings.TrimSpace(f.Value) == "" && !c.template {
			c.report(ruleFieldEmpty, c.emptySpan(f), fmt.Sprintf("%s is empty: fill it in so the post-mortem is complete.", f.Label), nil)
		}
		return
	}
	if s, ok := c.doc.Section(key); ok {
		if !s.Empty || c.template || (key == "remediation" && len(c.doc.Actions) == 0) { // actions/none says it
			return
		}
		if s.Unanswered { // the answer is absent, not blank
			c.report(ruleFieldMissing, s.HeadingSpan, fmt.Sprintf("The form's question %q was left unanswered (No response): answer it so the post-mortem is complete.", s.Name), nil)
			return
		}
		c.report(ruleFieldEmpty, s.HeadingSpan, fmt.Sprintf("The %q section is empty: the template asks for it.", s.Name), nil)
		return
	}
	if c.givenElsewhere(key) {
		return
	}
	if c.template && (isSectionKey(key) || isFieldKey(key)) {
		c.reportNotice(ruleFieldMissing, c.startSpan(), fmt.Sprintf("This reads as a template, and it has no place for %s (%s): add one so the post-mortems written from it give it.", fieldName(key), lookedFor[isSectionKey(key)]))
		return
	}
	if isSectionKey(key) || isFieldKey(key) {
		c.report(ruleFieldMissing, c.startSpan(), fmt.Sprintf("%s is missing (%s%s): the template asks for it, and the summary figures depend on it.", fieldName(key), lookedFor[isSectionKey(key)], configHint[isSectionKey(key)]), nil)
	}
}

// fieldStandIns are the fields that give a required field when it is
// not written itself: a document that names its author, or the
// facilitator of its review, has a contact, and one that dates the
// incident has a date. The parser keeps them apart; only the check for
// a missing field takes one for the other.
var fieldStandIns = map[string][]string{
	postmortem.FieldDate:    {postmortem.FieldIncidentDate},
	postmortem.FieldContact: {postmortem.FieldCreatedBy, postmortem.FieldFacilitatedBy},
}

// field finds a required field, or the field that stands in for it.
func (c *checker) field(key string) (postmortem.Field, bool) {
	if f, ok := c.doc.Field(key); ok {
		return f, ok
	}
	for _, k := range fieldStandIns[key] {
		if f, ok := c.doc.Field(k); ok {
			return f, ok
		}
	}
	return postmortem.Field{}, false
}

// givenElsewhere reports a required field or section that the document
// gives in another form: a start, detect or end time read from the
// timeline, a date from a dated timeline, what happened from the
// timeline's entries.
func (c *checker) givenElsewhere(key string) bool {
	if c.timelineSlot(key) {
		return true
	}
	switch key {
	case postmortem.FieldStart, postmortem.FieldDetect, postmortem.FieldEnd:
		_, ok := c.doc.Time(key)
		return ok
	case postmortem.FieldDate:
		if f, ok := c.doc.Field(postmortem.FieldStart); ok && postmortem.IsPlaceholder(f.Value) {
			return true // a template's Start Date/Time slot holds the date
		}
		return c.datedMoment() || c.doc.TimelineDateSlot() // a template's timeline asks for the date
	case "remediation":
		// How the incident was resolved, or a record of what was done,
		// is the remediation of a document that lists no follow-ups;
		// actions/none still says when nothing is left to track.
		_, resolved := c.doc.Section(postmortem.SectionResolution)
		_, record := c.doc.Section(postmortem.SectionRecord)
		return resolved || record || len(c.doc.Actions) > 0 // actions told elsewhere: in prose, under another heading
	case "short_summary":
		// An overview or description that opens the document is its summary.
		_, ok := c.doc.Section("description")
		return ok
	case "what_happened":
		if _, ok := c.doc.Section("timeline"); ok && len(c.doc.Events) > 0 {
			return true
		}
		return len(c.doc.Events) >= 2 || c.summaryOfWhatHappened()
	}
	return false
}

// summaryOfWhatHappened reports a summary whose heading says it tells
// what happened, in short: "What happened, in one paragraph".
func (c *checker) summaryOfWhatHappened() bool {
	for _, s := range c.doc.Sections {
		if s.Key == "short_summary" && strings.Contains(strings.ToLower(s.Name), "what happened") {
			return true
		}
	}
	return false
}

// datedMoment reports a stated start, detection or end, or a timeline
// entry, that names its day: the incident is dated, and a reader asking
// for the date finds it there ("Detected: 2026-11-03 14:19 UTC", a
// timeline under "### 3 November").
func (c *checker) datedMoment() bool {
	for _, key := range [...]string{postmortem.FieldStart, postmortem.FieldDetect, postmortem.FieldEnd} {
		if t, ok := c.doc.Time(key); ok && t.HasDate && t.Err == nil {
			return true
		}
	}
	for _, e := range c.doc.Events {
		if e.HasDate && !e.Time.IsZero() {
			return true
		}
	}
	return false
}

// timelineSlot reports a field the timeline would give, in a document
// whose timeline is there but has no entries yet: a template's empty
// slot is not a missing field. It reports the empty timeline once.
func (c *checker) timelineSlot(key string) bool {
	switch key {
	case postmortem.FieldStart, postmortem.FieldDetect, postmortem.FieldEnd, postmortem.FieldDate, "what_happened":
	default:
		return false
	}
	s, ok := c.doc.Section("timeline")
	if ok && c.doc.Unplaced() {
		return true // in offsets from an unstated T+0: the times are there, not placed
	}
	if !ok || len(c.doc.Events) > 0 {
		return false
	}
	if !c.emptyTimeline && !c.template {
		c.emptyTimeline = true
		c.report(ruleFieldEmpty, s.HeadingSpan, fmt.Sprintf("The %q section has no entries: list what happened with a time for each, and mark when it started, was detected and ended.", s.Name), nil)
	}
	return true
}

// lookedFor says, in a missing field's finding, which layouts were read.
var lookedFor = map[bool]string{
	true:  "no heading of that meaning, **Key**: paragraph, or front-matter key gives it",
	false: "no table row or column, Key: value line or bullet, heading, front-matter key or timeline entry gives it",
}

// configHint adds, in a missing field's finding, where a team's own
// label for it goes.
var configHint = map[bool]string{false: "; a label of your own goes under `fields:` in the configuration"}

// emptySpan points an empty field's finding at its label.
func (c *checker) emptySpan(f postmortem.Field) postmortem.Span {
	if f.LabelSpan.Valid() {
		return f.LabelSpan
	}
	return f.Span
}

// timeKey reports the keys of the incident's start, detection and end.
func timeKey(key string) bool {
	return key == postmortem.FieldStart || key == postmortem.FieldDetect || key == postmortem.FieldEnd
}

func isSectionKey(key string) bool {
	_, ok := postmortem.DefaultSections[key]
	return ok
}

func isFieldKey(key string) bool {
	for _, k := range postmortem.FieldKeys {
		if k == key {
			return true
		}
	}
	return false
}

// opensWithTime reports whether an event opens with a time of day:
// "14:02", "**14:02 UTC**", "2026-11-02 14:02", "[14:02]" (after spaces
// and the marks " *_`[(", an optional "YYYY-MM-DD" and a space or "T",
// one or two digits, a colon and two digits), or after up to three
// words that lead to it ("At 14:02", "Between 07:45 and 09:10", "Alle
// 7.58", "Kl. 08.41": a dotted clock counts after such words).
func opensWithTime(s string) bool {
	i := skipMarks(s, 0)
	if clockAt(s, i) {
		return true
	}
	if isoDayAt(s, i) && i+10 < len(s) && (s[i+10] == ' ' || s[i+10] == 'T') && clockAt(s, i+11) {
		return true
	}
	for w := 0; w < 3; w++ {
		j := i
		for j < len(s) && s[j] != ' ' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		if j == i || j >= len(s) || s[j] != ' ' {
			return false // not a word of letters and a space
		}
		i = skipMarks(s, j)
		if clockAt(s, i) || dottedClockAt(s, i) {
			return true
		}
	}
	return false
}

// skipMarks passes over spaces and the marks " *_`[(" from i.
func skipMarks(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\n\f\r*_`[(", s[i]) >= 0 {
		i++
	}
	return i
}

// dottedClockAt reports whether s has "H.MM" or "HH.MM" at i, an hour
// of the day and its minutes, ending there: "7.58", "08.41".
func dottedClockAt(s string, i int) bool {
	h, m, ok := clockParts(s, i, '.')
	return ok && !digitsAt(s, i+len(h)+3, 1) && atoi2(h) < 24 && atoi2(m) < 60
}

// atoi2 is the value of one or two ASCII digits.
func atoi2(d string) int {
	v := 0
	for k := 0; k < len(d); k++ {
		v = v*10 + int(d[k]-'0')
	}
	return v
}

// clockAt reports whether s has "H:MM" or "HH:MM" at i.
func clockAt(s string, i int) bool {
	_, _, ok := clockParts(s, i, ':')
	return ok
}

// clockParts reads one or two digits of an hour at i, the separator sep
// and two digits of minutes, and returns the hour's and the minutes'
// digits.
func clockParts(s string, i int, sep byte) (hour, minute string, ok bool) {
	if !digitsAt(s, i, 1) {
		return "", "", false
	}
	n := 1
	if digitsAt(s, i+1, 1) {
		n = 2
	}
	if i+n >= len(s) || s[i+n] != sep || !digitsAt(s, i+n+1, 2) {
		return "", "", false
	}
	return s[i : i+n], s[i+n+1 : i+n+3], true
}

// isoDayAt reports whether s has "YYYY-MM-DD" at i.
func isoDayAt(s string, i int) bool {
	return digitsAt(s, i, 4) && i+4 < len(s) && s[i+4] == '-' && digitsAt(s, i+5, 2) &&
		i+7 < len(s) && s[i+7] == '-' && digitsAt(s, i+8, 2)
}

// digitsAt reports whether s has n ASCII digits at i.
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// checkEventTimes reports "What happened" entries without a timestamp.
func checkEventTimes(c *checker) {
	s, ok := c.doc.Section("what_happened")
	if !ok {
		return
	}
	for _, it := range s.Items {
		if !opensWithTime(it.Text) {
			c.report(ruleUntimedEvent, firstLine(c.doc, it.Span), "This event has no timestamp: start it with the time it happened (e.g. 14:02 UTC) so the sequence can be followed.", nil)
		}
	}
}

// firstLine narrows a span to its first line.
func firstLine(d *postmortem.Document, s postmortem.Span) postmortem.Span {
	ls := d.LineSpan(d.Line(s.Start))
	return postmortem.Span{Start: s.Start, End: min(s.End, ls.End)}
}
