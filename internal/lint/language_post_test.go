package lint

import "testing"

// TestPersonCausePost checks a person told with the post or room they
// work from ("someone on the night watch", "a clerk in the billing
// office", "an operator in the control room") as the subject of an act
// with damage after it; and the same people at a remedy or a routine act.
func TestPersonCausePost(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Someone on the morning watch deleted the berth schedule, and the cranes sat idle until noon.",
		"A clerk in the billing office reran the invoice batch, and 900 tenants were charged twice.",
		"Someone in the control room switched off the pump alarms, and the basement flooded overnight.",
	})
	checkPersonCause(t, false, []string{
		"Someone on the morning watch restored the berth schedule, and the cranes were back at work by noon.",
		"A clerk in the billing office refunded the 900 tenants who were charged twice.",
		"Someone in the control room paged the on-call engineer at 02:10.",
	})
}

// TestPersonCauseTrailingAgent checks damage told first and its doer
// last, in a participle after a comma that names a person or a
// person's work as the agent ("…, sent there by Marte's pen map",
// "…, caused by the contractor"); and the same tail after a recovery or a
// remedy, or after a clause that tells no damage.
func TestPersonCauseTrailingAgent(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The well boat sailed to the wrong farm, sent there by Marte's updated site map.",
		"Checkout returned errors for an hour, caused by the contractor.",
		"Two pallets of valves went missing from the Luján store, moved by Ilse's stock transfer.",
	})
	checkPersonCause(t, false, []string{
		"Checkout recovered at 14:10, helped by Ravi's rollback.",
		"The double-charged riders were refunded by noon, paid by Siti's correction script.",
		"The well boat sailed to the Hitra farm, sent there by Marte's updated site map.",
		"The 404 errors stopped at 09:12, cleared by the on-call engineer.",
	})
}

// TestPersonCauseDashTail checks a sentence that tells what happened and
// ends on a dash and a person's work alone, with at most an aside on the
// work ("— Solveig's template", "— Ramiro's override, never cleared"):
// the tail names the cause even where the damage has no word of harm; and
// the same tail after a recovery or a remedy, or before a clause of its
// own.
func TestPersonCauseDashTail(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Pen 4 got the winter feed plan all through June — Halvard's spreadsheet.",
		"Every Friday pass scanned as Saturday at gate B — Shanice's event mapping, copied from the test site.",
		"Riders in Medan paid the airport surcharge on every trip — Bayu's zone export.",
	})
	checkPersonCause(t, false, []string{
		"Pen 4 got the summer feed plan back by noon — Halvard's spreadsheet.",
		"Every Friday pass was reissued before the gates opened — Shanice's event mapping, copied from the test site.",
		"Riders in Medan paid the airport surcharge on every trip — Bayu's zone export shows it for March too.",
	})
}

// TestPersonCauseTrades checks people of trades that fit and wire the
// kit (installers, plumbers, welders) as the agent of a passive with
// damage after it; and the same people at a remedy.
func TestPersonCauseTrades(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The pressure sensor was wired to the wrong input by the installer, so the pump ran dry for two days.",
		"The drain valve was fitted backwards by the plumber, and the basement flooded overnight.",
	})
	checkPersonCause(t, false, []string{
		"The pressure sensor was rewired by the installer, and the pump has run normally since.",
		"The drain valve was replaced by the plumber before the basement flooded again.",
	})
}
