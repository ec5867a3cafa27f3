package postmortem

import (
	"strings"
	"testing"
)

// A plain line ending with a colon names the list below it, as mail
// writes a section: the record's items are steps, the follow-ups are
// actions, and a list quoted from an earlier message after them is
// neither.
func TestColonLabelNamesTheListBelow(t *testing.T) {
	src := "# Printer queue stalled\n\nThe queue stalled for an hour.\n\n" +
		"What we did on the night:\n\n- Restarted the spooler by hand.\n- Cleared the stuck jobs at 09:45.\n\n" +
		"Reasons it took an hour:\n\n- Nobody watches the queue depth.\n\n" +
		"Follow-ups, as agreed in the review:\n\n1. Alert on queue depth over 50 (@ines)\n2. Write the spooler runbook (@bo)\n\n" +
		"Thanks.\n\n> Earlier draft:\n>\n> 1. Alert on the queue\n> 2. Buy another printer\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "ines" || doc.Actions[1].Title != "Write the spooler runbook" {
		t.Fatalf("actions %+v, want the two follow-ups", doc.Actions)
	}
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the restart and the clearing", doc.Steps)
	}
}

// A colon line that names no action list or record is not a section,
// and a long sentence ending with a colon is not a label.
func TestColonLineThatNamesNothing(t *testing.T) {
	src := "# Printer queue stalled\n\nWe looked at the following things on the night, in this order, before the fix:\n\n- Add more printers\n\nTasks:\n\n- [ ] Page on queue depth (@ines)\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Title != "Page on queue depth" {
		t.Fatalf("actions %+v, want the task alone", doc.Actions)
	}
}

// A colon label in the opening governs its list alone: the opening's
// prose after it is still the summary, read for the incident's times.
func TestColonLabelInTheOpening(t *testing.T) {
	src := "# Kiosk printers offline\n\nFollow-ups:\n\n- Alert on spooler restarts (@ines)\n- Pin the driver version (@bo)\n\n" +
		"The kiosk printers were offline from 08:10 to 09:25 CET on 12 March 2026 after a driver update reached every branch at once.\n" +
		"We were paged at 08:32 CET.\n\n## Notes\n\nThe branches kept paper forms.\n"
	doc := readChecked(t, src, nil, map[string]string{FieldStart: "2026-03-12T07:10Z", FieldDetect: "2026-03-12T07:32Z", FieldEnd: "2026-03-12T08:25Z"})
	if len(doc.Actions) != 2 {
		t.Errorf("actions %+v, want the two follow-ups", doc.Actions)
	}
	if s, _ := doc.Section("remediation"); s.Span.End > strings.Index(src, "The kiosk") {
		t.Errorf("the label's section runs to %d, past its list", s.Span.End)
	}
}

// A colon label whose list is the section's fields, or a run of its
// timeline's entries, labels nothing: the fields and the entries are
// read as the section's, and none is an action.
func TestColonLabelOverFieldsAndEntries(t *testing.T) {
	fields := "# Kiosk printers offline\n\nDate: 2026-03-12\n\n## Impact\n\nRemediation:\n\n" +
		"- Start: 08:10 CET\n- **Detected:** 08:32 CET\n- Resolved: 09:25 CET\n\n## Follow-ups\n\n- [ ] Pin the driver version (@bo)\n"
	doc := readChecked(t, fields, nil, map[string]string{FieldStart: "2026-03-12T07:10Z", FieldDetect: "2026-03-12T07:32Z", FieldEnd: "2026-03-12T08:25Z"})
	if len(doc.Actions) != 1 || len(doc.Steps) != 0 {
		t.Errorf("actions %+v, steps %+v, want the follow-up alone", doc.Actions, doc.Steps)
	}
	entries := "# Kiosk printers offline\n\nDate: 2026-03-12\n\n## Timeline (CET)\n\n- 08:10 driver update reaches the branches\n- 08:32 on-call paged\n\n" +
		"What we did:\n\n- 09:05 rolled the driver back\n- 09:25 printing back to normal\n\n## Follow-ups\n\n- [ ] Pin the driver version (@bo)\n"
	doc = readChecked(t, entries, nil, map[string]string{FieldEnd: "2026-03-12T08:25Z"})
	if len(doc.Events) != 4 || len(doc.Actions) != 1 {
		t.Errorf("%d entries, actions %+v, want 4 entries and the follow-up", len(doc.Events), doc.Actions)
	}
}
