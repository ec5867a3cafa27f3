package lint

import (
	"strings"
	"testing"
)

// Templates in the layouts teams keep them in: headings left empty,
// tables with empty cells, placeholders, a timeline that asks for its
// date. Each has an action list to fill.
var templatesWithActionSlot = map[string]string{
	"empty headings": "# Title\n\n### Date\n\n### Authors\n\n### Summary\n\n### Impact\n\n## Action Items\n\n## Timeline\n",
	"empty table rows": "# Incident review\n\n| Field | Value |\n|---|---|\n| Date | |\n| Lead | |\n\n## What happened\n\n| Time | Event |\n|---|---|\n| | |\n\n" +
		"## Follow-ups\n\n| Action | Owner | Due |\n|---|---|---|\n| | | |\n| | | |\n",
	"placeholders":     "# <Incident name>\n\nDate: <YYYY-MM-DD>\nLead: TBD\n\n## Summary\n\n## Timeline\n\n- <HH:MM> <what happened>\n\n## Action items\n\n-\n",
	"issue form":       "# Post-incident review\n\n### Date\n\n_No response_\n\n### Incident lead\n\n_No response_\n\n### Root cause\n\n### Remediation\n",
	"empty tasks":      "# Incident title - DD/MM/YYYY\n\n## Incident Lead:\n\n## Timeline\n\n## Follow-ups\n\n- [ ] \n",
	"outline":          "# Incident\n\n## Summary\n\n## What went wrong\n\n### Causes\n\n## Follow-ups\n",
	"placeholder cell": "# Incident\n\n## Summary\n\nWhat broke, for whom.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 20xx-MM-DD HH:mm | Short event description |\n\n## Action items\n\n-\n",
}

// A template's empty action list is the slot post-mortems written from
// it fill in: it is not a post-mortem without countermeasures.
func TestTemplateActionSlotIsNotMissingActions(t *testing.T) {
	for name, src := range templatesWithActionSlot {
		if fs := lintText(t, DefaultOptions(), src); has(fs, ruleNoActions, 0) {
			t.Errorf("%s: got actions/none:%s", name, describe(fs))
		}
	}
}

// A template with no place for action items gets a notice that asks for
// one, however severe the configuration makes actions/none, and nothing
// when the rule is off.
func TestTemplateWithoutActionSlot(t *testing.T) {
	src := "# INCIDENT NAME\n\n## Summary\n\nWhat broke, for whom.\n\n## Timeline (all times UTC) DATE RANGE\n\n09:10 DATE: First thing noticed\n\n09:40 DATE: Second thing done\n\n## Lessons\n\nWhat we learnt.\n"
	for _, sev := range []Severity{Notice, Error} {
		opt := DefaultOptions()
		opt.Severity = map[string]Severity{ruleNoActions: sev}
		got := findingsOf(lintText(t, opt, src), ruleNoActions)
		if len(got) != 1 || got[0].Severity != Notice || !strings.Contains(got[0].Message, "template") || got[0].Line != 1 {
			t.Errorf("configured %v: got %+v, want one notice on line 1 about the template", sev, got)
		}
	}
	opt := DefaultOptions()
	opt.Disabled = map[string]bool{ruleNoActions: true}
	if got := findingsOf(lintText(t, opt, src), ruleNoActions); len(got) != 0 {
		t.Errorf("rule off: got %+v", got)
	}
}

// A post-mortem that records an incident and lists no action keeps the
// error, whether it has an empty action list or none: a dated field, a
// timed timeline entry or a step taken is a record, not a slot.
func TestWrittenDocumentWithoutActionsKeepsTheError(t *testing.T) {
	for name, src := range map[string]string{
		"no action section": "# Queue stall\n\nDate: 2026-11-02\n\n## Summary\n\nThe queue stopped draining for 98 minutes.\n\n## Timeline\n\n- 14:02 UTC Consumers stopped acknowledging.\n- 15:40 UTC Consumers restarted.\n",
		"empty action list": "# Queue stall\n\nDate: 2026-11-02\n\n## Summary\n\n## Action items\n",
		"timeline only":     "# Queue stall\n\n## Summary\n\n## Timeline\n\n- 14:02 UTC Consumers stopped acknowledging.\n\n## Action items\n",
		"steps only":        "# Queue stall\n\n## Summary\n\n## Actions taken\n\n- Restarted the consumers.\n\n## Action items\n",
		"template begun":    "# Queue stall\n\n### Date\n\n2026-11-02\n\n### Authors\n\n### Summary\n\n## Action Items\n",
		"answered N/A":      "# Queue stall\n\n| Field | Value |\n|---|---|\n| Time to recovery | N/A |\n\n## Summary\n\n## Action items\n",
		"narrative":         "# Queue stall\n\n## Summary\n\nThe queue stopped draining for 98 minutes after a consumer deploy.\n\n## Timeline\n\n## Action items\n",
	} {
		got := findingsOf(lintText(t, DefaultOptions(), src), ruleNoActions)
		if len(got) != 1 || got[0].Severity != Error {
			t.Errorf("%s: got %+v, want the actions/none error", name, got)
		}
	}
}

// A document with no slot and nothing recorded (a title alone, headings
// over their subsections) is not a template: it is reviewed as a
// post-mortem not yet written.
func TestNoSlotIsNotATemplate(t *testing.T) {
	for _, src := range []string{
		"# Queue stall\n",
		"# Queue stall\n\n## What happened\n\n### Monday\n\nThe queue stopped draining in the morning.\n",
	} {
		if got := findingsOf(lintText(t, DefaultOptions(), src), ruleNoActions); len(got) != 1 || got[0].Severity != Error {
			t.Errorf("%q: got %+v, want the actions/none error", src, got)
		}
	}
}
