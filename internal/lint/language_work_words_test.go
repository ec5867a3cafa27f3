package lint

import "testing"

// TestPersonCauseWorkWithWords checks a person's work that carries its
// own words ("of the grade sheet", "to the shelf codes") before the verb
// that did something amiss, and the same shape when the work went well.
func TestPersonCauseWorkWithWords(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Tomasz's change to the shelf codes made every crate scan as empty.",
		"Odile's export of the fare table graded every child ticket as an adult one.",
		"Bongani's edit to the depot list sold the Durban seats twice on Friday.",
	})
	checkPersonCause(t, false, []string{
		"Tomasz's change to the shelf codes made every crate scan correctly again.",
		"Ravi's fix for the rounding bug paid every driver the right amount.",
		"Our rota for the holidays left nobody waiting at the desk.",
	})
}
