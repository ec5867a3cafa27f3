package postmortem

import "testing"

// A post-mortem sent as a mail closes its follow-ups with thanks, the
// writer's name and role, and the replies quoted below: none of them is
// an action.
func TestThanksClosesMail(t *testing.T) {
	src := "# Invoices held\n\n**Follow-ups**\n\n" +
		"1. Rotate the key in two steps — Rafael Ortiz — open\n\n" +
		"Thanks to Priya for the early heads-up.\n\n" +
		"Dana Whitcombe\nIncident lead, Billing\nLedgerpine\n\n---\n\n" +
		"**From:** Rafael Ortiz <rafael@example.com>\n**Date:** 11/30/2026, 3:02 PM\n\nLooks right to me.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Rotate the key in two steps|Rafael Ortiz|||Open"})
}
