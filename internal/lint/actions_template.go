package lint

import (
	"slices"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// noActions reports a document without action items. A template is not
// a post-mortem without countermeasures: its action list is a slot to
// fill, and it gets nothing when it has one, and a notice when it has
// no place for action items at all.
func (c *checker) noActions() {
	if !stillTemplate(c.doc) {
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
	n := len(c.out)
	c.report(id, span, msg, nil)
	if len(c.out) > n {
		c.out[n].Severity = min(c.out[n].Severity, Notice)
	}
}

// stillTemplate reports a document that is still a template: it has a
// template's slots (a field left empty or as a placeholder, a section
// with nothing under its heading, a date slot in the timeline) and
// records nothing of an incident yet: no field with a value, no timeline
// entry with a time, no action item or step taken. A draft that has
// begun to record the incident is a post-mortem, held to all the rules.
func stillTemplate(d *postmortem.Document) bool {
	if len(d.Actions)+len(d.Steps) > 0 || slices.ContainsFunc(d.Fields, filledField) {
		return false
	}
	dateSlot := d.TimelineDateSlot()
	if !dateSlot && slices.ContainsFunc(d.Events, timedEvent) {
		return false // entries timed in a timeline that does not ask for its date
	}
	return dateSlot || len(d.Fields) > 0 || slices.ContainsFunc(d.Sections, func(s postmortem.Section) bool { return emptyLeaf(d, s) })
}

// filledField reports a field with a value, not a template's slot.
func filledField(f postmortem.Field) bool { return !postmortem.IsPlaceholder(f.Value) }

// timedEvent reports a timeline entry whose time is written, not a slot.
func timedEvent(e postmortem.Event) bool { return !postmortem.IsPlaceholder(e.Raw) }

// emptyLeaf reports an empty section with no subsection under it: a
// heading left as a slot. A heading followed only by its subsections is
// empty too, but it is the outline of a written document as much as of
// a template.
func emptyLeaf(d *postmortem.Document, s postmortem.Section) bool {
	if !s.Empty || s.Form != "" {
		return false
	}
	for _, t := range d.Sections {
		if t.Span.Start > s.Span.Start && t.Span.Start < s.Span.End {
			return false
		}
	}
	return true
}
