package postmortem

import "testing"

// A login that opens an item with the work straight after it, and a
// name the story names before a dash, own the item; the whole room's
// mention and a word before a dash that names no one do not.
func TestLeadOwnerBareLoginAndDash(t *testing.T) {
	src := "# Queue stalled\n\n**driver:** @ole\n\nWe asked the storage folks (Wren) for help.\n\n## todo\n\n" +
		"- [ ] @ole retry budget for the consumer, by 2026-12-04\n" +
		"- [x] @kai.b post the apology in the forum\n" +
		"- [ ] Wren — quota alerts to the shared inbox\n" +
		"- [ ] @here please read the runbook before friday\n" +
		"- [ ] Dashboards — add a lag panel for every consumer\n"
	doc := mustParse(t, []byte(src))
	want := []titleOwnerDue{
		{"retry budget for the consumer", "ole", "2026-12-04"},
		{"post the apology in the forum", "kai.b", ""},
		{"quota alerts to the shared inbox", "Wren", ""},
		{"@here please read the runbook before friday", "", ""},
		{"Dashboards — add a lag panel for every consumer", "", ""},
	}
	wantActions(t, doc, want)
}

// A discussion's comments under the follow-ups, each its writer in bold
// and a day after a middle dot, and the reviewers' approval line are no
// actions.
func TestCommentsAndApprovalNoActions(t *testing.T) {
	src := "# Queue stalled\n\n## Follow-ups\n\n" +
		"- [ ] Add a retry budget to the consumer\n\n" +
		"LGTM'd by Ana and Raj, 3 Dec.\n\n---\n\n" +
		"**Tom Berg** · Dec 4 — Looks right to me.\n" +
		"**Ines K.** · Dec 4 — I'll take the retry budget.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 {
		t.Fatalf("%d actions, want 1: %+v", len(doc.Actions), doc.Actions)
	}
}
