package postmortem

import "testing"

// A numbered item's title in bold, its owner, due date and state on the
// line under it after labels of another language, a space before the
// colon as French writes it: the line's fields are the item's, not words
// of its title.
func TestFieldLabelLineUnderTitle(t *testing.T) {
	src := "# Incident : facturation\n\n**Date :** 03/11/2026\n\n## Plan d'action\n\n" +
		"1. **Rejouer les factures bloquées**\n   Responsable : Hugo Marchand — Échéance : 20/11/2026 — État : en cours\n" +
		"2. **Documenter la bascule**\n   Responsable: Inès Fabre — Échéance : fin janvier 2027\n" +
		"3. **Revoir les alertes de file**\n   Verantwortlich: Jonas Weber\n"
	acts := actionsOf(t, src, 3)
	wantOwnersDues(t, acts, "Hugo Marchand", "2026-11-20", "Inès Fabre", "2027-01-31", "Jonas Weber", "")
	if acts[0].Title != "Rejouer les factures bloquées" {
		t.Errorf("title %q: the line under it is its fields", acts[0].Title)
	}
}
