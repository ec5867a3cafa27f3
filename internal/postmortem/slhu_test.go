package postmortem

import "testing"

// Slovenian's fields (vocabulary/sl.yaml), and Hungarian's "A hiba
// kezdete" and "A hiba vége" (the fault's start and end) and its review
// meeting's date, "Utóelemző megbeszélés".
func TestSlovenianAndHungarianFields(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"slovenian", "# Poročilo o incidentu\n\n- **Vodja obravnave incidenta:** Mojca Kranjc\n- **Resnost:** srednja\n- **Datum incidenta:** 2026-12-01\n" +
			"- **Začetek motnje:** 08:05 UTC\n- **Zaznava:** 08:27 UTC\n- **Konec motnje:** 09:50 UTC\n",
			"2026-12-01T08:05Z", "2026-12-01T08:27Z", "2026-12-01T09:50Z"},
		{"hungarian", "# Incidens utóelemzés\n\n- **Utóelemző megbeszélés:** 2026-11-20\n\n| Esemény | Időpont |\n| --- | --- |\n" +
			"| A hiba kezdete (első elutasított fizetés) | 08:14 UTC |\n| Észlelés (riasztás) | 08:40 UTC |\n| A hiba vége (fizetések ismét sikeresek) | 10:05 UTC |\n",
			"2026-11-20T08:14Z", "2026-11-20T08:40Z", "2026-11-20T10:05Z"},
	})
	doc := mustParse(t, []byte("# Poročilo\n\n- **Vodja obravnave incidenta:** Mojca Kranjc\n- **Resnost:** srednja\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Mojca Kranjc" {
		t.Errorf("contact %+v", f)
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "srednja" {
		t.Errorf("severity %+v", f)
	}
}
