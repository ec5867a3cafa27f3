package postmortem

import "testing"

// TestSentenceDaySkipsLabels checks that a header's labelled date is not
// taken for the day a sentence dates the incident with.
func TestSentenceDaySkipsLabels(t *testing.T) {
	p := &parser{doc: &Document{}}
	for text, want := range map[string]string{
		"Fälligkeitsdatum: 09.12.2031 · Erstellt am 10.12.2031, 11:20. Am Montag, dem 1. Dezember 2031, um 10.15 Uhr": "1. Dezember 2031",
		"Sitzung 3.4.2031 um 09:12 Uhr": "3.4.2031",
	} {
		m := p.sentenceDay(text)
		if m == nil || text[m[0]:m[1]] != want {
			t.Errorf("sentenceDay(%q) = %v, want %q", text, m, want)
		}
	}
}

// TestProseDayOrdinal checks the first of a month written as an
// ordinal, as Portuguese writes it.
func TestProseDayOrdinal(t *testing.T) {
	text := "Na sexta-feira, 1º de março de 2030, o portal parou."
	m := proseDayRe.FindStringSubmatchIndex(text)
	if m == nil {
		t.Fatal("no day read")
	}
	if mo, d, _ := proseMonthDay(text, m); mo != 3 || d != 1 {
		t.Errorf("read month %d day %d, want 3 1", mo, d)
	}
}
