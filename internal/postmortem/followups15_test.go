package postmortem

import "testing"

// A tracker's sub-tasks nested under their parent, each with a mark of
// state (☐ todo, ◐ in progress, ☑ done), are actions of their own; the
// half circle is no part of a title.
func TestNestedSubTasks(t *testing.T) {
	src := "# Tram ticket scanner outage\n\nDate: 2026-11-20\n\n## Sub-tasks\n\n" +
		"- ◐ **Alert on duplicate ticket numbers** — @rua.p — due 2026-12-04\n" +
		"  - ☐ **Write the duplicate check** — @rua.p — due 2026-12-02\n" +
		"  - ☑ **Agree the alert route with the depot** — Depot desk — done 26 Nov\n" +
		"- ☐ **Move the scanner cron to one leader** — Platform team\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on duplicate ticket numbers|rua.p|2026-12-04||Open",
		"Write the duplicate check|rua.p|2026-12-02||Open",
		"Agree the alert route with the depot|Depot desk|||Done",
		"Move the scanner cron to one leader|Platform team|||Open",
	})
}

// A checklist pasted as lines of one paragraph, with a sub-item indented
// under its parent and an owner's label cut short ("отг."), reads every
// line, the indented one too.
func TestIndentedChecklistLine(t *testing.T) {
	src := "# Спиране на касите\n\nDate: 2026-11-20\n\n## Последващи действия\n\n" +
		"☑ **Рестарт на услугата** — отг. Иван Петров\n" +
		"☐ **Проверка на сертификата** — отг. @mila.k — до 11.12.2026\n" +
		"   ☐ **Аларма в мониторинга** — отг. @mila.k — до 11.12.2026\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Рестарт на услугата|Иван Петров|||Done",
		"Проверка на сертификата|mila.k|2026-12-11||Open",
		"Аларма в мониторинга|mila.k|2026-12-11||Open",
	})
}

// A sheet's child rows ("↳ …") leave the owner and due cells merged with
// their parent's blank, and a "〃" cell is the row above's: both take
// those values.
func TestMergedAndDittoCells(t *testing.T) {
	src := "# Booking reminders sent twice\n\nDate: 2026-11-20\n\n## Follow-ups\n\n" +
		"| Task | Owner | Due | Status |\n| --- | --- | --- | --- |\n" +
		"| Add a clinic check to the templates | Ana Silva | 2026-12-11 | In Progress |\n" +
		"| ↳ Fixture with a second clinic | | | Complete |\n" +
		"| Switch over on errors | 〃 | 〃 | Not Started |\n" +
		"| Review every template | @bo | 2026-12-20 | Not Started |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a clinic check to the templates|Ana Silva|2026-12-11||Open",
		"Fixture with a second clinic|Ana Silva|2026-12-11||Done",
		"Switch over on errors|Ana Silva|2026-12-11||Open",
		"Review every template|bo|2026-12-20||Open",
	})
}

// A definition-style list gives each item's owner, due date and state on
// lines of its own under the title; "nobody has taken this yet" is no
// owner.
func TestDefinitionListFollowUps(t *testing.T) {
	src := "# Search index emptied\n\nDate: 2026-11-20\n\n## Follow-ups\n\n" +
		"Refuse the alias swap on a smaller index\n: **Owner** — Farah Iqbal\n: **Due** — 2026-12-18\n: **State** — in progress\n\n" +
		"Make the build exit non-zero on errors\n: **Owner** — @farah.i\n: **State** — done on 9 December\n\n" +
		"Page when search returns nothing\n: **Owner** — nobody has taken this yet\n: **Due** — 2027-03-31\n: **State** — open\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Refuse the alias swap on a smaller index|Farah Iqbal|2026-12-18||Open",
		"Make the build exit non-zero on errors|farah.i|||Done",
		"Page when search returns nothing||2027-03-31||Open",
	})
}

