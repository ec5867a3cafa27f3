package lint

import "testing"

// TestPersonCauseDownToWork checks trouble said to be down to a person's
// work or a person's act, told after it ("…, which was down to Odile's
// swap of the two bay numbers", "The short delivery was down to Ravi
// entering the order twice"); a remedy, a find or a number after "down
// to" is no cause.
func TestPersonCauseDownToWork(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The Leeds depot lost its evening slot, which was down to Odile's swap of the two bay numbers.",
		"The missing pallet of flour was down to Ravi entering the order against the wrong supplier.",
		"Half the tickets printed blank, which was down to Halvard's template for the new printers.",
		"The growers lost a week of payments, down to the clerk who paused the wrong payout run.",
	})
	checkPersonCause(t, false, []string{
		"The queue was down to 40 jobs by the time Odile looked at it.",
		"The quick recovery was down to Ravi's rollback of the release.",
		"The queue was down to Halvard noticing the stuck consumer early.",
		"The Leeds depot kept its evening slot, which was down to Odile's fix of the two bay numbers.",
		"The fast recovery was down to the engineer who restored the backup.",
	})
}

// TestPersonCauseThanksAfterTrouble checks trouble told first and then,
// after a comma, "thanks to" or "courtesy of" a person's work closing the
// sentence with a phrase of its own ("…, courtesy of Ravi's retry loop on
// the card call."); what went well or was put right before it is no
// cause.
func TestPersonCauseThanksAfterTrouble(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Forty parcels were lost in the sort, courtesy of the night crew's change to the chute labels.",
		"Every member in Leeds now shows a negative balance, thanks to Odile's rounding rule.",
	})
	checkPersonCause(t, false, []string{
		"Every card worked again by noon, thanks to Odile's rounding change.",
		"The lost parcels were found within the hour, thanks to Ravi's change to the scan report.",
		"Forty parcels went out on time, courtesy of the night crew's change to the chute labels.",
	})
}

// TestPersonCauseWhatCleftCost checks a wh-cleft whose first part tells
// what the trouble cost or where things went wrong, naming a person's
// work or act, or a thing a person made, as what did it; and the same
// cleft naming a fix, a find or what went well.
func TestPersonCauseWhatCleftCost(t *testing.T) {
	checkPersonCause(t, true, []string{
		"What cost the twelve riders their last run was Radu holding the lift for a late lunch.",
		"What sent 90 guests to the wrong gate was Lotte's map on the back of the ticket.",
		"What broke the guides on Sunday was the image Osk loaded onto all sixty handsets at once.",
	})
	checkPersonCause(t, false, []string{
		"What got the show its linen in time was Filippo's call to a second mill.",
		"What held the release back was Ravi's review of the migration.",
		"What broke the guides on Sunday was a fault in the vendor's firmware.",
	})
}

// TestPersonCauseColonReason checks damage told first and a person's act
// after a colon, which gives the reason for it, with or without "had";
// an act that put things back, or a repair told after it, is no cause.
func TestPersonCauseColonReason(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Forty parcels went to the wrong depot: Odile swapped the two bay numbers.",
		"Every stall in the east hall lost its pitch: Ravi had deleted the booking table.",
	})
	checkPersonCause(t, false, []string{
		"Checkout failed for an hour: Ravi rolled the release back.",
		"Forty parcels went to the wrong depot: Odile fixed the two bay numbers by noon.",
		"Checkout failed for an hour: Ravi paged the DBA.",
	})
}
