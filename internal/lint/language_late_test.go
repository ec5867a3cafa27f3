package lint

import "testing"

// TestPersonCauseLateBy checks damage told as what came or ran late by
// a span of time ("went out six hours late", "a week late"), after a
// person's act or before an act told in the past perfect; and the same
// words of a shift, of a remedy, or of a question.
func TestPersonCauseLateBy(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ingrid re-ran the payroll export for a second count, so the salaries went out six hours late.",
		"Tobias moved the print job to the shared queue, and the exam papers reached the schools two days late.",
		"The March statements reached members a week late; Halvard had parked the print file in his drafts.",
		"The harbour fees were invoiced a month late; the night clerk had switched the billing run off.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid restored the payroll export from the backup, so the salaries went out only ten minutes late.",
		"Tobias joined the late shift at 22:00 and took over the print queue.",
		"The March statements reached members a week late; Halvard had warned them by email on the first day.",
		"Halvard asked the print vendor why the statements were a week late.",
	})
}
