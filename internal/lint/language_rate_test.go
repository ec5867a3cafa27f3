package lint

import "testing"

// TestPersonCauseOtherRate checks a price of another class that a
// person's act or work had the people served charged, paid or billed:
// a class or a place between the article and the price ("the lorry
// rate", "the peak fare", "the Lisbon tariff"), or a full fee. The same
// shapes with the price that was due, a price refunded, or a price not
// charged are not flagged.
func TestPersonCauseOtherRate(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Gwilym's zone file charged every student in Cardiff the adult season fare for a month.",
		"Rosalind mapped the Porto stores to the Lisbon tariff, and 2,000 households there were billed at the Lisbon rate.",
		"After Tadeo's import, off-peak riders paid the peak fare all week.",
		"Signed off by Priya, the renewal batch charged every pensioner the full fee.",
	})
	checkPersonCause(t, false, []string{
		"Rosalind mapped the Porto stores back to their own tariff, and households there were billed at the right rate.",
		"Gwilym's corrected zone file refunded every student who had been charged the adult season fare.",
		"After Tadeo's import, riders paid the agreed fare.",
		"Priya moved the pensioners to the new tariff, so no pensioner was charged the full fee.",
		"The error rate on the fare service stayed under 0.1% during Tadeo's import.",
	})
}
