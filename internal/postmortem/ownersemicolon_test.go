package postmortem

import "testing"

// Owners listed with semicolons, after the title or in a cell, with or
// without a space and with a role after a name: the first owns the
// action.
func TestOwnersListedWithSemicolons(t *testing.T) {
	src := "# Kiosk printers offline\n\nDate: 2026-11-12\n\n## Action items\n\n" +
		"- [ ] Write the printer runbook @ana; @ben\n- [ ] Stage driver updates — Owner: Ana Ruiz; Ben Ode\n\n" +
		"| Action | Owner |\n| --- | --- |\n| Review the canary ring | Ana Ruiz (lead); Ben Ode |\n| Retire the spooler | @ana;@ben |\n"
	doc := mustParse(t, []byte(src))
	want := [][2]string{{"Write the printer runbook", "ana"}, {"Stage driver updates", "Ana Ruiz"}, {"Review the canary ring", "Ana Ruiz"}, {"Retire the spooler", "ana"}}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, a := range doc.Actions {
		if a.Title != want[i][0] || a.Owner != want[i][1] {
			t.Errorf("%q owned by %q, want %q by %q", a.Title, a.Owner, want[i][0], want[i][1])
		}
	}
}
