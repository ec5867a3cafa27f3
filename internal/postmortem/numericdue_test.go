package postmortem

import "testing"

// A numeric due date that reads either way round is read in the order
// the document's other numeric dates show, a date without a year in
// the document's year; where nothing shows the order it stays unread.
func TestNumericDueInTheDocumentsOrder(t *testing.T) {
	src := "# Disk outage\n\nDate: 2026-11-24\n\nThe disk filled on 11/23.\n\n## Follow-ups\n\n" +
		"- Add a second volume — Ines Roth, by 12/9\n\n" +
		"## Actions\n\n| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Move the logs off the root volume | @kp | 12/11/2026 |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a second volume|Ines Roth|2026-12-09||Open",
		"Move the logs off the root volume|kp|2026-12-11||Open",
	})
	dayFirst := "# Disk outage\n\nDate: 2026-11-24\n\nThe disk filled on 23/11.\n\n## Follow-ups\n\n- Add a second volume — Ines Roth, by 9/12\n"
	checkActionLines(t, mustParse(t, []byte(dayFirst)), []string{"Add a second volume|Ines Roth|2026-12-09||Open"})
	unknown := "# Disk outage\n\nDate: 2026-11-24\n\n## Follow-ups\n\n- Add a second volume — Ines Roth, by 9/12\n"
	checkActionLines(t, mustParse(t, []byte(unknown)), []string{"Add a second volume|Ines Roth|||Open"})
}
