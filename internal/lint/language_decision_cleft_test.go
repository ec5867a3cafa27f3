package lint

import "testing"

// TestPersonCauseDecisionCleft checks an it-cleft that names a person's
// decision, call or approval with its own words before "that", and the
// same shape naming a remedy, a find or an act that kept harm away.
func TestPersonCauseDecisionCleft(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was Imke's decision to defer the patching window that left the kiosks on the old firmware for a month.",
		"It was our call to skip the rehearsal that cost the venue its Friday opening.",
		"It was Oskar's approval of the cheaper sensors that left the freezers unmonitored over the weekend.",
		"It was the late shift's call to pause the scanner sync that left two gates turning away valid passes for an hour.",
	})
	checkPersonCause(t, false, []string{
		"It was our decision to roll back the release that restored checkout within minutes.",
		"It was Priya's call to page the DBA early that kept the outage short.",
		"It was Ana's decision to fail over to the second region that saved the evening.",
		"It was the manager's approval of the overtime that let the crew finish the backlog.",
	})
}
