package lint

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Rule ids of the fields family.
const (
	ruleFieldMissing     = "fields/missing"
	ruleFieldEmpty       = "fields/empty"
	ruleFieldPlaceholder = "fields/placeholder"
	ruleUntimedEvent     = "fields/untimed-event"
)

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleFieldMissing, Error, "A required field or section is missing.", "Readers and the summary figures rely on every post-mortem carrying the same fields."},
		{ruleFieldEmpty, Error, "A required field or section is empty.", "An empty field reads as unknown, and the figures that depend on it cannot be computed."},
		{ruleFieldPlaceholder, Error, "A value is still the template's placeholder.", "A placeholder such as <Name> or TBD says the document was published before it was finished."},
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
	if postmortem.IsPlaceholder(c.doc.Title) && c.doc.Title != "" {
		c.report(ruleFieldPlaceholder, c.doc.TitleSpan, "The title is still the template's placeholder: name the incident in a few words.", nil)
	}
	for _, f := range c.doc.Fields {
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
		if strings.TrimSpace(f.Value) == "" {
			c.report(ruleFieldEmpty, c.emptySpan(f), fmt.Sprintf("%s is empty: fill it in so the post-mortem is complete.", f.Label), nil)
		}
		return
	}
	if s, ok := c.doc.Section(key); ok {
		if s.Empty && (key != "remediation" || len(c.doc.Actions) > 0) { // actions/none says it
			c.report(ruleFieldEmpty, s.HeadingSpan, fmt.Sprintf("The %q section is empty: the template asks for it.", s.Name), nil)
		}
		return
	}
	if isSectionKey(key) || isFieldKey(key) {
		c.report(ruleFieldMissing, c.startSpan(), fmt.Sprintf("%s is missing: the template asks for it, and the summary figures depend on it.", fieldName(key)), nil)
	}
}

// field finds a required field; a Date is also satisfied by an incident
// date.
func (c *checker) field(key string) (postmortem.Field, bool) {
	f, ok := c.doc.Field(key)
	if !ok && key == postmortem.FieldDate {
		return c.doc.Field(postmortem.FieldIncidentDate)
	}
	return f, ok
}

// emptySpan points an empty field's finding at its label.
func (c *checker) emptySpan(f postmortem.Field) postmortem.Span {
	if f.LabelSpan.Valid() {
		return f.LabelSpan
	}
	return f.Span
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

// timestampRe finds a time of day at the start of an event: "14:02",
// "**14:02 UTC**", "2026-11-02 14:02", "[14:02]".
var timestampRe = regexp.MustCompile(`^[\s*_\x60\[(]*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}`)

// checkEventTimes reports "What happened" entries without a timestamp.
func checkEventTimes(c *checker) {
	s, ok := c.doc.Section("what_happened")
	if !ok {
		return
	}
	for _, it := range s.Items {
		if !timestampRe.MatchString(it.Text) {
			c.report(ruleUntimedEvent, firstLine(c.doc, it.Span), "This event has no timestamp: start it with the time it happened (e.g. 14:02 UTC) so the sequence can be followed.", nil)
		}
	}
}

// firstLine narrows a span to its first line.
func firstLine(d *postmortem.Document, s postmortem.Span) postmortem.Span {
	ls := d.LineSpan(d.Line(s.Start))
	return postmortem.Span{Start: s.Start, End: min(s.End, ls.End)}
}
