package lint

import "testing"

// TestPersonCauseCleftWorkPhrase checks an it-cleft that names a
// person's work with a phrase of what it was done to or for before
// "that" ("It was Ingrid's import of the March file that …"), and the
// same cleft naming a remedy or a find.
func TestPersonCauseCleftWorkPhrase(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was Ingrid's import of the March price file that put every loaf at half price.",
		"It was Tomasz's change to the locker map that sent the couriers to the closed depot.",
	})
	checkPersonCause(t, false, []string{
		"It was Ingrid's rerun of the March price file that restored the right prices.",
		"It was Tomasz's query on the locker table that found the closed depot.",
	})
}
