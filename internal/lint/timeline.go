package lint

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Rule ids of the timeline family.
const (
	ruleTimeOrder      = "timeline/order"
	ruleTimeNoZone     = "timeline/no-zone"
	ruleTimeUnreadable = "timeline/unreadable"
	ruleLateReview     = "timeline/late-review"
)

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleTimeOrder, Error, "The incident is detected or ends before it starts.", "Time to detect and time to resolve are computed from these times, and a contradiction makes both wrong."},
		{ruleTimeNoZone, Warning, "A time has no time zone.", "Readers in other zones, and the figures, cannot place a time without a zone."},
		{ruleTimeUnreadable, Warning, "A timeline value cannot be read as a time.", "The figures need times they can compute with, such as 2026-11-02 14:02 UTC."},
		{ruleLateReview, Notice, "The review meeting was held long after the incident ended.", "Memories of what people saw and why they acted fade, and links between cause and effect are lost."},
	})
}

// checkTimeline reports unreadable times, times without a zone, and
// contradictions between start, detect and end.
func checkTimeline(c *checker) {
	for _, t := range c.doc.Times {
		c.checkEntry(t)
	}
	c.checkOrder(postmortem.FieldStart, postmortem.FieldDetect, "detected")
	if !c.checkOrder(postmortem.FieldStart, postmortem.FieldEnd, "ended") {
		c.checkOrder(postmortem.FieldDetect, postmortem.FieldEnd, "ended")
	}
	checkEvents(c)
	checkLateReview(c)
}

// checkOrder reports a time before the one it must follow: detected or
// ended before the start, ended before it was detected. It reports
// whether it found one.
func (c *checker) checkOrder(firstKey, laterKey, verb string) bool {
	first, ok1 := c.readTime(firstKey)
	later, ok2 := c.readTime(laterKey)
	if !ok1 || !ok2 || later.HasZone != first.HasZone || !later.Time.Before(first.Time) {
		return false
	}
	msg := fmt.Sprintf("%s (%s) is before %s (%s): the incident cannot have %s then; check the date, the time and the zone.", later.Label, later.Raw, first.Label, first.Raw, verb)
	if first.Inferred || later.Inferred {
		// A time read from the timeline or the summary is the reading's,
		// not a field the writer gave: the contradiction may be the
		// reading's, so it asks rather than fails the check.
		c.reportAtMost(ruleTimeOrder, later.Span, msg+" One of the two was read from the timeline or the summary: if it was read wrongly, state the time as a field.", Warning)
		return true
	}
	c.report(ruleTimeOrder, later.Span, msg, nil)
	return true
}

// checkEvents reports entries of the timeline that come before the
// entry above them on the same day, and entries without a zone, once.
func checkEvents(c *checker) {
	var noZone []postmortem.Event
	var prev postmortem.Event
	for _, e := range c.doc.Events {
		if e.Time.IsZero() {
			continue
		}
		if !e.HasZone && e.HasClock() {
			noZone = append(noZone, e)
		}
		if e.OutOfOrder {
			c.report(ruleTimeOrder, e.Span, fmt.Sprintf("This entry (%s) is earlier than the one before it (%s) on the same day: put it in order, or correct its time or date.", e.Raw, prev.Raw), nil)
		}
		prev = e
	}
	if len(noZone) > 0 && !c.timesNamedZone() {
		c.report(ruleTimeNoZone, noZone[0].Span, fmt.Sprintf("%d of the timeline's entries have no time zone: add one to each, or say above the timeline that all times are in UTC.", len(noZone)), nil)
	}
}

// timesNamedZone reports whether a header time without a zone was
// already reported: the timeline's note would repeat it.
func (c *checker) timesNamedZone() bool {
	for _, t := range c.doc.Times {
		if !t.Inferred && t.Err == nil && !t.HasZone && !t.Time.IsZero() {
			return true
		}
	}
	return false
}

func (c *checker) checkEntry(t postmortem.TimeEntry) {
	if t.Inferred {
		return // read from the timeline or the summary: the entries are checked there
	}
	switch {
	case t.Err == postmortem.ErrNoTime:
	case t.Err != nil:
		c.report(ruleTimeUnreadable, t.Span, fmt.Sprintf("%s cannot be read as a time (%v): write it like 2026-11-02 14:02 UTC.", t.Label, t.Err), nil)
	case !t.HasZone:
		c.report(ruleTimeNoZone, t.Span, fmt.Sprintf("%s %q has no time zone: add one (e.g. UTC) so every reader and the figures place it the same way.", t.Label, t.Raw), nil)
	}
}

// readTime returns a timeline entry that was read.
func (c *checker) readTime(key string) (postmortem.TimeEntry, bool) {
	t, ok := c.doc.Time(key)
	return t, ok && t.Err == nil && !t.Time.IsZero()
}

// checkLateReview compares the meeting date with the incident's end.
func checkLateReview(c *checker) {
	end, ok := c.readTime(postmortem.FieldEnd)
	f, okF := c.doc.Field(postmortem.FieldDate)
	if !ok || !okF || c.l.opt.MaxMeetingDelay <= 0 || !c.reviewDate(f) {
		return
	}
	met, ok := postmortem.ParseDate(f.Value)
	if !ok {
		return
	}
	endDay := time.Date(end.Time.Year(), end.Time.Month(), end.Time.Day(), 0, 0, 0, 0, time.UTC)
	if delay := met.Sub(endDay); delay > c.l.opt.MaxMeetingDelay {
		c.report(ruleLateReview, f.Span, fmt.Sprintf("The review was held %d days after the incident ended: hold it within %s, while people still remember what they saw and why they acted.", int(delay.Hours()/24), days(c.l.opt.MaxMeetingDelay)), nil)
	}
}

// publishedLabels name the date a report was published or written,
// which says nothing of when the review met.
var publishedLabels = map[string]bool{
	"published": true, "published on": true, "date published": true, "last updated": true, "written on": true,
	"written": true, "report date": true, "date of report": true, "updated": true,
}

// reviewDate reports whether the document's date is when its review
// met. A date labelled as published or written is not. Nor is a front
// matter's date, the date a site publishes the page under, unless the
// document records a review: a facilitator, or a section of attendees,
// participants or the review meeting.
func (c *checker) reviewDate(f postmortem.Field) bool {
	label := strings.ToLower(strings.Trim(strings.TrimSpace(f.Label), "*_:"))
	if publishedLabels[label] {
		return false
	}
	if !c.inFrontMatter(f.Span) {
		return true
	}
	if _, ok := c.doc.Field(postmortem.FieldFacilitatedBy); ok {
		return true
	}
	for _, s := range c.doc.Sections {
		name := strings.ToLower(s.Name)
		if strings.Contains(name, "attendees") || strings.Contains(name, "participants") || strings.Contains(name, "review meeting") || strings.Contains(name, "retrospective") {
			return true
		}
	}
	return false
}

// inFrontMatter reports a span inside the document's front matter.
func (c *checker) inFrontMatter(s postmortem.Span) bool {
	src := c.doc.Source
	if !bytes.HasPrefix(src, []byte("---")) {
		return false
	}
	end := bytes.Index(src[3:], []byte("\n---"))
	return end >= 0 && s.Start < end+3
}

func days(d time.Duration) string {
	n := int(d.Hours() / 24)
	if n == 1 {
		return "1 day"
	}
	if d%(24*time.Hour) != 0 {
		return d.String()
	}
	return fmt.Sprintf("%d days", n)
}
