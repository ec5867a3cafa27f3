package postmortem

import "testing"

// A clock written with the letter h between its hour and its minutes,
// as French, Catalan and Portuguese teams write it ("7h48", "14h02"), is
// a time, not a template's format ("hh:mm", "20xx"): the document's
// zone note applies to it.
func TestHourLetterClockIsNoFormat(t *testing.T) {
	for _, s := range []string{"7h48", "14h02", "9h31"} {
		if IsPlaceholder(s) {
			t.Errorf("%q read as a placeholder", s)
		}
	}
	for _, s := range []string{"hh:mm", "HHhh", "20xx-MM-DD HH:mm", "DD/MM/YYYY"} {
		if !IsPlaceholder(s) {
			t.Errorf("%q not read as a placeholder", s)
		}
	}
	src := "# Panne\n\n**Date de l'incident :** 2026-11-03\n\nToutes les heures sont en heure de Paris (CET).\n\nDébut de l'impact : 7h48\n"
	start, ok := mustParse(t, []byte(src)).Time(FieldStart)
	if !ok || start.Err != nil {
		t.Fatalf("no start read (%v)", start.Err)
	}
	if got := start.Time.UTC().Format("2006-01-02 15:04"); got != "2026-11-03 06:48" {
		t.Errorf("start %s UTC, want 2026-11-03 06:48", got)
	}
}
