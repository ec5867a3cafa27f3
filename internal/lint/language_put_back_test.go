package lint

import "testing"

// TestPersonCausePutBack checks an act that puts a thing back as it was,
// with "back" up to six words after the verb ("put the 250 ml bottle
// back on the shelf list", "changed the tariff table back to kWh"): an
// undoing, which no trouble told after it makes a cause; and the same
// verbs without "back" before damage.
func TestPersonCausePutBack(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Teodor put the 250 ml bottle back on the shelf list, and the shops refunded the buyers who had been charged twice.",
		"Ines changed the tariff table back to kWh and the March bills were reissued over the weekend.",
		"Ines set the night rate back to 18 cents, and the customers who were overcharged got a credit.",
	})
	checkPersonCause(t, true, []string{
		"Ines changed the tariff table to MWh, and every March bill came out a thousand times too high.",
	})
}
