package lint

import "testing"

// TestPersonCauseOrderedOther checks the wrong kind delivered after a
// person's act or work, told by what came "where" something else had
// been ordered or booked ("received size 38 boots where size 42 had been
// ordered"); and the same acts delivering what was ordered, or the place
// things were ordered for.
func TestPersonCauseOrderedOther(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kasia's picking list loaded lilies where tulips had been ordered.",
		"Tomasz packed the wrong sacks, and the café received decaf where espresso had been ordered.",
		"The catering order was rewritten by Ana, and the wedding got fish where lamb was booked.",
		"Bram swapped the SKU map, so customers received size 38 boots where size 42 had been ordered.",
	})
	checkPersonCause(t, false, []string{
		"Kasia's picking list loaded the tulips that had been ordered.",
		"Tomasz packed the espresso sacks, and the café received them where they had been ordered, at the side door.",
		"Ana rewrote the catering order, and the wedding got the lamb that was booked.",
		"Bram fixed the SKU map, so customers received the sizes they had ordered.",
	})
}
