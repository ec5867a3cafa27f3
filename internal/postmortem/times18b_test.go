package postmortem

import "testing"

// Stated times with the word a language writes before a clock (Italian
// "ore" and "alle", Polish "godz.", Spanish "a las", German "um"), and a
// weekday in the document's language before a date all in figures
// ("martedì 17/03/2026", "wt. 17.03.2026"): the weekday is dropped, the
// date says the day, and the times without one are on the start's day.
func TestClockWordsAndWeekdayBeforeFigures(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"italian", "# Stampanti ferme\n\n**Data della revisione:** 19/03/2026\n\nOrari in CET.\n\n" +
			"- **Inizio impatto:** martedì 17/03/2026 ore 09:05\n- **Rilevazione:** ore 09:20\n- **Fine impatto:** alle 10:45\n"},
		{"polish", "# Drukarki stoją\n\n**Data przeglądu:** 19.03.2026\n\nStrefa czasowa: CET.\n\n" +
			"- **Początek awarii:** wt. 17.03.2026 godz. 09:05\n- **Wykrycie:** godz. 09:20\n- **Koniec awarii:** godz. 10:45\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantTimes(t, c.src, map[string]string{FieldStart: "2026-03-17T08:05Z", FieldDetect: "2026-03-17T08:20Z", FieldEnd: "2026-03-17T09:45Z"})
		})
	}
}
