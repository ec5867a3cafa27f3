package lint

import "testing"

// TestPersonCauseNoneServed checks damage told by what none of a new
// subject did after a person's act ("none of the scanners accepted",
// "no invoice reached"), by people named by trades and crews the role
// list lacked, and by names no list holds before a verb people use; and
// the same shapes telling what was spared, or a crew doing routine work.
func TestPersonCauseNoneServed(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Wiremu changed the badge format at 06:00, and none of the warehouse scanners accepted a shift badge until eight.",
		"Tomasz moved the billing cron to UTC — no monthly invoice reached a customer on the 1st.",
		"The duty mechanic reset the conveyor PLC mid-shift, which left 300 parcels stuck on the sorter for an hour.",
		"The weekend crew's cleanup deleted the live price list along with the drafts.",
		"Our treasurer let the bank certificate lapse, and every payout file bounced that week.",
		"Thandiwe published the spring timetable with last year's dates, and the journey planner crashed for every rider.",
	})
	checkPersonCause(t, false, []string{
		"Wiremu changed the badge format at 06:00, and none of the scanners rejected a badge.",
		"Tomasz moved the billing cron to UTC, so no invoice was sent twice.",
		"The duty mechanic reset the conveyor PLC after the jam cleared.",
		"The weekend crew restored the price list from the backup.",
		"Our treasurer renewed the bank certificate a month early.",
		"Thandiwe published the spring timetable on Monday.",
	})
}

// TestPersonCauseToldAfterDamage checks a person's act in the past
// perfect after the damage and a dash ("— the on-call had rotated …"),
// a crew's decision that left a fleet flat, and figures left off by an
// amount after an act; and the same shapes with a remedy or nothing
// wrong.
func TestPersonCauseToldAfterDamage(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Card payments failed across the region at 09:15 — the DBA had set the settlement timeout to one second.",
		"The night crew's decision to skip the charging round left half the scooters flat by dawn.",
		"Piotr merged the currency rounding change, and every invoice since March is off by two cents.",
	})
	checkPersonCause(t, false, []string{
		"Card payments recovered at 09:40 — the DBA had rebuilt the settlement index.",
		"The night crew's decision to add a charging round left every scooter charged by dawn.",
		"Piotr merged the currency rounding change, and no invoice is off by a cent any more.",
	})
}
