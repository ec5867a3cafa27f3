package lint

import "testing"

// TestPersonCauseTurnedAway checks people sent off after a person's act,
// in a passive ("and the walkers were turned away at the hut") or as the
// object ("the clinics sent patients home"), or before an act told in the
// past perfect; and the same words negated, of a relative clause that
// names whom a remedy helped, or of a crew sent off duty.
func TestPersonCauseTurnedAway(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Priya moved the hut bookings to the winter calendar, and forty walkers were turned away at the door.",
		"Tomasz loaded last week's clinic list, so three clinics sent patients home before noon.",
		"Sixty pupils were turned away at the museum gate; Maria had booked the wrong Tuesday.",
	})
	checkPersonCause(t, false, []string{
		"Priya moved the hut bookings back to the summer calendar, and the walkers who had been turned away got their beds.",
		"Tomasz loaded the new clinic list, and no patient was turned away.",
		"Maria sent the night crew home at 02:00 once the queue was empty.",
	})
}
