package postmortem

import "testing"

// Greek, Ukrainian and Indonesian post-mortems name their lead, their
// review and their sections in their own words.
func TestGreekUkrainianIndonesianLabels(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"Greek", "# Διακοπή πληρωμών\n\n**Υπεύθυνος συμβάντος:** Κώστας Ιωάννου\n**Ανασκόπηση:** 4/12/2026\n**Σοβαρότητα:** 2\n\n" +
			"## Περίληψη\n\nΟι πληρωμές απέτυχαν.\n\n## Τι έγινε\n\nΗ πύλη έστελνε λάθος διεύθυνση.\n\n" +
			"## Ενέργειες που έγιναν ήδη\n\n- Αλλαγή της διεύθυνσης\n\n## Διορθωτικές ενέργειες\n\n- [ ] Έλεγχος της διεύθυνσης σε κάθε έκδοση\n"},
		{"Ukrainian", "# Збій оплати\n\n**Відповідальний:** Петро Бондар\n**Дата огляду:** 04.12.2026\n**Серйозність:** 2\n\n" +
			"## Резюме\n\nОплата не проходила.\n\n## Що трапилося\n\nШлюз надсилав стару адресу.\n\n" +
			"## Вжиті заходи\n\n- Змінено адресу\n\n## Коригувальні дії\n\n- [ ] Перевіряти адресу під час кожного випуску\n"},
		{"Indonesian", "# Gangguan pembayaran\n\n**Penanggung jawab:** Sari Wulandari\n**Tanggal tinjauan:** 4/12/2026\n**Tingkat keparahan:** 2\n\n" +
			"## Ikhtisar\n\nPembayaran gagal.\n\n## Apa yang terjadi\n\nGerbang mengirim alamat lama.\n\n" +
			"## Tindakan yang sudah dilakukan\n\n- Alamat diganti\n\n## Tindakan korektif\n\n- [ ] Periksa alamat di setiap rilis\n"},
	} {
		doc := mustParse(t, []byte(tc.src))
		for _, key := range []string{FieldContact, FieldDate, FieldSeverity} {
			if f, ok := doc.Field(key); !ok || f.Value == "" {
				t.Errorf("%s: no %s field", tc.name, key)
			}
		}
		for _, key := range []string{"short_summary", "what_happened", SectionRecord, "remediation"} {
			if _, ok := doc.Section(key); !ok {
				t.Errorf("%s: no %s section", tc.name, key)
			}
		}
		if len(doc.Actions) != 1 {
			t.Errorf("%s: %d actions, want the one follow-up and not the record", tc.name, len(doc.Actions))
		}
	}
}
