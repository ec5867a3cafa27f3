package lint

import "testing"

// TestPersonCausePassiveSequel checks a passive that names its doer and
// tells the damage as what followed, after "and" or in the next clause,
// as the active would be read; and the same passives with a remedy or
// with nothing gone wrong after them.
func TestPersonCausePassiveSequel(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The late-fee rule was edited by Halvard on Friday, and every tenant who paid after that was charged twice.",
		"The renewal batch was amended by Sunniva after the cut-off, and members who renewed that week paid twice.",
	})
	checkPersonCause(t, false, []string{
		"The late-fee rule was restored by Halvard on Friday, and the tenants who paid twice were refunded the same day.",
		"The renewal batch was amended by Sunniva before the cut-off, and members renewed as planned.",
	})
}

// TestPersonCauseOthersAccount checks one owner's money put into another
// owner's account by a person's act, with no word of damage; and the
// money put into its owners' own accounts, or moved back.
func TestPersonCauseOthersAccount(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Halvard's settlement run put the tenants' deposits into the landlord's operating account.",
		"Sunniva's export put the members' refunds into the club's own account.",
	})
	checkPersonCause(t, false, []string{
		"Halvard's settlement run put the tenants' deposits into the tenants' own accounts.",
		"Sunniva moved the refunds out of the club's account and into the members' accounts.",
	})
}

// TestPersonCauseSharedOne checks one thing that only one may hold at a
// time (a room, a vehicle, a code, a date) given to more than one by a
// person's act; and the same words where each got their own, or where
// "the same" names what is shared as it should be.
func TestPersonCauseSharedOne(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Halvard's roster gave the same van to three drivers on Tuesday.",
		"Sunniva's import printed the same locker number on forty membership cards.",
	})
	checkPersonCause(t, false, []string{
		"Halvard's roster gave each of the three drivers a van of their own on Tuesday.",
		"Sunniva sent all forty members the same welcome letter.",
		"Tom copied the staging dashboards to production so both show the same panels.",
	})
}

// TestPersonCauseWithdrawn checks what its maker withdraws (an
// enrolment, a booking) as no damage; what is withdrawn from others,
// with the damage after it, is still read.
func TestPersonCauseWithdrawn(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Priya withdrew the Berg family's second club enrolment and voided the invoice.",
		"Priya withdrew the Lund twins' gym booking.",
	})
	checkPersonCause(t, true, []string{
		"Ravi withdrew our prefixes from the transit provider and the site went dark.",
	})
}

// TestPersonCauseWrongCount checks an amount other than the one needed,
// told by counts alone: "instead of" and a count after any act, and more
// put into a thing than it has room for; and the counts that fit, or
// "instead of" before what is no count.
func TestPersonCauseWrongCount(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi ordered twelve boxes of gloves for the clinic instead of ninety.",
		"Ravi booked 60 guests into a marquee which seats 35.",
	})
	checkPersonCause(t, false, []string{
		"Ravi ordered the twelve crates from the dairy instead of the wholesaler.",
		"Ravi booked 30 guests into a marquee which seats 35.",
	})
}
