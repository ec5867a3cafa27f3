package lint

import "testing"

// TestPersonCauseWorkConsequence checks a person's work as the subject,
// its damage told after its verb: in the next clause, after "so", as an
// act on more than was meant, after a long infinitive of a choice ("Their
// decision to …"), after a phrase of what it ran against, or after the
// verb of a remedy told as the work ("Goran's hotfix"); and the same
// work with a good result, a narrower act, or a verb that ends trouble.
func TestPersonCauseWorkConsequence(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ilse's slotting import put the frozen stock in a bay with no chillers; 40 pallets were lost by morning.",
		"Teodor's routing script sent the recall notice to every customer instead of one region.",
		"Her export against the orders table held a write lock for an hour, so checkout timed out for every shopper.",
		"Their decision to run the reindex during the sale window starved checkout of database connections.",
		"The release manager's call to ship on Friday night overloaded the support queue.",
		"Goran's hotfix to the pricing service rounded every fare down, so the airline lost revenue on 9,000 tickets.",
	})
	checkPersonCause(t, false, []string{
		"Ilse's slotting import put the frozen stock in the chilled bay; all 40 pallets stayed cold.",
		"Teodor's routing script sent the recall notice to one region instead of every customer.",
		"Her export against the replica finished in an hour, so checkout was unaffected.",
		"Her export against the replica finished in an hour, so the analysts had the figures by noon.",
		"Their decision to fail over early ended the outage within minutes.",
		"Goran's hotfix to the pricing service restored the fares, so the airline stopped losing revenue.",
		"Kenji's rollback ended the outage at 14:10.",
		"Ravi's patch changed the retry policy; the errors stopped within a minute.",
		"Kenji's patch for the memory leak went out at 14:00 and the pods stopped crashing.",
		"Stefan's quick patch for the billing job went live at 09:00, so no customer was billed twice.",
	})
}

// TestPersonCauseDamageThenWork checks damage told first and a person's
// work or act after "after", "once" or "within … of" as its start (a
// freeze, a page gone 404, records that vanished, a depot left with
// nothing); and the same shapes telling a recovery, a remedy, or
// symptoms that went away.
func TestPersonCauseDamageThenWork(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Card readers froze in every branch after Tomasz's firmware change reached the store network.",
		"Order tracking went 404 for every shopper once Priya unpublished what she thought was the old page.",
		"Loyalty balances disappeared for half the members after Marta ran the merge script.",
		"The depot was left with no delivery routes for the day after Ingrid archived the whole month.",
		"Within ten minutes of Oskar's schema push, the reporting replicas were gone.",
	})
	checkPersonCause(t, false, []string{
		"Card readers recovered in every branch after Tomasz's firmware change reached the store network.",
		"The errors vanished after Priya's rollback reached the edge.",
		"Checkout stopped failing once Ana's fix went live.",
		"Within ten minutes of Oskar's rollback, the reporting replicas were healthy again.",
		"The 404s disappeared once Priya republished the page.",
		"The 404s stopped once Lucas re-pointed the CDN at the live bucket.",
		"Payments resumed after Ingrid's config change went out.",
	})
}
