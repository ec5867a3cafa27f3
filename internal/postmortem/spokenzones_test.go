package postmortem

import (
	"testing"
	"time"
)

// Teams state the zone of their times as they speak of it: in a note of
// several parts ("(hora de Chile, UTC-4)", "(Sydney time, AEST)"), in
// the words of their own language or country ("horário de Brasília",
// "Suomen aikaa", "Finnish time", "UK time"), with the signs a
// converter writes ("UTC\-3" from a document saved as Markdown, the
// typeset minus of "UTC−3"), and as a tool's export line says it
// ("Times displayed in (GMT+05:30) …").
func TestSpokenZones(t *testing.T) {
	for name, tt := range map[string]struct {
		src  string
		want map[string]string
	}{
		"note in parts": {"# Kiosk outage\n\n| Field | Value |\n| --- | --- |\n" +
			"| Impact start | 2026-07-08 10:00 (hora de Chile, UTC-4) |\n| Detected | 2026-07-08 10:20 (Sydney time, AEST) |\n",
			map[string]string{FieldStart: "2026-07-08T14:00Z", FieldDetect: "2026-07-08T00:20Z"}},
		"escaped and typeset minus": {"# Kiosk outage\n\n| **Campo / Field** | **Valor / Value** |\n| :---- | :---- |\n" +
			"| **Impact start** | 2026-07-08 09:10 (UTC\\-5) |\n| **Impact end** | 2026-07-08 11:00 (UTC−5) |\n",
			map[string]string{FieldStart: "2026-07-08T14:10Z", FieldEnd: "2026-07-08T16:00Z"}},
		"language's words in a value": {"# Kiosk outage\n\n- **Impact start:** 2026-01-20 08:00 horário de Brasília\n" +
			"- **Detected:** 2026-01-20 09:00 Suomen aikaa\n- **Impact end:** 2026-01-20 10:00 UK time\n",
			map[string]string{FieldStart: "2026-01-20T11:00Z", FieldDetect: "2026-01-20T07:00Z", FieldEnd: "2026-01-20T10:00Z"}},
		"country's time in a note": {"# Kiosk outage\n\n**Date:** 2026-06-02\n\n_Times are Finnish time._\n\n" +
			"- **Impact start:** 08:00\n- **Impact end:** 09:30\n",
			map[string]string{FieldStart: "2026-06-02T05:00Z", FieldEnd: "2026-06-02T06:30Z"}},
		"season of a place": {"# Kiosk outage\n\n- **Impact start:** 2026-11-21 02:40 Chile continental summer time\n",
			map[string]string{FieldStart: "2026-11-21T05:40Z"}},
		"export line": {"# INC-31 Kiosk outage\n\n_Exported on Jun 3, 2026 · Times displayed in (GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi_\n\n" +
			"| Milestone | Timestamp |\n| --- | --- |\n| Started at | Jun 2, 2026 9:00 PM |\n| Resolved at | Jun 2, 2026 10:30 PM |\n",
			map[string]string{FieldStart: "2026-06-02T15:30Z", FieldEnd: "2026-06-02T17:00Z"}},
	} {
		t.Run(name, func(t *testing.T) { wantTimes(t, tt.src, tt.want) })
	}
}

// Only a place the words say the time of is a zone: a note whose first
// part names none, a lower-case word and a place no table holds are not.
func TestSpokenZoneWords(t *testing.T) {
	for s, want := range map[string]string{
		"horário de Brasília": "America/Sao_Paulo", "Suomen aikaa": "Europe/Helsinki", "Finnish time": "Europe/Helsinki",
		"Chile continental summer time": "America/Santiago", "hora de Chile": "America/Santiago", "UK time": "Europe/London",
		"finnish time": "", "hora de comer": "", "summer time": "", "Springfield time": "",
	} {
		if got := placeZone(s); got != want {
			t.Errorf("placeZone(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"10:00 (hora de Chile, UTC-4)": "America/Santiago", "10:00 (EET, UTC+2)": "EET", "10:00 (CLST, UTC-3)": "CLST",
		"10:00 (approx., see log)": "", "10:00 (from the gateway log)": "", "10:00 (CAT)": "CAT",
	} {
		if got := zoneInNote(s); got != want {
			t.Errorf("zoneInNote(%q) = %q, want %q", s, got, want)
		}
	}
}

// A clock the Nordic languages write after their word for it, with a
// dot ("klo 16.20", "kl. 9.05"), reads as that time of day, as do a
// Dutch "14.05 uur" and a Spanish "2:05 p. m.".
func TestClockWords(t *testing.T) {
	src := "# Tekstiviestit viivästyivät\n\n| Kenttä / Field | Arvo / Value |\n| --- | --- |\n" +
		"| Vaikutus alkoi / Impact start | 4.2.2026 klo 09.15 |\n| Havaittu / Detected | 4.2.2026 kl. 9.40 (asiakaspalvelu / support) |\n" +
		"| Vaikutus päättyi / Impact end | 4.2.2026 kello 11.05 |\n\nKellonajat Suomen aikaa. _Times are Finnish time, EET, UTC+2._\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-02-04T07:15Z", FieldDetect: "2026-02-04T07:40Z", FieldEnd: "2026-02-04T09:05Z"})
	base := time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]int{"14.05 uur": 14*60 + 5, "2:05 p. m.": 14*60 + 5, "9:40 a. m.": 9*60 + 40} {
		if pt, err := ParseTime(s, base); err != nil || pt.Time.Hour()*60+pt.Time.Minute() != want {
			t.Errorf("%q read as %v (%v)", s, pt.Time, err)
		}
	}
	for _, s := range []string{"version 16.20", "block 16.20", "16.20"} {
		if pt, err := ParseTime(s, base); err == nil {
			t.Errorf("%q read as a time: %v", s, pt.Time)
		}
	}
}

// A zone of the database whose region is named as a zone of the United
// States is ("Pacific/Auckland") is read as itself.
func TestPacificRegionZones(t *testing.T) {
	for s, want := range map[string]string{"2026-12-03 06:05 Pacific/Auckland": "2026-12-02T17:05Z", "2026-12-03 06:05 Pacific/Honolulu": "2026-12-03T16:05Z"} {
		pt, err := ParseTime(s, time.Time{})
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != want {
			t.Errorf("%q read as %s (%v), want %s", s, got, err, want)
		}
	}
}

// A time said to be local names no zone: it is read in the zone the
// document names for its times.
func TestLocalTime(t *testing.T) {
	wantTimes(t, "# Kiosk outage\n\nAll times are CET.\n\n- **Impact start:** 2026-11-03 14:02 local time\n- **Impact end:** 2026-11-03 15:10 local\n",
		map[string]string{FieldStart: "2026-11-03T13:02Z", FieldEnd: "2026-11-03T14:10Z"})
}
