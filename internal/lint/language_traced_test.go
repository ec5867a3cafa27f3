package lint

import "testing"

// TestPersonCauseTracedToGerund checks a person's act told as a gerund
// after a phrase that ties trouble to it, with a name no list holds
// ("traces straight back to Oyelaran changing the rate", "because of
// Thandeka rerunning the export", "were lost to Ilse opening the wrong
// valve"), and the same phrases before a remedy or a find.
func TestPersonCauseTracedToGerund(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The grower payout came out 9% short, which traces straight back to Oyelaran changing the rate per kilo.",
		"The invoices went out a day late because of Thandeka rerunning the export after the cut-off.",
		"Four hundred litres of cider were lost to Ilse opening the wrong drain valve during cleaning.",
	})
	checkPersonCause(t, false, []string{
		"The delay was shorter because of Tadeja noticing the price per kilo.",
		"The cellar recovered, which traced back to Ilse restoring the chiller settings.",
	})
}
