package lint

import "testing"

// TestPersonCauseDashOwner checks a sentence whose only sign of trouble
// is its closing dash and a person's work, perhaps with a phrase of when
// or where ("— Ravi's routing table from the old office"): the tail opens
// the check by itself; and the same tail after what went well, or before
// a clause of its own.
func TestPersonCauseDashOwner(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Stall 9 got the winter price list for a fortnight — Odile's template.",
		"Every parcel in the north depot waited a day — Ravi's routing table from the old office.",
	})
	checkPersonCause(t, false, []string{
		"Stall 9 got the right price list again — Odile's template.",
		"The north pens were fed on time all week — Halvard's spreadsheet.",
		"Every parcel in the north depot was delivered smoothly — Ravi's routing table from the old office.",
		"Stall 9 got the winter price list for a fortnight — Odile's template shows it for March too.",
	})
}
