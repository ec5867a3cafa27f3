package postmortem

import (
	"strings"
	"testing"
)

// A part of an item that opens with a check mark and words that keep it
// done ("✅ al geregeld") closes the item, a note after a comma being
// the state's; the name before it owns the item. A check mark before
// words of work under way leaves the item open.
// (Who owns that one is not asked here.)
func TestCheckMarkPart(t *testing.T) {
	const src = "# Clubsite plat\n\nDatum: 2026-11-28\n\n## Actiepunten\n\n" +
		"1. Inschrijvingen op een werkdag laten sluiten — Fatima — ✅ al geregeld, staat in de planning\n" +
		"2. Captcha op het contactformulier — Sem — ✅ in progress\n" +
		"3. Hostingpakket vergelijken — Ruud — ✅ done\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		title, owner string
		done         bool
	}{
		{"Inschrijvingen op een werkdag laten sluiten", "Fatima", true},
		{"Captcha op het contactformulier", "", false},
		{"Hostingpakket vergelijken", "Ruud", true},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; !strings.HasPrefix(a.Title, w.title) || w.owner != "" && a.Owner != w.owner || a.Done() != w.done {
			t.Errorf("action %d: got %q owner %q done %v, want %q owner %q done %v", i, a.Title, a.Owner, a.Done(), w.title, w.owner, w.done)
		}
	}
}
