package lint

import "testing"

// TestPersonCauseWorkTally checks a person's work told as the heading of
// a tally of what it cost, with no verb of damage, after a colon, a dash
// or an opener; and the same heading over a tally of work done, of
// nothing lost, or of a remedy, a plan or a report.
func TestPersonCauseWorkTally(t *testing.T) {
	checkPersonCause(t, true, []string{
		"After Greta's routing edit: 12 lorries at the wrong depot, 2 days of delay.",
		"Courtesy of Bruno's promo rule, 3,100 orders, 0 dollars taken.",
		"Oskar's fare table: 5,200 tickets, 0 euros charged.",
		"Wanjiru's mapping — 64 parcels, 3 wrong cities, 41 refunds.",
	})
	checkPersonCause(t, false, []string{
		"Ravi's estimate: 3 days, 2 engineers.",
		"Ana's rollback: 4 minutes, 0 errors.",
		"Ravi's migration: 40 tables, 2 hours.",
		"Kofi's import: 2,870 records loaded in 4 minutes.",
		"Oskar's cleanup: 5,200 duplicate tickets voided, 0 fares lost.",
		"Wanjiru's remapping: 64 parcels, 1 day, no refunds.",
	})
}
