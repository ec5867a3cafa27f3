package postmortem

import "testing"

// Who led, in the forms of organisations outside software: a role
// before the name in an apposition ("The Duty Operations Manager,
// Fergal Toomey, took command"); a memo's header in its language, the
// sender a mail system's hierarchical name; a page's by-line that names
// the tool first ("A Sway by …"), with "I led the response"; and a name,
// "was" and the role in another language.
func TestLeadInOrganisationsOwnWords(t *testing.T) {
	for name, c := range map[string]struct{ src, key, want string }{
		"role before name": {"# Sorter stop\n\n## Summary\n\nBags were sorted by hand. The Duty Operations Manager, Fergal Toomey, took command at 06:09.\n", FieldContact, "Fergal Toomey"},
		"ran the recovery": {"# Off air\n\n## Summary\n\nThe channel went black. The master control supervisor, Dwayne Okafor, ran the recovery.\n", FieldContact, "Dwayne Okafor"},
		"memo header": {"**Către:** Direcția IT\n**De la:** Andrei Vlad/Centru/Banca\n**Data:** 07.12.2026 16:40\n**Subiect:** Raport\n\nStimați colegi,\n\n## Rezumat\n\nSucursalele au pierdut legătura.\n",
			FieldContact, "Andrei Vlad"},
		"tool by-line":         {"# Late buses\n\n*A Sway by Carla Whitfield, Director of Transportation · District 214*\n\n## Summary\n\nI led the response from the dispatch office.\n", FieldCreatedBy, "Carla Whitfield"},
		"Norwegian was":        {"# Trykkfall\n\n## Sammendrag\n\nSolveig Aarnes, vakthavende ingeniør, var innsatsleder hele natten.\n", FieldContact, "Solveig Aarnes"},
		"label in parentheses": {"# Kiesés\n\n## Összefoglaló\n\nA fizetések leálltak. Kovács Bence (incidensfelelős) vezette a hibaelhárítást.\n", FieldContact, "Kovács Bence"},
		"quoted message":       {"# Bookings down\n\n## Messages\n\n**Thread reply** · mira.okafor · Thu 3 Dec 2026 09:10\n> Closing the incident on the board now. — Mira (IC for this one)\n", FieldContact, "Mira"},
		"was not a role":       {"# Trykkfall\n\n## Sammendrag\n\nSolveig Aarnes var hjemme hele natten.\n", FieldContact, ""},
	} {
		t.Run(name, func(t *testing.T) {
			f, ok := mustParse(t, []byte(c.src)).Field(c.key)
			if f.Value != c.want || ok != (c.want != "") {
				t.Errorf("%s %q (given: %v), want %q", c.key, f.Value, ok, c.want)
			}
		})
	}
}
