package lint

import "testing"

// TestPersonCauseLiveNotMeant checks an act on the live system named
// against the one meant ("on prod, not staging") and data shared where
// anyone with its link can read it, and the same on a test system, as a
// runbook says, or shared with a few.
func TestPersonCauseLiveNotMeant(t *testing.T) {
	checkPersonCause(t, true, []string{
		"09:12 sanjay purges the cache on prod, not staging → the storefront serves blank pages",
		"Tomasz exported the payroll report to a shared folder that anyone with the link could open.",
		"Ingrid disabled the fraud rule for the whole card programme, and chargebacks tripled by the weekend.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid ran the load test on staging, not prod.",
		"09:12 sanjay purges the cache on prod, not staging, as the runbook says",
		"Tomasz exported the payroll report to a folder that only the finance team could open.",
		"Ingrid blocked the fraudulent merchants, and chargebacks fell by the weekend.",
		"Kofi isolated the compromised host, leaving it offline for forensics.",
		"We removed 300 accounts for spamming.",
	})
}

// TestPersonCausePassiveKinds checks passives that name the person
// after "by": a system taken offline, a step skipped in an aside, an
// override entered by someone whose result was damage, and an operation
// after which work had to be redone; and the same shapes when the act was
// planned, nothing went wrong, the main verb reads rather than acts, or
// nothing had to be redone.
func TestPersonCausePassiveKinds(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The warehouse feed was knocked offline for six hours by Rafael's schema change.",
		"The refund review, skipped by the night shift, meant 300 refunds went out unchecked.",
		"A price override entered by the store manager held every fare at zero, and the checkout crashed.",
		"The product catalogue was replaced with last year's copy by the merchandising lead, so a week of price changes had to be redone.",
	})
	checkPersonCause(t, false, []string{
		"The faulty node was taken offline by Ingrid as planned.",
		"A manual override entered by the shift supervisor kept the pumps running overnight, and the reservoir held.",
		"The alert raised by Ana showed the errors on every node.",
		"The catalogue was replaced with the corrected copy by the merchandising lead, so nothing had to be redone.",
	})
}

// TestPersonCauseWentNegative checks values that went negative after a
// person's act in a note, and the same told as a repair.
func TestPersonCauseWentNegative(t *testing.T) {
	checkPersonCause(t, true, []string{
		"23:10 — @pricing-team pushes the discount rules; 23:12 — basket totals go negative for 40 shoppers.",
	})
	checkPersonCause(t, false, []string{
		"Ana fixed the discount rules and the basket totals stopped going negative.",
	})
}
