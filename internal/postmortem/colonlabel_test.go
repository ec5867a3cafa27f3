package postmortem

import "testing"

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
