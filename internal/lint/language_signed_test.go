package lint

import "testing"

// TestPersonCauseSignedOff checks a sentence that opens with a person's
// approval ("Approved by X,", "Signed off by X,") of the work whose damage
// the main clause tells; and the same opener on a correction, a rollback
// or a fix, which is the approval of a repair.
func TestPersonCauseSignedOff(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Approved by Nikolaj, the new VAT table went live at midnight and the checkout service crashed for an hour.",
		"Signed off by Priya, the schema migration wiped the delivery notes for every open order.",
	})
	checkPersonCause(t, false, []string{
		"Approved by Nikolaj, the corrected VAT table went live at midnight and the checkout service came back.",
		"Signed off by Priya, the rollback restored the delivery notes for every open order.",
		"Approved by Nikolaj, the fix for the crashed checkout service went live at midnight.",
		"Signed off by Priya, the schema migration ran at 02:00 as planned.",
	})
}

// TestPersonCauseMoreGivenNames checks given names from Scotland,
// Denmark, Aotearoa and the Pacific, Mexico and the United States that
// the list lacked, as the doers of damage; and the same people repairing.
func TestPersonCauseMoreGivenNames(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Mhairi deleted the production tenancy table.",
		"Freja deleted the currency table during the migration.",
		"Sione deleted the collection schedule for the northern run.",
	})
	checkPersonCause(t, false, []string{
		"Mhairi restored the tenancy table from the nightly backup.",
		"Freja checked the currency table after the migration.",
		"Sione rebuilt the collection schedule for the northern run.",
	})
}

// TestPersonCauseForThoseWho checks an act done to or for the people a
// relative clause says had suffered the damage ("sent an apology to the
// 400 tenants who were charged twice"), which is help, not a cause; and
// damage told in the main clause after the same people.
func TestPersonCauseForThoseWho(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Anna extended the trial to 30 days for the sign-ups who had been locked out.",
		"Anna wrote to the 300 shops that received someone else's invoice and asked them to delete it.",
		"Omar extended the free period for the members who had been locked out.",
	})
	checkPersonCause(t, true, []string{
		"Ailsa ran the arrears job twice, and 400 tenants were charged twice.",
	})
}

// TestPersonCauseWorkedAgain checks what works or is got again after a
// person's act, which is a return to how things should be ("the blocked
// cards worked again", "bookings got seats again"); and what was charged
// again, which is damage.
func TestPersonCauseWorkedAgain(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Tevita uploaded a fresh allow-list and the blocked cards worked again by noon.",
		"Omar re-entered the route with the coach template, so later bookings got seats again.",
	})
	checkPersonCause(t, true, []string{
		"Omar re-ran the billing job, so customers got charged again.",
	})
}

// TestPersonCauseFarTooLow checks an amount told as far off after a
// person's act ("billed the winter programme far too low"); and the same
// words naming, for a remedy, the people who were billed so, or what a
// person found.
func TestPersonCauseFarTooLow(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ines billed the winter programme far too low after copying the 2018 rates.",
		"Omar set the conversion factor to 1, so the deliveries were priced far too high.",
	})
	checkPersonCause(t, false, []string{
		"Ines noticed that the winter programme was billed far too low and paused the invoices.",
		"Omar wrote to the growers who were priced far too high and offered a credit.",
	})
}
