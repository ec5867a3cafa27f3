package lint

import "testing"

// TestPersonCauseSpoiled checks goods that spoiled, soured or were ruined
// after a person's act, told with a new subject ("and the yoghurt
// batch curdled overnight", "and vat 4 turned sour"), and the same words
// of what a remedy threw away or of a denial.
func TestPersonCauseSpoiled(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Maria raised the fermenter setpoint by six degrees, and the yoghurt batch curdled overnight.",
		"Piotr switched off the chiller for the weekend, and vat 4 turned sour by Monday.",
		"Anika changed the proving schedule, so two hundred loaves went mouldy on the shelf.",
		"Tomasz loaded the cleaning cycle during the run, ruining 300 litres of juice.",
	})
	checkPersonCause(t, false, []string{
		"Maria removed the spoiled batch from the cold room before the inspection.",
		"Piotr restarted the chiller, and vat 4 never turned sour.",
		"Anika threw out the mouldy loaves and restocked the shelf by noon.",
	})
}

// TestPersonCauseStoodIdle checks a thing out of service that sat, stood
// or lay so for a time after a person's act or before it as its cause
// ("the packing hall stood empty for two days"), not a hall that was
// busy.
func TestPersonCauseStoodIdle(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Maria cancelled the flour order, so the packing hall stood empty for two days.",
		"The bottling line sat idle for four hours because Maria switched the filler to cleaning mode.",
	})
	checkPersonCause(t, false, []string{
		"Maria cancelled the flour order, and the hall was busy all week.",
	})
}

// TestPersonCauseHandActNames checks capitalised names no list holds
// before acts people do by hand on records and settings ("Oyelaran
// switched the ward to the backup supply"), and what was back at work
// again after a remedy.
func TestPersonCauseHandActNames(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The bottling line sat idle for four hours because Oyelaran switched the filler to cleaning mode.",
		"Thandeka imported last year's price list, and 300 clinics were charged the old rate.",
		"Bjarnhéðinn imported the old recipe file, and the whole batch was ruined.",
		"Oyelaran took the only oxygen analyser offline for calibration, and the plant had no purity readings for a shift.",
		"Thandeka filled the overnight tank from the wrong silo, and 900 litres were ruined.",
	})
	checkPersonCause(t, false, []string{
		"Oyelaran switched the booking site out of maintenance mode, and the ferry was carrying passengers again by noon.",
		"Thandeka imported the corrected price list before the clinics opened.",
	})
}

// TestPersonCauseTroubleNotCome checks a consequence told with a
// negation after an act that changes state: trouble that did not come
// ("so the ward never ran on its reserve bank") is none, while what the
// people or things served did not get, what could not happen, and a
// negation in a clause of its own still tell damage.
func TestPersonCauseTroubleNotCome(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Maria rerouted the second oxygen truck to Ikeja, so the ward never ran on its reserve bank.",
	})
	checkPersonCause(t, true, []string{
		"Maria rerouted the second oxygen truck to Ikeja, so the ward did not get its cylinders until noon.",
		"Maria renamed the scheduler config, so the nightly batch would not start at 02:00.",
		"Maria turned off the stock sync, and the shop sold 300 mugs it did not have.",
	})
}

// TestPersonCauseMarkedAs checks a state that a record-keeping act gave
// its object ("marked the Cessna unavailable"), which keeps a record and
// makes no damage, against the same act followed by damage.
func TestPersonCauseMarkedAs(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Maria marked the Cessna at Alice Springs unavailable while its propeller was off.",
		"Maria flagged the feeder as offline until the electricians had checked it.",
	})
	checkPersonCause(t, true, []string{
		"Maria marked the Cessna at Alice Springs unavailable, and the clinic flight was cancelled.",
	})
}

// TestPersonCauseCleftOfRole checks clefts that name a role or the
// writers' own team as the one who acted ("It was us in stores who
// released the lot"), not as the one who found or fixed the trouble.
func TestPersonCauseCleftOfRole(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was us in stores who released the quarantined lot, and forty cases went to the shops.",
		"It was the relief dispatcher who cancelled both trucks for Thursday, and the clinic ran out of oxygen.",
	})
	checkPersonCause(t, false, []string{
		"It was the relief dispatcher who spotted the cancelled trucks and booked two more.",
	})
}

// TestPersonCauseHadToBeRefunded checks work that had to be refunded,
// reprinted or rebooked after a person's act, told as its damage, not a
// refund done or one that was not needed.
func TestPersonCauseHadToBeRefunded(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Maria loaded the weekend fares on Monday, and 1,400 tickets had to be refunded.",
		"Maria approved the proof with last year's logo, so 6,000 labels had to be reprinted.",
	})
	checkPersonCause(t, false, []string{
		"Maria refunded the 1,400 tickets that had to be refunded.",
		"Maria loaded the weekend fares on Friday, and no ticket had to be refunded.",
	})
}

// TestPersonCauseDownToOpener checks "down to" or "owing to" a person's
// work opening a sentence whose damage follows, not a remedy so named
// nor "down to" after a verb.
func TestPersonCauseDownToOpener(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Down to Maria's rush before the long weekend: the chilling step was skipped and the whole batch spoiled.",
		"Owing to Maria's edit of the route table, the Tuesday trucks went to the wrong depot.",
	})
	checkPersonCause(t, false, []string{
		"Down to Maria's fix, no order was lost.",
		"Latency went down to Maria's target once the cache was warm.",
	})
}

// TestPersonCauseSwappedBack checks a swap or a flip undone with "back",
// up to eight words after the verb ("changed the colour code for Andheri
// East back"), as a remedy, and the same swap without it as a cause.
func TestPersonCauseSwappedBack(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Maria swapped the two bay numbers back, and the Leeds drivers got their usual dock.",
		"Maria changed the colour code for Andheri East back to its own, and the boxes went out the next day.",
	})
	checkPersonCause(t, true, []string{
		"Maria swapped the two bay numbers, and the Leeds drivers got the wrong dock.",
	})
}
