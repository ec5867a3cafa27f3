package postmortem

import (
	"testing"
	"time"
)

// Four digits with a "Z" right after them are a clock in UTC, as
// aviation and the military write it, in a field and opening an entry.
func TestZuluClock(t *testing.T) {
	base := time.Date(2026, 10, 14, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]string{
		"0742Z":                   "2026-10-14T07:42Z",
		"2215Z by the ramp agent": "2026-10-14T22:15Z",
		"14 OCT 2026 0905Z":       "2026-10-14T09:05Z",
	} {
		pt, err := ParseTime(s, base)
		if err != nil || !pt.HasZone || pt.Time.UTC().Format("2006-01-02T15:04Z") != want {
			t.Errorf("ParseTime(%q) = %v, %v; want %s", s, pt.Time, err, want)
		}
	}
	for _, s := range []string{"0742Zulu", "12345Z"} {
		if pt, err := ParseTime(s, base); err == nil {
			t.Errorf("ParseTime(%q) = %v, want an error", s, pt.Time)
		}
	}
}

// A list of key times in Z clocks with bold markers after the entries
// gives the start and the end; a detection field in a Z clock is read.
func TestZuluClockEntries(t *testing.T) {
	src := "# Baggage sortation outage 14 OCT 2026\n\n" +
		"| Item | Detail |\n| --- | --- |\n| Date of event | 14 OCT 2026 |\n| First reported | 0718Z by the ramp supervisor |\n\n" +
		"## Key times (UTC)\n\n" +
		"- **0650Z** — Scheduled patch window on the sorter PLCs opens.\n" +
		"- **0709Z** — Bags stop leaving the make-up carousels. **Start of impact.**\n" +
		"- **0718Z** — Ramp supervisor radios the control centre. **First reported.**\n" +
		"- **0853Z** — Carousels running at all piers. **Impact ended.**\n" +
		"- **1120Z** — Backlog of bags cleared; disruption stood down.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-14T07:09Z", FieldDetect: "2026-10-14T07:18Z", FieldEnd: "2026-10-14T08:53Z"})
}

// A form's "Date/time identified" is its detection; a status page's
// "Identified" alone is the cause found, and names no field.
func TestIdentifiedLabel(t *testing.T) {
	for label, want := range map[string]string{
		"Date/time identified":                       FieldDetect,
		"Date/time identified (first caller logged)": FieldDetect,
		"Time identified":                            FieldDetect,
		"Date and time identified":                   FieldDetect,
		"Identified":                                 "",
		"Cause identified":                           "",
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("fieldKey(%q) = %q, want %q", label, got, want)
		}
	}
}
