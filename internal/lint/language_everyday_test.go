package lint

import "testing"

// TestPersonCauseCleftAnyWork checks it-clefts and wh-clefts that name a
// person or a person's thing as what did something, whatever the thing is
// called and whatever the name, and the same clefts naming a repair, a
// find or a routine act.
func TestPersonCauseCleftAnyWork(t *testing.T) {
	checkPersonCause(t, true, []string{
		"What sent the Hamburg parcels to the Munich hub was Lotte's change to the postcode table.",
		"What tripled the Tuesday orders was Radu running the basket import again after lunch.",
		"It was Henrike's reallocation that left the night ward with one nurse.",
		"It was the rota Ilse copied that gave the kiosk two cashiers and no cook.",
		"The one who pointed the booking form at the test gateway was Matthias, and no deposit came in for a week.",
		"It was us, the Porto support desk, who closed the refund queue a day early.",
	})
	checkPersonCause(t, false, []string{
		"What fixed the postcode table was Lotte's second change, reviewed by Jonas.",
		"What restored the Tuesday orders was Radu's rerun of the basket import.",
		"What put the deposits back in the customers' accounts was Henrike's reversal.",
		"It was Matthias who spotted the test gateway in the booking form and paged the payments team.",
		"It was Ilse who found a spare cook for the kiosk by noon.",
	})
}

// TestPersonCauseRoleAside checks a role told in an aside after a name,
// without an article or with where the role is held ("quality lead at
// the Leeds depot"), before an act that did damage, and the same aside
// before a remedy.
func TestPersonCauseRoleAside(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi, shift supervisor at the Leeds depot, deleted the loading schedule.",
		"Priya, dispatcher on the early shift, wiped the route table.",
		"Ravi, the warehouse manager for the north site, truncated the stock ledger.",
	})
	checkPersonCause(t, false, []string{
		"Ravi, shift supervisor at the Leeds depot, restored the loading schedule from the backup.",
		"Priya, dispatcher on the early shift, rebuilt the route table by 07:00.",
	})
}

// TestPersonCauseDelayAsReason checks a person's decision or delay told
// as the reason for what went wrong ("down to Ana waiting", "because Ana
// paused", "comes from Ana choosing"), and the same shapes telling a hold
// that spared something, or a remedy.
func TestPersonCauseDelayAsReason(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The Bergen patients waited four hours for their scans, down to Sunniva waiting for a second signature.",
		"The tuition refunds went out a month late, which was down to Aurelio deciding to batch them by semester.",
		"Deliveries in Lyon ran a day behind because Clémence paused the courier app rollout halfway.",
		"We missed the ferry booking window as Torvald kept the vans at the depot for another count.",
		"The Ghent backlog comes from Wouter choosing to wait for the new planner instead of running the old one.",
		"Because Ottilie put the wine order back to Friday, the kitchen cooked for the old head count.",
		"Torvald held the invoice run, and the invoices never reached customers.",
	})
	checkPersonCause(t, false, []string{
		"Because Torvald held the release of the new pricing file, the rounding bug never reached customers.",
		"The faulty price list never reached the tills, down to Sunniva waiting for the pilot store's results.",
		"The scans recovered within the hour, down to Sunniva restarting the archive early.",
	})
}

// TestPersonCauseWorkIsWhy checks a person's work that "is why" damage
// came, and the same work that is why something recovered or went well.
func TestPersonCauseWorkIsWhy(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Benedikt's rerun, five minutes after the first, is why every supplier was paid twice.",
	})
	checkPersonCause(t, false, []string{
		"Benedikt's rollback is why the payments recovered within ten minutes.",
		"Benedikt's runbook is why the handover went smoothly.",
	})
}
