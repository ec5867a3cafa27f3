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