// Bracketed attributes after a task give its owner (a login, a page link
// to a person, or empty) and due date; the title ends before them, and a
// line explaining the list's marks is no action.
func TestBracketAttributes(t *testing.T) {
	src := "# Certificate expired\n\nDate: 2026-11-20\n\n## Follow-ups\n\n" +
		"Task states: `[ ]` open, `[x]` done, `[DROPPED]`.\n\n" +
		"* [IN PROGRESS] Alert on certificates near expiry [owner: \"@okon.e\"] [due: 2026-12-18]\n" +
		"* [ ] Add the backup hostname to the runbook [owner: \"[[People/Hattie Brandt]]\"] [due: \"2027-01-08\"]\n" +
		"* [ ] Decide who owns DNS clean-ups [owner: \"\"] [due: \"2027-03-31\"]\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on certificates near expiry|okon.e|2026-12-18||Open",
		"Add the backup hostname to the runbook|Hattie Brandt|2027-01-08||Open",
		"Decide who owns DNS clean-ups||2027-03-31||Open",
	})
}

// One paragraph a follow-up: a bold sentence names the work, and the
// sentences after it tell the owner, the due date and the state.
func TestBoldSentenceFollowUps(t *testing.T) {
	src := "# Wrong tax charged\n\nDate: 2026-11-20\n\n## What we're doing next\n\n" +
		"**Stop the admin screen from accepting a past date.** Dana Reyes in finance systems owns this, aiming for January 8, 2027.\n\n" +
		"**Compare preview tax with charged tax.** Wes Okafor has this. No date yet.\n\n" +
		"**Flush the tax cache on a table change.** This was finished on December 15 by @kofi.a and is live.\n\n" +
		"**Give support a refund macro.** Rosa Lind will write it by 12/23/2026.\n\n" +
		"**Move tax to the provider.** We decided not to: it does not cover sellers. Closed, won't do.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Stop the admin screen from accepting a past date|Dana Reyes|2027-01-08||Open",
		"Compare preview tax with charged tax|Wes Okafor|||Open",
		"Flush the tax cache on a table change|kofi.a|||Done",
		"Give support a refund macro|Rosa Lind|2026-12-23||Open",
		"Move tax to the provider||||Not planned",
	})
}

// Action tables and checklists in Catalan, Latvian and Hebrew: their
// columns, owner labels, due leads and states.
func TestFollowUpStatesInNewLanguages(t *testing.T) {
	src := "# Caiguda de la xarxa\n\nDate: 2026-11-20\n\n## Accions de seguiment\n\n" +
		"| Acció | Qui | Termini | Estat |\n| --- | --- | --- | --- |\n" +
		"| Provar cada renovació | @nuria | 2026-12-22 | fet (18/12) |\n" +
		"| Publicar la nova cadena | @pferrer | 2027-01-15 | en curs |\n" +
		"| Servidor de reserva | @pferrer | — | descartat: duplicaria el problema |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Provar cada renovació|nuria|2026-12-22||Done",
		"Publicar la nova cadena|pferrer|2027-01-15||Open",
		"Servidor de reserva|pferrer|||Not planned",
	})
	src = "# Maksājumu traucējumi\n\nDate: 2026-11-20\n\n## Turpmākie darbi\n\n" +
		"| Darbs | Atbildīgais | Termiņš | Stāvoklis |\n| --- | --- | --- | --- |\n" +
		"| Rezerves partneris | @arturs | 2027-03-31 | procesā |\n" +
		"| Nakts dežūras dubultot | @liga | — | atcelts |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rezerves partneris|arturs|2027-03-31||Open",
		"Nakts dežūras dubultot|liga|||Not planned",
	})
	src = "# תקלה בטעינה\n\nDate: 2026-11-20\n\n## משימות המשך\n\n" +
		"- [ ] **התראה לפני תפוגת תעודה** — אחראית: @noa — עד 15.12 — בטיפול\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"התראה לפני תפוגת תעודה|noa|2026-12-15||Open"})
}
