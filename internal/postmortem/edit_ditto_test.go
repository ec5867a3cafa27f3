package postmortem

import (
	"strings"
	"testing"
)

// An edit of a row whose owner the row below takes with a ditto mark
// would reassign that row too, silently: it is refused. The ditto row
// itself, and a row no other takes from, are edited as asked.
func TestEditRefusesToChangeADittoRow(t *testing.T) {
	src := "# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add an alert | @dana | 2026-12-01 |\n| Page on relay faults | 〃 | 2026-12-08 |\n| Rotate the keys | @kim | 2026-12-15 |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 3 || doc.Actions[1].Owner != "dana" {
		t.Fatalf("actions %+v, want three, the second dana's by its ditto mark", doc.Actions)
	}
	owner := "lee"
	_, err := doc.Edit(ActionEdit{Action: 0, Owner: &owner})
	if err == nil || !strings.Contains(err.Error(), "Page on relay faults") {
		t.Fatalf("editing the row above the ditto: err %v, want a refusal naming the ditto row", err)
	}
	for _, i := range []int{1, 2} {
		out, err := doc.Edit(ActionEdit{Action: i, Owner: &owner})
		if err != nil {
			t.Fatalf("editing action %d: %v", i, err)
		}
		again := mustParse(t, out)
		if again.Actions[i].Owner != "lee" || again.Actions[0].Owner != "dana" {
			t.Errorf("editing action %d: owners %q, %q, want lee on it and dana on the first", i, again.Actions[0].Owner, again.Actions[i].Owner)
		}
	}
}

// An edit that would change a part of its own action that it was not
// for is refused: "owner: unassigned" written over "@kim" before a bare
// due date would make the date part of the owner's value.
func TestEditRefusesToLoseAnotherPart(t *testing.T) {
	doc := mustParse(t, []byte("# Outage\n\n## Action items\n\n* [ ] Add an alert @kim 2026-12-01\n"))
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "kim" || doc.Actions[0].DueRaw == "" {
		t.Fatalf("actions %+v, want one of kim's with a due date", doc.Actions)
	}
	out, err := doc.Edit(ActionEdit{Action: 0, Owner: new(string)})
	if err != nil {
		if !strings.Contains(err.Error(), "due date") {
			t.Fatalf("unassigning: %v, want a refusal that names the due date", err)
		}
		return
	}
	again := mustParse(t, out)
	if a := again.Actions[0]; a.DueRaw != doc.Actions[0].DueRaw || a.Owner != "" {
		t.Errorf("unassigned: %q reads owner %q, due %q; want no owner and the due date kept", out, a.Owner, a.DueRaw)
	}
}

// An edit that would change a field of the document is refused: an
// owner unassigned on a line of its own after a box with no title,
// "owner: unassigned", would read as the document's contact.
func TestEditRefusesToChangeAField(t *testing.T) {
	doc := mustParse(t, []byte("## 2026\n* [ ]\n@kim"))
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "kim" {
		t.Fatalf("actions %+v, want one of kim's", doc.Actions)
	}
	if _, ok := doc.Field(FieldContact); ok {
		t.Fatal("a contact before the edit")
	}
	out, err := doc.Edit(ActionEdit{Action: 0, Owner: new(string)})
	if err == nil {
		if again := mustParse(t, out); len(again.Fields) != len(doc.Fields) {
			t.Errorf("unassigned: %q reads fields %+v, want none new", out, again.Fields)
		}
	}
}
