package lint

import "testing"

// TestPersonCauseCompany checks a company told by a role word it shares
// with people: a supplier or a vendor with no role after it, given as the
// reason for what went wrong ("because the supplier changed …"), and a
// network's operator that acts on what is its own or whose work failed
// by itself, are not a person; a person who works for one ("the vendor
// engineer", "the supplier liaison") still is.
func TestPersonCauseCompany(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The vendor engineer wiped the controller's settings, and the kiosks went dark for an hour.",
		"The supplier liaison moved the delivery to Monday, and the bakery ran out of flour.",
	})
	checkPersonCause(t, false, []string{
		"The ovens overheated because the supplier changed the thermostat firmware without notice.",
		"The tills failed because the card vendor retired the old terminal profile.",
		"The satellite operator moved its ground station on Sunday, and the telemetry dropped for an hour.",
		"The chillers stayed off because the grid operator's substation failed.",
	})
}
