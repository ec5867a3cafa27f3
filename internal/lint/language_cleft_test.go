package lint

import "testing"

// TestPersonCauseWholeBlame checks the damage put whole on one person's
// act or thing: an it-cleft naming a person's thing (whatever the noun,
// with or without an aside) as what did the damage, an outage "down to"
// a person's act, an outcome "all because" of one, and a new subject
// caught in a loop of restarts after it; and the same shapes naming a
// remedy, what was already spare, or a loop that did not come.
func TestPersonCauseWholeBlame(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was the late shift's purge list that emptied the customer table.",
		"It was Ngozi's spreadsheet, uploaded over the live tariff, that cut every refund in half.",
		"The Leeds outage was down to Ravi restarting both brokers at once.",
		"The blackout was down to Ines's firewall tweak.",
		"Checkout sat at a spinner for an hour, all because the contractor swapped the API keys.",
		"Marek pushed the gateway firmware, and the tills were rebooting every two minutes until noon.",
	})
	checkPersonCause(t, false, []string{
		"It was the late shift's purge list that emptied the stale session table.",
		"It was Ngozi's spreadsheet that restored the tariff.",
		"The quick recovery was down to Ravi restarting the broker early.",
		"Latency was down to 40 ms by noon.",
		"We caught it early, all because the contractor spotted the odd key.",
		"Marek pushed the gateway firmware, and no till was rebooting every two minutes any more.",
	})
}

// TestPersonCauseRevivedOld checks a person's work that brought back
// what had been retired, with damage after it, and the same verb
// bringing back what was good, or with nothing wrong after it.
func TestPersonCauseRevivedOld(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ewa's merge re-enabled the legacy tax engine, so 3,100 orders were billed the wrong VAT.",
	})
	checkPersonCause(t, false, []string{
		"Ewa's merge re-enabled the legacy tax engine's audit log, and the auditors had their trail back.",
		"Ewa's merge re-enabled the disk alert.",
	})
}

// TestPersonCauseUnknownOwnersTeam checks a name no list holds, as the
// owner of a team or squad, read as people who act; and the same name
// before a thing that is not a group of people.
func TestPersonCauseUnknownOwnersTeam(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Yeonwoo's team shipped the new reader without the bookmark fix; saved places were lost for 90,000 readers.",
	})
	checkPersonCause(t, false, []string{
		"Yeonwoo's team rolled the new checkout back within ten minutes.",
		"Tuomas's dashboard showed the checkout failures from 10:02.",
	})
}

// TestPersonCauseCleftGroupThat checks an it-cleft that names a role, a
// crew or a desk as the doer with "that" in the place of "who" ("It was
// the late shift that …"); and the same shape with a find, or a system
// as the doer.
func TestPersonCauseCleftGroupThat(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was the weekend crew that switched the chiller to manual, and two pallets of yoghurt spoiled.",
		"It was our payroll desk that moved the March run to the old bank file, so 400 drivers went unpaid for a week.",
	})
	checkPersonCause(t, false, []string{
		"It was the weekend crew that spotted the chiller drift before anything spoiled.",
		"It was the nightly job that posted the March run twice, so 400 drivers were paid double.",
	})
}
