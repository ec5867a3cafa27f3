package postmortem

import "testing"

// A last entry that closes the incident after a time of watching is not
// the end of the impact: the entry before it that tells the service
// well again, or the last of the harm, is.
func TestWatchedCloseIsNotTheEnd(t *testing.T) {
	for name, c := range map[string]struct {
		src string
		end string
	}{
		"English table": {"# Search timeouts\n\n**Date:** 2026-10-06 · all times UTC\n\n## Timeline\n\n" +
			"| Time | Event |\n| --- | --- |\n| 09:00 | Index rebuild deployed |\n| 09:12 | Search requests start timing out |\n" +
			"| 09:20 | Alert fired: search p99 above 5s, paged Mira |\n| 09:41 | Rebuild rolled back |\n" +
			"| 09:47 | Last timed-out search; p99 back under 400 ms |\n| 10:30 | Incident resolved after forty minutes of monitoring |\n", "2026-10-06T09:47Z"},
		"kept open": {"# Invoices\n\n**Date:** 2026-10-07 · all times UTC\n\n## Timeline\n\n" +
			"- 13:05 Invoice exports start failing\n- 13:15 Alert fired, on-call paged\n- 13:50 Exports succeeding again\n" +
			"- 15:10 We kept the ticket open until the evening batch had run, then resolved it\n", "2026-10-07T13:50Z"},
		"Dutch": {"# Roosterstoring\n\n**Datum:** 2026-10-08 · tijden in UTC\n\n## Tijdlijn\n\n" +
			"- 08:10 Eerste mislukte inlog in de logs\n- 08:20 Melding bij de servicedesk\n- 09:05 Sleutel opnieuw ingesteld\n" +
			"- 09:12 Laatste mislukte inlog\n- 10:00 Incident opgelost na monitoring\n", "2026-10-08T09:12Z"},
	} {
		t.Run(name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldEnd: c.end}) })
	}
}

// A close that tells no watching stays the end.
func TestCloseWithoutWatchingIsTheEnd(t *testing.T) {
	src := "# Search timeouts\n\n**Date:** 2026-10-06 · all times UTC\n\n## Timeline\n\n" +
		"| Time | Event |\n| --- | --- |\n| 09:12 | Search requests start timing out |\n| 09:20 | Alert fired, paged Mira |\n" +
		"| 09:47 | Rebuild rolled back |\n| 10:30 | Incident resolved |\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-10-06T10:30Z"})
}
