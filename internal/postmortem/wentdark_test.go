package postmortem

import "testing"

// A sentence after a told time that says "that's when" the service went
// dark or down for its users marks that time as the start, before an
// earlier change the story tells.
func TestThatsWhenItWentDark(t *testing.T) {
	src := "# Mail relay outage 2026-10-07\n\nAll times below are UTC.\n\n" +
		"At 03:10 we renewed the relay's certificate, as we do every quarter. The renewal reported success.\n\n" +
		"At 03:26 partner servers saw a chain they could not verify. That's when mail went dark for most customers.\n\n" +
		"Our on-call engineer was paged at 03:41 by the queue monitor.\n\n" +
		"By 05:02 delivery was fully restored.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-07T03:26Z", FieldDetect: "2026-10-07T03:41Z"})
}

// A notice that says the service worked badly "and for part of the time
// not at all, between" two times gives the impact's window.
func TestBetweenAfterNotAtAll(t *testing.T) {
	src := "# Service notice: slow uploads\n\n" +
		"On 12 October 2026 our upload API accepted your files but stored them slowly, and for part of the time not at all, between 14:20 UTC and 15:55 UTC.\n\n" +
		"## What happened\n\nAt 13:50 UTC we began a planned storage migration. At 14:20 UTC a new release went live. We were paged at 14:31 UTC.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-12T14:20Z", FieldEnd: "2026-10-12T15:55Z"})
}
