package postmortem

import "testing"

// A task list's export writes each task as a paragraph that opens with
// its to-do box, its fields on the lines below it and a sub-task under
// an arrow: each box opens an action, the lines after it are its fields.
func TestBoxedTaskParagraphs(t *testing.T) {
	src := "# Closing email delayed\n\nDate: 2026-12-04\n\n## Task list: Follow-ups\n\n" +
		"☐ **Split the mail accounts**\n  Assigned to: Nate Holloway · Due: Fri, Dec 11 · Priority: High\n" +
		"  ↳ ☐ **Rebuild the templates**\n     Assigned to: Nate Holloway · Due: Wed, Dec 9\n\n" +
		"☑ **Re-send the packets**\n  Completed by Janelle Ruiz on Dec 1, 2026\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Split the mail accounts|Nate Holloway|2026-12-11|HIGH|Open",
		"Rebuild the templates|Nate Holloway|2026-12-09||Open",
		"Re-send the packets Completed by Janelle Ruiz on Dec 1, 2026||||Done",
	})
}

// A due date after its label may be a period as well as a day: "due:
// end of month", "Due: end of quarter".
func TestKeyedPeriodDue(t *testing.T) {
	src := "# Lockers offline\n\nDate: 2026-12-04\n\n## Follow-ups\n\n" +
		"- [ ] **Page at 90% disk** — owner: Platform team, due: end of month\n" +
		"- [ ] Review the contract\n  Assigned to: Carla Mendez · Due: end of quarter · Progress: 30%\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Page at 90% disk|Platform team|2026-12-31||Open",
		"Review the contract|Carla Mendez|2026-12-31||Open",
	})
}

// A note tool that exports a whole post-mortem as one outline makes its
// sections bold nodes ("**Suivis** #suivi"), its tasks nodes under them
// and each task's fields child nodes written "Champ:: valeur" in the
// document's language, a person as a link to the person's page.
func TestOutlineActionSection(t *testing.T) {
	src := "- **Billetterie : tout affiché complet** #postmortem\n" +
		"  - Gravité:: SEV-2\n" +
		"  - **Déjà fait**\n" +
		"    - Vidé le cache à la main.\n" +
		"  - **Suivis** #suivi\n" +
		"    - [ ] Faire l'import dans une transaction #tâche\n" +
		"      - Responsable:: [[Olivier Gagnon]]\n" +
		"      - Échéance:: 2026-12-11\n" +
		"      - Statut:: En cours\n" +
		"    - [x] Rappeler les clients #tâche\n" +
		"      - Responsable:: Service à la clientèle\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Faire l'import dans une transaction #tâche|Olivier Gagnon|2026-12-11||Open",
		"Rappeler les clients #tâche|Service à la clientèle|||Done",
	})
}

// Where the items of a list each end their title in parentheses before
// a dash and the due date or state, the parentheses hold the owner: a
// name or a team there is the owner, though named nowhere else.
func TestParenOwnerBeforeDash(t *testing.T) {
	src := "# Dockets missing\n\nDate: 2026-11-27\n\n## Follow-ups\n\n" +
		"- [ ] Point the agent back at the vault (Priya Nandakumar) — end of month\n" +
		"- [ ] Alert on the docket queue (integration team) — 2026-12-11\n" +
		"- [ ] Upgrade the client (Redis Cluster)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Point the agent back at the vault|Priya Nandakumar|2026-11-30||Open",
		"Alert on the docket queue|integration team|2026-12-11||Open",
		"Upgrade the client (Redis Cluster)||||Open",
	})
}

// A group or an office after the title's dash is the owner, as a team
// and a role are: "— Monitoring group", "— Communications office".
func TestGroupOwnerAfterDash(t *testing.T) {
	src := "# Grades blank\n\nDate: 2026-12-04\n\n## Follow-up items\n\n" +
		"- Page on-call on empty sync calls — Monitoring group — 2026-12-18\n" +
		"- Banner template for delayed grades — Communications office — 2027-01-15\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Page on-call on empty sync calls|Monitoring group|2026-12-18||Open",
		"Banner template for delayed grades|Communications office|2027-01-15||Open",
	})
}

// The end of a month or a quarter in German, French and Portuguese is a
// due date on its last day: "Ende Q1 2027", "Ende Januar", "d'ici la fin
// janvier", "até o fim do 1º trimestre de 2027"; an outliner's date link,
// "[[date:2026-12-11]]", is the day it links.
func TestLocalPeriodDues(t *testing.T) {
	src := "# Störung\n\nDatum: 2026-12-04\n\n## Maßnahmen\n\n" +
		"| Maßnahme | Verantwortlich | Fällig | Status |\n| --- | --- | --- | --- |\n" +
		"| Reorg ohne Sperre | Team Datenbanken | Ende Q1 2027 | offen |\n" +
		"| Quartalsplan | Jana Vogt | Ende Januar | offen |\n" +
		"| Traiter une valeur 0 | Olivier Gagnon | d'ici la fin janvier | offen |\n" +
		"| Formalizar com o fornecedor | Ana Lima | até o fim do 1º trimestre de 2027 | offen |\n" +
		"| Alerte | Olivier Gagnon | [[date:2026-12-11]] | offen |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Reorg ohne Sperre|Team Datenbanken|2027-03-31||Open",
		"Quartalsplan|Jana Vogt|2027-01-31||Open",
		"Traiter une valeur 0|Olivier Gagnon|2027-01-31||Open",
		"Formalizar com o fornecedor|Ana Lima|2027-03-31||Open",
		"Alerte|Olivier Gagnon|2026-12-11||Open",
	})
}
