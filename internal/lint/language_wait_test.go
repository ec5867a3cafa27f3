package lint

import "testing"

// TestPersonCauseKeptWaiting checks a new clause, after a person's act,
// whose subject waited, queued, stood or sat for a time; and the same
// verbs with no time, denied, or told of those a remedy served.
func TestPersonCauseKeptWaiting(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Priya moved the ferry check-in to the east terminal, and 200 foot passengers stood at the west ramp for an hour.",
		"Following Ravi's change to the payroll calendar, 600 cleaners waited until Friday for their pay.",
		"Dana told the removal crew to meet at the old depot, and they sat in the van park for three hours.",
	})
	checkPersonCause(t, false, []string{
		"Priya moved the ferry check-in back to the west terminal, and no passenger waited more than five minutes.",
		"Ravi corrected the payroll calendar, and the 600 cleaners who had waited since Tuesday were paid that afternoon.",
		"Dana told the removal crew about the new depot, and they waited.",
	})
}
