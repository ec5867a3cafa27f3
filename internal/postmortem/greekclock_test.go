package postmortem

import "testing"

// A timeline on Greek's twelve-hour clock ("10:15 μ.μ.", "1:40 π.μ.")
// runs past midnight in order: after noon is pm, before it am, and the
// entries after midnight are the next day's; one written out of its
// place is still found.
func TestGreekTwelveHourClockOrder(t *testing.T) {
	entries := "| Ώρα | Γεγονός |\n| --- | --- |\n| 9:50 μ.μ. | Αλλαγή ρύθμισης |\n| 11:05 μ.μ. | Ειδοποίηση |\n" +
		"| 12:10 π.μ. | Επαναφορά |\n| 1:30 π.μ. | Κανονική λειτουργία |\n"
	late, read := outOfOrder(t, "Date: 2026-11-29\n\n", "", entries)
	if read != 4 || len(late) != 0 {
		t.Errorf("read %d entries, out of order %q; want 4 in order", read, late)
	}
	late, _ = outOfOrder(t, "Date: 2026-11-29\n\n", "", entries+"| 1:10 π.μ. | Πρώτη επαναφορά (προστέθηκε μετά) |\n")
	if len(late) != 1 {
		t.Errorf("out of order %q; want the entry added after", late)
	}
	for s, want := range map[string]int{"10:15 μ.μ.": 22, "1:40 π.μ.": 1, "12:20 π.μ.": 0, "12:05 μ.μ.": 12} {
		if m, ok := readClock(s); !ok || twelveHour(atoi(m[1]), m[4]) != want {
			t.Errorf("%q: clock %q, want hour %d", s, m, want)
		}
	}
}
