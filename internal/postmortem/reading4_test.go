package postmortem

import "testing"

// readOne parses a document and returns its only action.
func readOne(t *testing.T, src string) Action {
	t.Helper()
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 {
		t.Fatalf("got %d actions, want 1: %+v", len(doc.Actions), doc.Actions)
	}
	return doc.Actions[0]
}

// A sentence "Completed <date>." after an action's fields marks it done
// and leaves its owner read.
func TestCompletedSentenceMarksDone(t *testing.T) {
	a := readOne(t, "# Queue outage\n\n## Corrective actions\n\n1. Q-12: Add a retry budget to the consumer. Assigned to @ana-ruiz. Completed March 3.\n")
	if a.Status != Done || a.Owner != "ana-ruiz" {
		t.Fatalf("got status %v owner %q, want done by ana-ruiz", a.Status, a.Owner)
	}
}

// A bold "DONE" in a tracker column of an action table marks it done.
func TestBoldDoneInTrackerCell(t *testing.T) {
	src := "# Cache outage\n\n## Action items\n\n| Action | Owner | Bug |\n|---|---|---|\n| Revert the cache key change | @lee | b/1201 **DONE** |\n"
	if a := readOne(t, src); a.Status != Done || a.Owner != "lee" {
		t.Fatalf("got status %v owner %q, want done by lee", a.Status, a.Owner)
	}
}

// An item ending "— Done ✅" is an action, already done, even when its
// verb ("Put") reads as a past step too.
func TestTrailingDoneMarkItem(t *testing.T) {
	a := readOne(t, "# Disk outage\n\n## Follow-up work\n\n- Put the disk override in the runbook (@kai-m) — OPS-77 — Done ✅\n")
	if a.Status != Done || a.Owner != "kai-m" {
		t.Fatalf("got status %v owner %q, want done by kai-m", a.Status, a.Owner)
	}
}

// An owner cell or part written "Name (@login)" is owned by the login.
func TestOwnerNameWithLogin(t *testing.T) {
	for _, src := range []string{
		"# T\n\n## Action items\n\n| Action | Owner |\n|---|---|\n| Add a lag alert | Dana Roy (@dana-roy) |\n",
		"# T\n\n## Action items\n\n- Add a lag alert — Owner: Dana Roy (@dana-roy)\n",
	} {
		if a := readOne(t, src); a.Owner != "dana-roy" {
			t.Errorf("owner %q, want dana-roy in\n%s", a.Owner, src)
		}
	}
}

// Reopening a row marked done by a bold word in its tracker cell reads
// back open.
func TestBoldDoneReopened(t *testing.T) {
	src := "# Cache outage\n\n## Action items\n\n| Action | Owner | Bug |\n|---|---|---|\n| Revert the cache key change | @lee | b/1201 **DONE** |\n"
	out, err := mustParse(t, []byte(src)).Edit(ActionEdit{Status: ptr(Open)})
	if err != nil {
		t.Fatal(err)
	}
	if a := readOne(t, string(out)); a.Status != Open {
		t.Fatalf("reopened row reads %v:\n%s", a.Status, out)
	}
}

// A chat line whose text ends with a parenthesis keeps it.
func TestChatLineClosingParen(t *testing.T) {
	src := "# Checkout 502s\n\nDate: 2026-10-21\n\n## Timeline\n\n[deploybot 13:58] route table rolled out (v42)\n[marta 14:02] paged (CheckoutAPI5xxRatio)\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 2 {
		t.Fatalf("%d entries, want 2", len(doc.Events))
	}
	for i, want := range []string{"route table rolled out (v42)", "paged (CheckoutAPI5xxRatio)"} {
		if doc.Events[i].Text != want {
			t.Errorf("entry %d text %q, want %q", i, doc.Events[i].Text, want)
		}
	}
}
