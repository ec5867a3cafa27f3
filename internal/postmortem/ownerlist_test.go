package postmortem

import (
	"strings"
	"testing"
)

// An item whose owners are a list of logins, however the list is joined
// and wherever it is written, is owned by the first, and no login of the
// list is left in its title.
func TestOwnerList(t *testing.T) {
	items := []string{
		"- [ ] Shard the ledger queue — @bob, @cy",
		"- [ ] Shard the ledger queue @bob, @cy",
		"- [ ] Shard the ledger queue — @bob and @cy",
		"- [ ] Shard the ledger queue — @bob & @cy",
		"- [ ] Shard the ledger queue — @bob / @cy",
		"- [ ] **Shard the ledger queue** @bob, @cy",
		"- [ ] Shard the ledger queue. Owners: @bob, @cy",
		"- [ ] Shard the ledger queue\n  - Owner: @bob, @cy",
	}
	for _, item := range items {
		doc := mustParse(t, []byte("# Ledger stall\n\n## Action items\n\n"+item+"\n"))
		if len(doc.Actions) != 1 {
			t.Errorf("%q: %d actions, want 1", item, len(doc.Actions))
			continue
		}
		a := doc.Actions[0]
		if a.Owner != "bob" || a.Title != "Shard the ledger queue" {
			t.Errorf("%q: title %q owner %q, want the title alone and bob", item, a.Title, a.Owner)
		}
	}
	table := "# Ledger stall\n\n## Action items\n\n| Action | Owner |\n|---|---|\n| Shard the ledger queue | @bob, @cy |\n"
	if doc := mustParse(t, []byte(table)); len(doc.Actions) != 1 || doc.Actions[0].Owner != "bob" {
		t.Errorf("table: %+v, want one action owned by bob", doc.Actions)
	}
	// One login at the end is the owner as before; a login inside the
	// title is not.
	doc := mustParse(t, []byte("# Ledger stall\n\n## Action items\n\n- [ ] Ask @bob, then shard the ledger queue @cy\n"))
	if a := doc.Actions[0]; a.Owner != "cy" || !strings.Contains(a.Title, "@bob") {
		t.Errorf("title %q owner %q, want @bob kept in the title and cy the owner", a.Title, a.Owner)
	}
}
