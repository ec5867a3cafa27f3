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

// The incident's day written day first with dots, as German, Ukrainian,
// Polish or Turkish write it, with a weekday in parentheses after it or
// not, is the day of the timeline's bare clocks.
func TestDottedIncidentDay(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"german", "# Störung der Kassen\n\n**Datum des Vorfalls:** 28.11.2026\n**Zeitzone:** MEZ\n\n## Ablauf\n\n- 06:30 — Kassen melden Fehler\n- 07:10 — Bereitschaft alarmiert\n", "2026-11-28T05:30Z"},
		{"ukrainian", "# Розбір\n\n**Дата інциденту:** 03.12.2026 (четвер)\n\n## Хронологія\n\n- 06:30 — черга зупинилась\n- 07:05 — охорона пише в чат\n", "2026-12-03T06:30Z"},
		{"turkish", "# Olay raporu\n\n**Olay tarihi:** 1.12.2026\n\n## Zaman çizelgesi\n\n- 22:15 — ödemeler başarısız\n- 22:40 — nöbetçi arandı\n", "2026-12-01T22:15Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}
