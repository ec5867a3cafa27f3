package lint

import "testing"

// TestPersonCauseTooMuch checks an amount told as off by a share ("were
// priced 40% too high") or a thing made the wrong size ("were cut too
// small") after a person's act; and the same words negated, or of what a
// relative clause names for a remedy.
func TestPersonCauseTooMuch(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi switched the unit table to grams, and the parcels were priced 40% too high.",
		"Maria changed the pattern file, and the curtains were cut too small.",
		"Tomasz edited the label template, so every label printed too small to read.",
	})
	checkPersonCause(t, false, []string{
		"Maria changed the pattern file, so no curtain was cut too small.",
		"Maria replaced the pattern file, and the curtains that were cut too small were remade.",
	})
}
