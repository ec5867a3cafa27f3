package postmortem

import (
	"strings"
	"testing"
)

const planStory = "# Search index outage\n\n" +
	"On 2 November 2026 the search index stopped taking writes for two hours after a disk filled up on the primary node. " +
	"Writes queued in the ingest service and were replayed once we had moved the index to a larger volume.\n\n" +
	"## What we are changing\n\n" +
	"Next, we will add an alert on free disk space for every index node. We are going to move snapshots off the data volume, so that a snapshot can never fill it. " +
	"Going forward, we'll size index volumes from the ingest forecast. In the coming weeks, the team will rehearse a primary failover with the on-call rota.\n\n" +
	"As a longer-term fix (Q1 2027), we'll split the index across two clusters. We'll also cap the ingest queue's memory. This is already rolled out to every region.\n"

// Plans stated in sentences are the actions of a document with no
// action list, each with the due date its lead names, and done where the
// next sentence says it is already in place.
func TestProsePlansAsActions(t *testing.T) {
	doc := mustParse(t, []byte(planStory))
	want := []struct {
		title, due string
		done       bool
	}{
		{"Add an alert on free disk space", "", false},
		{"Move snapshots off the data volume", "", false},
		{"Size index volumes from the ingest forecast", "", false},
		{"Rehearse a primary failover", "", false},
		{"Split the index across two clusters", "2027-03-31", false},
		{"Cap the ingest queue's memory", "", true},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		due := dueString(a)
		if !strings.HasPrefix(a.Title, w.title) || due != w.due || a.Done() != w.done {
			t.Errorf("action %d: got %q due %q done %v, want %q due %q done %v", i, a.Title, due, a.Done(), w.title, w.due, w.done)
		}
	}
}

// Sentences about what would happen, about the write-up or about the
// team's stance are no plans; nor is a plan told in the timeline.
func TestProseThatIsNoPlan(t *testing.T) {
	src := "# Search index outage\n\n## Timeline\n\nAt 09:10 UTC we decided we will fail over if the disk fills again. The on-call said we'll restart the node at 09:20 UTC.\n\n" +
		"## Lessons\n\nIf the disk fills again, we will fail over to the replica first. We'll be making several changes to the index layout. " +
		"We will continue to take capacity planning seriously. We'll post the full review on the engineering blog next week.\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Fatalf("got actions %+v, want none", doc.Actions)
	}
}

// Beside an action list, the prose about the plan adds no action.
func TestProsePlansBesideActionList(t *testing.T) {
	src := planStory + "\n## Action items\n\n- [ ] Alert on free disk space — @ines, due 2026-12-01\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "ines" {
		t.Fatalf("got %+v, want the list's one action", doc.Actions)
	}
}

// A plan stated in prose takes its issue number and its status after
// the sentence, before its stop, and reads them back.
func TestProsePlanEdits(t *testing.T) {
	src := "# Queue stall\n\nThe consumers stopped acking after the broker upgrade and the backlog grew for an hour before we rolled the upgrade back and replayed the queue.\n\n" +
		"Next, we will add an alert on consumer lag for every queue.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 {
		t.Fatalf("got %+v, want one action", doc.Actions)
	}
	out, err := doc.Edit(ActionEdit{Action: 0, Issue: ptr(41), Status: ptr(Done)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "for every queue (#41) (done).\n") {
		t.Fatalf("got %q", out)
	}
	again := mustParse(t, out)
	if len(again.Actions) != 1 || again.Actions[0].Issue != 41 || !again.Actions[0].Done() {
		t.Fatalf("read back %+v", again.Actions)
	}
	reopened, err := again.Edit(ActionEdit{Action: 0, Status: ptr(Open)})
	if err != nil || !strings.Contains(string(reopened), "for every queue (#41).\n") {
		t.Fatalf("reopened: %q, %v", reopened, err)
	}
}

// A plan's sentence names its owner and its day in words ("Dana owns
// that", "(Ravi, by 9 March)", "Lee Park is scoping it", "which support
// operations has already started"), against the document's date; a
// sentence wrapped after "we" is read whole.
func TestProsePlanOwnersAndDues(t *testing.T) {
	src := "# Refund delays\n\nDate: Wed, 25 Feb 2026 10:00 +0000\n\nOn Monday the refund worker stalled after a schema change and refunds were paid a day late.\n\n" +
		"**What happens next**\n\nFirst, we will add a canary for the refund worker; Dana owns that and expects it by 6 March. We\nwill also alert on refund age (Ravi, by 9 March). " +
		"After that, we will rebuild the retry queue; Lee Park is scoping it. Finally, we will refund card fees to affected customers, which support operations has already started and will finish this week.\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ owner, due string }{{"Dana", "2026-03-06"}, {"Ravi", "2026-03-09"}, {"Lee Park", ""}, {"support operations", "2026-03-01"}}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		due := dueString(a)
		if a.Owner != w.owner || due != w.due || a.Done() {
			t.Errorf("action %d %q: got owner %q due %q done %v, want %q %q open", i, a.Title, a.Owner, due, a.Done(), w.owner, w.due)
		}
	}
	if s, ok := doc.Section("remediation"); !ok || s.Form != "label" {
		t.Errorf("\"What happens next\" is not the remediation section: %+v", doc.Sections)
	}
}

// dueString is an action's due date as written in the expectations, or "".
func dueString(a Action) string {
	if a.Due.IsZero() {
		return ""
	}
	return a.Due.Format("2006-01-02")
}

// A plan's cue is found wherever "we" stands, the text's first word
// included, and only there.
func TestPlanCue(t *testing.T) {
	for s, want := range map[string]bool{
		"each quarter, we will rotate the keys":    true,
		"every quarter we will rotate the keys":    true,
		"We will rotate the keys":                  true,
		"we'll rotate the keys":                    true,
		"the team will rotate the keys":            true,
		"each quarter the keys were rotated":       false,
		"e":                                        false,
		"every week, owe will rotate nothing here": false,
	} {
		if got := planCue([]byte(s)); got != want {
			t.Errorf("planCue(%q) = %v, want %v", s, got, want)
		}
	}
}

// Every change of a prose plan's status gives the same bytes every
// time: the mark of the new status, and no other.
func TestProsePlanStatusTransitions(t *testing.T) {
	const story = "# Queue stall\n\nThe consumers stopped acking after the broker upgrade and the backlog grew for an hour before we rolled the upgrade back and replayed the queue.\n\n"
	marks := map[Status]string{Open: "", Done: " (done)", NotPlanned: " (not planned)"}
	plan := func(s Status) string {
		return story + "Next, we will add an alert on consumer lag for every queue" + marks[s] + ".\n"
	}
	for from := range marks {
		doc := mustParse(t, []byte(plan(from)))
		if len(doc.Actions) != 1 || doc.Actions[0].Status != from {
			t.Fatalf("%v: got %+v, want one action", from, doc.Actions)
		}
		for to := range marks {
			for range 50 {
				out, err := doc.Edit(ActionEdit{Action: 0, Status: ptr(to)})
				if err != nil || string(out) != plan(to) {
					t.Fatalf("%v to %v: got %q, %v, want %q", from, to, out, err, plan(to))
				}
			}
		}
	}
}
