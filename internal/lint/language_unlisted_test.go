package lint

import "testing"

// TestPersonCauseUnlistedNames checks people whose given names no list
// holds, read from what the sentence says they did where no other check
// reads them: an act only people do in a relative clause or a cleft, or
// as the agent after "by"; and capitalised products, services, places and
// teams that fail, drop or run, which stay unflagged, as do the same
// people doing routine acts.
func TestPersonCauseUnlistedNames(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The fare table was edited by Thandekile, and the kiosks charged double all morning.",
		"The tickets came from the fare table Thandekile had edited that morning.",
		"The discount codes were mistyped by Oyelaran, so 3,000 orders shipped for free.",
		"It was Dumisani who edited the fare table, and the kiosks charged double all morning.",
	})
	checkPersonCause(t, false, []string{
		"Kafka dropped the consumer group and the orders stopped for an hour.",
		"Stripe's webhook retried every payment twice during the outage.",
		"Vault's token expired and the deploys failed until it was renewed.",
		"Payroll's batch job ran twice because the scheduler fired on both nodes.",
		"Quorvex crashed under the load and dropped the queued messages.",
		"The rollback was approved by Thandekile and the kiosks recovered within minutes.",
		"Dumisani told the station staff about the fix, and the kiosks recovered soon after.",
		"The fare table was rebuilt by Lisbon overnight, as planned.",
	})
}
