package postmortem

import "testing"

// A bullet whose moment label opens its text in bold, after the time
// and a dash, marks that moment: "- 14:02 – **inicio del impacto**: …".
func TestLeadBoldLabelMarksEntry(t *testing.T) {
	const src = "# Výpadek\n\n**Datum incidentu:** 2026-04-09\n**Časové pásmo:** UTC\n\n## Časová osa\n\n" +
		"- 13:40 – nasazena nová verze košíku\n- 14:02 – **začátek dopadu**: objednávky selhávají\n" +
		"- 14:15 – **zjištěno**: alert z monitoringu\n- 14:30 – tým se schází\n- 15:10 – **konec dopadu**: objednávky procházejí\n"
	checkUTC(t, mustParse(t, []byte(src)), map[string]string{FieldStart: "2026-04-09T14:02Z", FieldDetect: "2026-04-09T14:15Z", FieldEnd: "2026-04-09T15:10Z"})
}

// The present tense of a moment's label in Swedish, Finnish and
// Indonesian marks a table's entry as the past tense does.
func TestPresentTenseMomentLabels(t *testing.T) {
	for label, key := range map[string]string{"Påverkan börjar": FieldStart, "Påverkan slut": FieldEnd, "häiriö alkaa": FieldStart, "häiriö päättyy": FieldEnd, "Insiden mulai": FieldStart} {
		if got := emphasisMarker("Betalningar nekas — **" + label + "**"); got != key {
			t.Errorf("%q: %q, want %q", label, got, key)
		}
	}
}
