package lint

import (
	"slices"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// noActions reports a document without action items. A template is not
// a post-mortem without countermeasures: its action list is a slot to
// fill, and it gets nothing when it has one, and a notice when it has
// no place for action items at all.
func (c *checker) noActions() {
	if !c.template {
		c.report(ruleNoActions, c.actionsSpan(), "No action items found: list each countermeasure as a task (- [ ] …) or a table row with an owner and a due date.", nil)
		return
	}
	if s, ok := c.doc.Section("remediation"); ok && !s.Record {
		return // the template's empty action list is the slot
	}
	c.reportNotice(ruleNoActions, c.startSpan(), "This reads as a template, and it has no section for action items: add one (\"## Action items\" with a task list, - [ ] … — owner: @login, due: YYYY-MM-DD) so the post-mortems written from it list their countermeasures.")
}

// reportNotice reports a finding at most as a notice, whatever the
// severity configured for its rule; a rule turned off stays off.
func (c *checker) reportNotice(id string, span postmortem.Span, msg string) {
	c.reportAtMost(id, span, msg, Notice)
}

// reportAtMost is report with the finding's severity capped at most.
func (c *checker) reportAtMost(id string, span postmortem.Span, msg string, most Severity) {
	n := len(c.out)
	c.report(id, span, msg, nil)
	if len(c.out) > n {
		c.out[n].Severity = min(c.out[n].Severity, most)
	}
}

// stillTemplate reports a document that is still a template: it
// records nothing of an incident yet (no field with a value, no timeline
// entry with a time, no action item or step taken) and has a template's
// slots: a field left empty or as a placeholder, a placeholder in its
// text ("<owner>", "TBD"), a timeline that asks for its date, or nothing
// but empty headings. A draft that has begun to record the incident is a
// post-mortem, held to all the rules, and so is one whose only gaps are
// headings with nothing under them beside written text.
func stillTemplate(d *postmortem.Document) bool {
	if len(d.Actions)+len(d.Steps) > 0 || slices.ContainsFunc(d.Fields, filledField) {
		return false
	}
	dateSlot := d.TimelineDateSlot()
	if !dateSlot && slices.ContainsFunc(d.Events, timedEvent) {
		return false // entries timed in a timeline that does not ask for its date
	}
	return dateSlot || len(d.Fields) > 0 || slices.ContainsFunc(d.Prose, placeholderProse) || onlyEmptyHeadings(d)
}

// skeleton reports a document with a template's structure: sections or
// fields to fill, or a timeline that asks for its date. A title over a
// "TODO" is a post-mortem not yet written, not a template.
func skeleton(d *postmortem.Document) bool {
	return len(d.Sections) >= 2 || len(d.Fields) >= 2 || d.TimelineDateSlot()
}

// filledField reports a field with a value, not a template's slot; "N/A"
// is an answer.
func filledField(f postmortem.Field) bool { return !slot(f.Value) }

// slot reports text left empty or as a template's placeholder, which
// "N/A" is not: it says there is nothing to tell.
func slot(s string) bool { return postmortem.IsPlaceholder(s) && !postmortem.NotApplicable(s) }

// timedEvent reports a timeline entry whose time is written, not a slot.
func timedEvent(e postmortem.Event) bool { return !postmortem.IsPlaceholder(e.Raw) }

// placeholderProse reports a piece of text that is all a placeholder: a
// table cell "<owner>", a paragraph "TBD" or "_No response_".
func placeholderProse(p postmortem.Prose) bool {
	return strings.TrimSpace(p.Text) != "" && slot(p.Text)
}

// onlyEmptyHeadings reports a document whose headings all have nothing
// under them: an outline to fill in.
func onlyEmptyHeadings(d *postmortem.Document) bool {
	leaves := 0
	for _, s := range d.Sections {
		if s.Form != "" || !leaf(d, s) {
			continue
		}
		if !s.Empty {
			return false
		}
		leaves++
	}
	return leaves > 0
}

// leaf reports a section with no subsection under it.
func leaf(d *postmortem.Document, s postmortem.Section) bool {
	for _, t := range d.Sections {
		if t.Span.Start > s.Span.Start && t.Span.Start < s.Span.End {
			return false
		}
	}
	return true
}
