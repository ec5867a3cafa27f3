package postmortem

import "testing"

// A note that gives the zone of every time may name the day with dots
// ("14.08.2026. Czas polski (CET)."): a date so written is no clock of
// its own, and the note's zone is the times'.
func TestZoneNoteWithDottedDate(t *testing.T) {
	wantTimes(t, "# Awaria kasy 2026-08-14\n\n_Sklep Nowak · 14.08.2026. Czas polski (CET)._\n\n## Podsumowanie\n\n"+
		"Kasy nie przyjmowały kart. Czasy: początek 9:12, zgłoszenie 9:31, przywrócone 10:05.\n",
		map[string]string{FieldStart: "2026-08-14T08:12Z", FieldEnd: "2026-08-14T09:05Z"})
	if !clockOfDayIn("Start 14.05 CET") || clockOfDayIn("14.08.2026 CET") {
		t.Error("clockOfDayIn")
	}
}
