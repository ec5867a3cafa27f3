package lint

import "testing"

// TestPersonCausePersisted checks a state out of service that lasted
// after a person's act, an operation among them ("restarted the pump
// controller and the chillers stayed off for an hour"); and a state that
// went on working, a planned one, or one no person's act is told before.
func TestPersonCausePersisted(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Harriet restarted the pump controller and the chillers stayed off for an hour.",
		"Pavel rebooted the gate server, and the car park barriers remained shut for forty minutes.",
		"Gideon moved the print queue to the new host, and the label printers stayed offline for the whole morning.",
	})
	checkPersonCause(t, false, []string{
		"Harriet restarted the pump controller and the chillers stayed on for the whole hour.",
		"Pavel rebooted the gate server, and the barriers remained shut for forty minutes during the planned fire drill.",
		"The barriers stayed shut for forty minutes because the gate server lost power.",
		"Gideon restarted the print queue, and the label printers came back within a minute.",
	})
}
