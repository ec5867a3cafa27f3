package lint

import "testing"

// TestPersonCauseLiveNotMeant checks an act on the live system named
// against the one meant ("on prod, not staging", "but applied it on the
// production profile"), and the same on a test system or as a runbook
// says.
func TestPersonCauseLiveNotMeant(t *testing.T) {
	checkPersonCause(t, true, []string{
		"09:12 sanjay purges the cache on prod, not staging → the storefront serves blank pages",
		"Ingrid disabled the fraud rule for one merchant but applied it on the production profile.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid ran the load test on staging, not prod.",
		"09:12 sanjay purges the cache on prod, not staging, as the runbook says",
	})
}

// TestPersonCausePassiveAgentKinds checks passives that name the person
// after "by": a system taken offline, a step skipped in an aside, an
// override entered by someone whose result was damage, and an operation
// after which work had to be redone; and the same shapes when the act was
// planned, nothing went wrong, the main verb reads rather than acts, or
// nothing had to be redone.
func TestPersonCausePassiveAgentKinds(t *testing.T) {
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
