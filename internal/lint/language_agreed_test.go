package lint

import "testing"

// TestPersonCauseAgreedThan checks a mismatch with what the people served
// were told or sold, after a person's act or work: a comparative before
// "than" and what was agreed, booked, ordered, quoted or promised ("were
// paid less than agreed", "left twenty minutes earlier than passengers
// had booked"); and the same shapes against a team's own plan, denied, or
// in a remedy.
func TestPersonCauseAgreedThan(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ingrid's invoice run billed the Dundee tenants twelve pounds more than agreed.",
		"Marek changed the ferry timetable and the 17:40 sailing left twenty minutes earlier than passengers had booked.",
		"After Sunita's edit to the order file, the caterer delivered forty fewer lunches than the school had ordered.",
		"Dario's price import charged the Bologna members more than their contracts promised.",
		"Keiko's booking sync held the meeting rooms two hours longer than the client had asked for.",
		"Lwazi reran the payroll export, so the seasonal pickers were paid less than agreed for March.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid refunded the Dundee tenants the twelve pounds they had paid more than agreed.",
		"Marek changed the ferry timetable and the 17:40 sailing left twenty minutes earlier than planned.",
		"Sunita's second order file gave the caterer the count of lunches the school had ordered.",
		"Dario's price import charged the Bologna members exactly what their contracts promised.",
		"Hamid checked the ledger and no family had paid more than quoted.",
		"Keiko's migration finished the room bookings two hours sooner than expected.",
		"Lwazi confirmed that every picker was paid what was agreed for March.",
	})
}
