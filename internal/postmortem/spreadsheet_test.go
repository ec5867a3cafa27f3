package postmortem

import "testing"

// A spreadsheet's action tab: a row whose Status is blank is closed by
// its progress at 100 % or a date it was closed on, a row at 60 % stays
// open, a Status that says it is open wins, and the Totals row under
// the rows is no action.
func TestSpreadsheetClosingColumns(t *testing.T) {
	src := "# Scanner outage\n\n## Actions\n\n| # | Action | Owner | Status | % Complete | Date Closed |\n| --- | --- | --- | --- | --- | --- |\n" +
		"| 1 | Alert on scan failures | @rin |  | 100% | 11/28/2026 |\n" +
		"| 2 | Add a spare scanner | @rin |  |  | 11/30/2026 |\n" +
		"| 3 | Write the scanner runbook | @oda |  | 60% |  |\n" +
		"| 4 | Test the firmware first | @oda | In Progress | 100 % |  |\n" +
		"|  | Totals |  |  | Avg 65% |  |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on scan failures|rin|||Done",
		"Add a spare scanner|rin|||Done",
		"Write the scanner runbook|oda|||Open",
		"Test the firmware first|oda|||Open",
	})
}
