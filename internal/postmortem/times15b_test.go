package postmortem

import "testing"

// A narrative paragraph that opens with its time reads the time whole:
// "At 4:30 p.m. a config push broke checkout" is 16:30, not 4:30 with
// "p.m." left to the entry's text.
func TestParagraphOpeningWithDottedMeridiem(t *testing.T) {
	src := "# Checkout\n\nDate: 2026-12-14\n\n## What happened\n\n" +
		"At 4:30 p.m. a config push broke checkout, and the impact began.\n\n" +
		"Support noticed at 5:20 p.m. that receipts were wrong. Checkout recovered at 6:10 p.m.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-12-14T16:30Z", FieldDetect: "2026-12-14T17:20Z", FieldEnd: "2026-12-14T18:10Z"})
	if len(doc.Events) > 0 && doc.Events[0].Text != "a config push broke checkout, and the impact began." {
		t.Errorf("first entry's text %q", doc.Events[0].Text)
	}
}

// An entry whose last sentence is the vocabulary's label of the start,
// the detection or the end, in any of its languages, marks that moment;
// a last sentence of other words does not. A timeline of such entries
// gives the document's times.
func TestEntryEndingInMomentLabel(t *testing.T) {
	for text, want := range map[string]string{
		"Първи откази от националната система. Начало на въздействието.":      FieldStart,
		"Primers errors d'autenticació (`unknown CA`). Inici de l'afectació.": FieldStart,
		"El CAU obre la incidència urgent. Detecció.":                         FieldDetect,
		"פריסה לכל השרתים; שיעור ההצלחה חזר לרגיל. סוף ההשפעה.":               FieldEnd,
		"Rolled the table back. Checked the receipts.":                        "",
	} {
		if got := labelMarker(text); got != want {
			t.Errorf("labelMarker(%q) = %q, want %q", text, got, want)
		}
	}
	src := "# Wifi\n\nDate: 2026-12-16\n\n## Cronologia\n\n| Hora | Fet |\n|---|---|\n" +
		"| 08:05 | Primers errors d'autenticació. Inici de l'afectació. |\n| 08:40 | El CAU obre la incidència urgent. Detecció. |\n" +
		"| 11:20 | Certificat renovat; tot torna a funcionar. Final de l'afectació. |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-16T08:05Z", FieldDetect: "2026-12-16T08:40Z", FieldEnd: "2026-12-16T11:20Z"})
}
