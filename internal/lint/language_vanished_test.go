package lint

import "testing"

// TestPersonCauseVanished checks what vanished or disappeared after a
// person's act, told with a new subject ("and the Friday timetable
// vanished from the app"), and the same verb of trouble, of what was
// unwanted, or of a symptom that went away.
func TestPersonCauseVanished(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Maria renamed the route table, and the Friday timetable vanished from the app.",
		"After Tomasz's filter change, a week of card receipts disappeared from the ledger.",
	})
	checkPersonCause(t, false, []string{
		"Maria renamed the route table, and the duplicate charges vanished.",
		"After Tomasz's cleanup, the stale baskets disappeared from the ledger.",
		"Priya restarted the broker, and the errors vanished within a minute.",
	})
}
