package lint

import "testing"

// TestPersonCauseThanksAfterDamage checks damage told first and then put
// on a person's work with "thanks to", "down to" or "courtesy of", and
// the same shape after a remedy, a check or an outcome kept small.
func TestPersonCauseThanksAfterDamage(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The invoices went out twice, courtesy of Bram's retry loop.",
		"The Friday sailings were lost, down to Ines's purge of the drafts.",
		"The cold room stayed off all night, thanks to Odile's timer edit.",
	})
	checkPersonCause(t, false, []string{
		"The outage lasted ten minutes, thanks to Ana's rollback.",
		"Checkout was down for only four minutes, thanks to Ravi's quick thinking.",
		"The lost orders were restored by noon, thanks to Ines's backups.",
	})
}
