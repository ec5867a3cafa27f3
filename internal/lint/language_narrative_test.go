package lint

import "testing"

// The classes below are narrative that whole post-mortems hold and that
// the person-subject check once read as a person causing damage: chance
// given as a reason, the alternative a choice turned down, a message or a
// payment going out, and a measure that did not move. Each is tested
// beside a blameful sentence of the same shape, which stays flagged.

// TestPersonCauseChance checks that coming upon something by chance is a
// reason, not an act that caused anything.
func TestPersonCauseChance(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Checkout failed for an hour because Omar restarted the primary during the backup.",
	})
	checkPersonCause(t, false, []string{
		"The warning reached Omar because Omar happened to be watching the dashboard.",
		"We heard about it early because Lucia chanced to open the billing report that morning.",
	})
}

// TestPersonCauseAlternative checks that damage named in the alternative
// a person turned down ("rather than take it offline") is not damage.
func TestPersonCauseAlternative(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Priya took the API offline at peak without a banner, which stranded every open order.",
	})
	checkPersonCause(t, false, []string{
		"Priya decided to keep the API up in read-only mode rather than take it offline.",
		"Jonas chose to let the queue drain slowly rather than drop the stuck messages.",
	})
}

// TestPersonCauseSent checks that a notice, an email or a payment going
// out is its delivery, while a change taking a site out is damage.
func TestPersonCauseSent(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi's change took the storefront out for twenty minutes.",
	})
	checkPersonCause(t, false, []string{
		"Mette's status update went out at 10:05 and a second one at 10:40.",
		"Our refund emails went out the next morning.",
		"Aroha's corrected payments went out on Tuesday.",
	})
}

// TestPersonCauseMeasureStill checks that a measure that did not move is
// no one's duty left undone.
func TestPersonCauseMeasureStill(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Retries levelled off after the rollback, though they did not fall until the cache warmed.",
		"Queue depth held at 40,000; it did not drop until the consumers were scaled.",
	})
}

// TestPersonCausePurge checks that a purge is an operation, not damage:
// starting or running one is routine work, while a purge on the wrong
// target, or one told with what it destroyed, stays flagged.
func TestPersonCausePurge(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ines ran the purge on the wrong bucket.",
		"Ines's purge deleted every tile in the region.",
	})
	checkPersonCause(t, false, []string{
		"09:40 Ines starts the purge for the eu-west tiles.",
		"Ines ran the cache purge at 10:00, as the runbook says.",
	})
}

// TestPersonCauseTradeName checks that two capitalised words the second
// of which the text also uses as a common word name a company by its
// trade, while a given name and surname stay a person.
func TestPersonCauseTradeName(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Quillon Marsh ran the cleanup job against the live bucket, which deleted every site.",
	})
	checkPersonCause(t, false, []string{
		"Brindle Freight runs freight for 300 shippers. On Monday the rating job used the wrong table.",
	})
}

// TestPersonCauseSecondAct checks that a person's second act on an
// object ("and stopped the event") is control, while a system that
// stopped after the act is its result.
func TestPersonCauseSecondAct(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ana ran the migration and checkout stopped.",
		"Ana ran the migration and stopped the consumers mid-batch, which lost 4,000 orders.",
	})
	checkPersonCause(t, false, []string{
		"We closed the in-game store and stopped the double-reward event.",
		"Hana closed the admin console and halted the nightly sync.",
	})
}

// TestPersonCauseCompanyRole checks that a supplier or vendor told with
// "its" is a company, while a person of theirs stays a person.
func TestPersonCauseCompanyRole(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The vendor's engineer pushed the new firmware to every router, which took the office network down.",
	})
	checkPersonCause(t, false, []string{
		"The rates were read from the wrong file after a supplier changed its file names.",
		"The vendor pushed its new firmware to every router, which took the office network down.",
	})
}

// TestPersonCauseOtherPersonActs checks that another person's act after
// ", and" is no result of the first person's, while a system's is.
func TestPersonCauseOtherPersonActs(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi pushed the config at 14:00, and the API answered 503 for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Ravi tested the script, and Mia reviewed the code that day.",
		"Tomas tested the patch on staging, and I merged it that evening.",
	})
}

// TestBlameFaultTerms checks that "fault" in a technical term after a
// possessive is not blame.
func TestBlameFaultTerms(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for text, want := range map[string]bool{
		"It was our fault, and we will say so to the customers.":        true,
		"The outage was Ravi's fault.":                                  true,
		"Add a packet-loss case to our fault injection tests.":          false,
		"Our fault domains were drawn before the third rack was added.": false,
		"We ran the team's fault tolerance drill in March.":             false,
	} {
		if got := hasRule(c.check(text, nil), "language/blame"); got != want {
			t.Errorf("%q: got a language/blame finding %v, want %v", text, got, want)
		}
	}
}
