package postmortem

import "testing"

// A weekday alone after a word for "by", in English and in the Czech
// and Polish genitive after "do", is due on the first such day after the
// incident's (a Tuesday here).
func TestByWeekdayDue(t *testing.T) {
	src := "# Výpadek košíku\n\n**Datum incidentu:** 10. 11. 2026\n\n## Úkoly\n\n" +
		"- [ ] Doplnit test košíku — Marek Svoboda — do pátku\n" +
		"- [ ] Sprawdzić kolejkę — Ola Nowak — do poniedziałku\n" +
		"- [ ] Page the payments rota on refusals — @lin — by Thursday\n" +
		"- [ ] Review the do list — @lin\n"
	wantOwnersDues(t, actionsOf(t, src, 4), "Marek Svoboda", "2026-11-13", "Ola Nowak", "2026-11-16", "lin", "2026-11-12", "lin", "")
}
