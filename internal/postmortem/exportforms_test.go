package postmortem

import "testing"

// Under an action heading, a tracker's list whose id column has a name
// of the tool's own is read by its Title column: the heading says the
// rows are actions, and an assignee or status column stands beside it.
func TestSectionTitleColumn(t *testing.T) {
	src := "# Queue backlog\n\n## Action items\n\n" +
		"| Title | WorkRef | Assignee | Status |\n| --- | --- | --- | --- |\n" +
		"| Cap the batch consumer's share of workers | wr-00a17 | hana.k | Resolved |\n" +
		"| Alert on queue age above ten minutes | wr-00a18 | ole.b | Open |\n\n" +
		"## Appendix\n\n| Title | Assignee |\n| --- | --- |\n| Queue dashboard | ole.b |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v, want the two rows under the action heading", doc.Actions)
	}
	if a := doc.Actions[1]; a.Title != "Alert on queue age above ten minutes" || a.Owner != "ole.b" || a.Status != Open {
		t.Errorf("second action %+v", a)
	}
	if doc.Actions[0].Status == Open {
		t.Errorf("first action %+v, want it closed", doc.Actions[0])
	}
}

// A checklist with a box still open, under a heading no vocabulary
// names, is the action list of a document that has no action heading;
// where the document has one, such a checklist is left alone.
func TestOpenChecklistUnderAnyHeading(t *testing.T) {
	src := "# Printer queue stuck\n\nDate: 2026-05-04\n\n## What broke\n\nThe spooler hung.\n\n" +
		"## Patches\n\n- [x] Restart the spooler nightly @Ravi Das\n- [ ] Watch the spool directory size @Ravi Das May 20\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Restart the spooler nightly|Ravi Das|||Done",
		"Watch the spool directory size|Ravi Das|2026-05-20||Open",
	})
	other := src + "\n## Action items\n\n| Action | Owner |\n| --- | --- |\n| Replace the spooler | @ravi |\n"
	if doc := mustParse(t, []byte(other)); len(doc.Actions) != 1 || doc.Actions[0].Owner != "ravi" {
		t.Errorf("actions %+v, want only the action table's row", doc.Actions)
	}
}

// A heading that opens a sentence its items finish, "On Friday night
// we", holds what was done: its items are steps, not actions; one that
// says what is to come is not.
func TestHeadingEndingInWe(t *testing.T) {
	src := "# Mail relay down\n\n## Over the weekend we\n\n- Moved the relay to the spare host.\n- Flushed the deferred queue.\n\n" +
		"## Follow-ups\n\n- [ ] Add a second relay — @ivo\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the two under the heading", doc.Steps)
	}
	if len(doc.Actions) != 1 {
		t.Errorf("actions %+v, want the follow-up alone", doc.Actions)
	}
	if weOpensRecord(" next quarter we ") || weOpensRecord(" then we ") || !weOpensRecord(" on the night we ") {
		t.Errorf("weOpensRecord reads a heading of what is to come as a record, or the reverse")
	}
}

// A due date ending an item right after its owner's mention or page
// link, with "due" or without, as notes tools and outliners write it;
// a date in the title with no owner before it stays in the title.
func TestDueAfterMention(t *testing.T) {
	src := "# Lift gates offline\n\nDate: 2026-11-20\n\n## Action items\n\n" +
		"- [ ] Page on a stale gate list @Owen Park Dec 3\n" +
		"- [ ] Split the pass list [[Mei Lin]] due [[December 11th, 2026]]\n" +
		"- [ ] Retire the old sync host @mlin due 8 Jan\n" +
		"- [ ] Replay the gate logs from Nov 18\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Page on a stale gate list|Owen Park|2026-12-03||Open",
		"Split the pass list|Mei Lin|2026-12-11||Open",
		"Retire the old sync host|mlin|2027-01-08||Open",
		"Replay the gate logs from Nov 18||||Open",
	})
}

// An outliner writes a task's state as a template holding a page link,
// "{{[[TODO]]}}", "{{[[DONE]]}}": a state, no part of the title. A struck
// title followed by a state word and its reason ("parked: …") is
// closed as not planned.
func TestOutlinerTemplateStates(t *testing.T) {
	src := "# Sync outage\n\n## Action items\n\n" +
		"- {{[[TODO]]}} Rotate the sync token [[Ada Byrne]]\n" +
		"- {{[[DONE]]}} Restart the sync job [[Ada Byrne]]\n" +
		"- ~~Move sync to the hosted service~~ parked: not offered before 2028\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 3 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	if a := doc.Actions[0]; a.Title != "Rotate the sync token" || a.Owner != "Ada Byrne" || a.Status != Open {
		t.Errorf("first %+v", a)
	}
	if a := doc.Actions[1]; a.Title != "Restart the sync job" || a.Status != Done {
		t.Errorf("second %+v", a)
	}
	if a := doc.Actions[2]; a.Status != NotPlanned {
		t.Errorf("third %+v, want it closed as not planned", a)
	}
}

// Fields joined by middle dots after a title, as an on-call tool
// exports a checklist, with "Assigned:" as the owner's label; and an
// owner's name in parentheses with their team or role after a comma.
func TestAssignedAndNameWithRole(t *testing.T) {
	src := "# SMS reminders dropped\n\n## Action items\n\n" +
		"- [ ] Track the provider key's expiry · Assigned: dchen · Due: Nov 27, 2026\n" +
		"- [ ] Grant the rota console access · Assigned: pnair\n" +
		"- [ ] Agree who may send orders by hand (Burak Aydın, purchasing)\n" +
		"- [ ] Pin the client library (Kafka, staging)\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Track the provider key's expiry|dchen|2026-11-27||Open",
		"Grant the rota console access|pnair|||Open",
		"Agree who may send orders by hand|Burak Aydın|||Open",
		"Pin the client library (Kafka, staging)||||Open",
	})
}

// An item whose last words are separated by more than one space, or
// that ends in a space, is no due date and no fault.
func TestEndDueSpacing(t *testing.T) {
	for _, item := range []string{"- [ ] Fix it @ana  4", "- [ ] Fix it @ana Dec  ", "- [ ] @a 4", "- [ ] x  @ana"} {
		mustParse(t, []byte("# T\n\n## Action items\n\n"+item+"\n"))
	}
	if !mayEndInDue([]byte("Fix it @ana Dec 4")) || mayEndInDue([]byte("Fix it @ana  4")) {
		t.Errorf("mayEndInDue misreads the spacing of an item's last words")
	}
}
