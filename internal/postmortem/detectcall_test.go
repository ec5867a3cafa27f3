package postmortem

import "testing"

// A call, a message or an e-mail to the service desk, the contact centre
// or support, support escalating to the team, or a monitor turning red
// is how the team came to know: the entry is the detection.
func TestCallToTheDeskIsTheDetection(t *testing.T) {
	for text, want := range map[string]string{
		"A clerk rang the Service Desk: no receipts printing":         "2026-10-09T07:20Z",
		"Contact centre calls the help desk, callers cannot pay":      "2026-10-09T07:20Z",
		"Finance e-mailed support about missing remittances":          "2026-10-09T07:20Z",
		"A resident phoned the contact centre; her payment was taken": "2026-10-09T07:20Z",
		"Support escalates to engineering":                            "2026-10-09T07:20Z",
		"Branch manager's ticket escalated to the on-call":            "2026-10-09T07:20Z",
		"Receipts monitor goes red":                                   "2026-10-09T07:20Z",
	} {
		src := "# Receipts\n\n**Date:** 2026-10-09 · all times UTC\n\n## Timeline\n\n" +
			"- 06:50 Printer driver update rolled out\n- 07:05 Receipt printing fails in every branch\n" +
			"- 07:20 " + text + "\n- 07:40 Driver rolled back\n- 07:52 Printing restored\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-10-09T07:05Z", FieldDetect: want, FieldEnd: "2026-10-09T07:52Z"})
	}
}

// An entry that tells the harm of something before the incident
// stopping ("Maintenance ends; card declines stop.") is not the start.
func TestHarmStoppingIsNotTheStart(t *testing.T) {
	src := "# Bookings\n\n**Date:** 2026-10-10 · all times UTC\n\n## Timeline\n\n" +
		"- 09:30 Payment provider maintenance begins\n- 10:00 Maintenance ends; card declines stop.\n" +
		"- 10:12 Planned database failover\n- 10:15 Booking API starts returning errors on every write\n" +
		"- 10:24 Alert fired, on-call paged\n- 11:40 Service restored\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-10T10:15Z", FieldDetect: "2026-10-10T10:24Z"})
}
