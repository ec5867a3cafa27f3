package postmortem

import "testing"

// A project tool's linked task cards set the to-do box inside the bold
// run of the card's title, its fields or its closing note on the line
// below: "**☑ Re-run the return**" then "Completed Dec 1 by Morag
// Reid" is one item, done; "**☒ …**" one dropped; "**☐ …**" one open.
func TestCardBoxInBoldTitle(t *testing.T) {
	doc := mustParse(t, []byte("# Ledger double count\n\n## Summary\n\nThe ledger counted casks twice.\n\n## Tasks linked to this doc\n\n"+
		"**☐ Make the import reject files it does not recognise**\nAssignee: Callum Baird · Due: 2026-12-16\n\n"+
		"**☑ Re-run the draft excise return after the fix**\nCompleted Dec 1 by Morag Reid\n\n"+
		"**☒ Tag every cask with RFID**\nArchived — won't do this year\n"))
	if len(doc.Actions) != 3 {
		t.Fatalf("%d actions, want 3: %+v", len(doc.Actions), doc.Actions)
	}
	want := []Status{Open, Done, Done}
	for i, a := range doc.Actions {
		if (a.Status == Open) != (want[i] == Open) {
			t.Errorf("%q: status %v, want %v", a.Title, a.Status, want[i])
		}
	}
	if a := doc.Actions[0]; a.Title != "Make the import reject files it does not recognise" || a.Owner != "Callum Baird" {
		t.Errorf("first card read as %q, owner %q", a.Title, a.Owner)
	}
}
