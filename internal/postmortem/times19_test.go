package postmortem

import "testing"

// An offset from UTC with its minutes ("UTC+05:30") in a note or a
// field for every time is that zone, minutes and all, not the hour's.
func TestUTCOffsetKeepsMinutes(t *testing.T) {
	entries := "\n\n## Ablauf\n\n- 21:30 — Temperatur im Kühlraum steigt\n- 22:10 — Alarm\n"
	for _, fields := range []string{
		"**Datum:** 2026-11-24\n\nAlle Uhrzeiten in UTC+05:30.",
		"**Datum:** 2026-11-24\n**Zeitzone:** UTC+05:30",
	} {
		wantTimes(t, "# Störung\n\n"+fields+entries, map[string]string{FieldStart: "2026-11-24T16:00Z"})
	}
}

