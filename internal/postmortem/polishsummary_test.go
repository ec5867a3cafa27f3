package postmortem

import "testing"

// A Polish line that sums up the times by their names ("początek 9:50,
// zgłoszenie 10:02, przywrócone 11:18") gives each clock the moment named
// just before it.
func TestMomentProsePolishTimesSummed(t *testing.T) {
	wantTimes(t, "# Awaria kasy 2026-08-14\n\n**Strefa czasowa:** UTC\n\n## Podsumowanie\n\n"+
		"Kasy nie przyjmowały kart. Czasy: początek 9:12, zgłoszenie 9:31, przywrócone 10:05.\n",
		map[string]string{FieldStart: "2026-08-14T09:12Z", FieldDetect: "2026-08-14T09:31Z", FieldEnd: "2026-08-14T10:05Z"})
}
