package postmortem

import (
	"strings"
	"testing"
)

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

// Clocks as many teams write them besides "14:02" and "2:14 pm": the
// Spanish "4:10 p. m.", a schedule's "6:05p", the British dotted
// "6.20pm" and "11.05 a.m.", and the 24-hour "1415 hrs" of services and
// the military, in a timeline's entries.
func TestClocksWrittenOtherwise(t *testing.T) {
	for _, c := range []struct{ name, src, start, end string }{
		{"spanish", "# Caída de etiquetas\n\n**Fecha del incidente:** 26 de noviembre de 2026\n\n## Cronología\n\n" +
			"- 3:40 p. m. — las etiquetas dejan de salir\n- 4:05 p. m. — la bodega avisa por radio\n- 11:20 p. m. — todo estable. **Fin del impacto.**\n", "2026-11-26T15:40Z", "2026-11-26T23:20Z"},
		{"letter", "# Board froze\n\n**Date:** 2026-11-29\n\n## Timeline\n\n" +
			"- 6:40p — board stops taking updates\n- 7:02p — desk calls IT\n- 9:15p — board back in sync, impact ended\n", "2026-11-29T18:40Z", "2026-11-29T21:15Z"},
		{"dotted", "# Scanners stopped syncing\n\n**Incident date:** 27 November 2026\n\n## Timeline\n\n" +
			"- **6.20pm** — access point drops off\n- 7.45pm — first complaint\n- 11.05 p.m. — all scanners synced, impact ended\n", "2026-11-27T18:20Z", "2026-11-27T23:05Z"},
		{"hrs", "# Routes empty\n\n**Incident date:** 2026-11-25\n\n## Timeline\n\n" +
			"- 1415 hrs — optimiser publishes empty routes\n- 1440hrs — driver radios dispatch\n- 1705 hrs — routes back on every tablet, impact ended\n", "2026-11-25T14:15Z", "2026-11-25T17:05Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start, FieldEnd: c.end}) })
	}
}

// A letter after a clock that begins a word is no am or pm: "at 6:05 a
// new alert", "6:05am".
func TestMeridiemLetterNeedsNoWord(t *testing.T) {
	for s, want := range map[string]string{"6:05 a new alert": "", "6:05and": "", "6:05a": "am", "11:40p —": "pm", "6:05am": "am"} {
		if m, ok := readClock(s); !ok || m[4] != want && strings.ToLower(m[4]) != want {
			t.Errorf("%q: read %q (%v), want %q", s, m[4], ok, want)
		}
	}
	for _, s := range []string{"2.10 release", "1415 meters", "0340", "14.5 pm"} {
		if m, ok := readClock(s); ok {
			t.Errorf("%q read as a clock %q", s, m[0])
		}
	}
}
