package postmortem

import "testing"

// A when in words of another language after the owner's dash, "na de
// winterstop", "nach der Saison", leaves the name before it the owner;
// it is no due date.
func TestLocalWhenAfterOwner(t *testing.T) {
	const src = "# Vereinsseite\n\nDatum: 2026-11-28\n\n## Actiepunten\n\n" +
		"1. Tweestapsverificatie voor het bestuur — Ruud — na de winterstop\n" +
		"2. Anmeldeformular neu bauen — Jonas Weber — nach der Saison\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner string }{
		{"Tweestapsverificatie voor het bestuur", "Ruud"},
		{"Anmeldeformular neu bauen", "Jonas Weber"},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner || dueString(a) != "" {
			t.Errorf("action %d: got %q owner %q due %q, want %q owner %q no due", i, a.Title, a.Owner, dueString(a), w.title, w.owner)
		}
	}
}
