package postmortem

import "testing"

// Owners written as lists of people are owned by the first; a role or
// a group after a dash is the owner as written; fields written
// "key=value" after the title, several logins, and a due date written
// month and day in the order the document's other dates show.
func TestOwnerListsRolesAndKeyValues(t *testing.T) {
	src := "# Disk outage\n\nDate: 2026-11-24\n\nThe disk filled on 11/23.\n\n## Follow-ups\n\n" +
		"- Alert on disk use — owner=@kpatel due=2026-12-02\n" +
		"- Add a second volume — Ines Roth and Bo Lind, by 2026-12-09\n" +
		"- Agree when a disk alert is a P1 — Storage Operations manager, by Dec 18\n" +
		"- Rotate the snapshots (#31) · @ana.ruiz @bo.lind · Due 2026-12-14\n\n" +
		"## Actions\n\n| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Move the logs off the root volume | K. Patel / B. Lind | 2026-12-11 |\n" +
		"| Write the disk runbook | Ines Roth; Bo Lind | 2026-12-16 |\n" +
		"| Buy bigger disks | @Hanne Solberg | |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alert on disk use|kpatel|2026-12-02||Open",
		"Add a second volume|Ines Roth|2026-12-09||Open",
		"Agree when a disk alert is a P1|Storage Operations manager|2026-12-18||Open",
		"Rotate the snapshots|ana.ruiz|2026-12-14||Open",
		"Move the logs off the root volume|K. Patel|2026-12-11||Open",
		"Write the disk runbook|Ines Roth|2026-12-16||Open",
		"Buy bigger disks|Hanne Solberg|||Open",
	})
}

// An owner between dashes keeps its place when a when in words that is
// no date follows it ("— next season", "— before the freeze (12/18/26)"),
// and a labelled owner may be a team's name of three or four words.
func TestOwnerBeforeWhenAndLongTeamNames(t *testing.T) {
	src := "# Queue outage\n\nDate: 2026-11-24\n\n## Follow-ups\n\n" +
		"- Page the desk when syncs come back empty — Monitoring group — before winter break (12/18/26)\n" +
		"- Add a stalled-cue alarm — Stage Management team — next season\n" +
		"- Retire the old gateway — Tomasz Wójcik — before the holiday freeze\n" +
		"- Split the retry groups — owner: Team Finish Line (Callum Reyes) — due 2026-12-11\n" +
		"- Write to the patrons — Owner: Library Client Services — Due: 2026-12-08\n" +
		"- Load test the release — Owner: dana fix later — Due: 2026-12-09\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Page the desk when syncs come back empty|Monitoring group|2026-12-18||Open",
		"Add a stalled-cue alarm|Stage Management team|||Open",
		"Retire the old gateway|Tomasz Wójcik|||Open",
		"Split the retry groups|Team Finish Line|2026-12-11||Open",
		"Write to the patrons|Library Client Services|2026-12-08||Open",
		"Load test the release — Owner: dana fix later||2026-12-09||Open",
	})
}
