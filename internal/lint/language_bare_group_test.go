package lint

import "testing"

// TestPersonCauseBareGroup checks a person told by the work they do
// without an article ("someone on payments", "a colleague in finance",
// "somebody on the kitchen side") as the subject of an act that did
// damage, and the same people doing a remedy or a routine act.
func TestPersonCauseBareGroup(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Someone on billing deleted the March invoices.",
		"Somebody in procurement wiped the supplier table before the audit.",
		"A colleague from marketing truncated the mailing list.",
		"Someone on the warehouse side dropped the pallet index.",
	})
	checkPersonCause(t, false, []string{
		"Someone on billing restored the March invoices from the backup.",
		"Somebody in procurement noticed the supplier table was empty and paged us.",
		"A colleague from marketing sent the mailing list to the new address.",
		"Someone on the warehouse side rebuilt the pallet index by noon.",
	})
}
