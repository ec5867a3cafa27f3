package postmortem

import "testing"

// A help desk's ticket names who worked it and when it was opened in its
// own words, in each language: "Técnico responsável", "Data de abertura",
// "Technicien en charge", "Zugewiesen an".
func TestTicketLabels(t *testing.T) {
	for src, want := range map[string][2]string{
		"# Chamado 4471\n\n| Campo | Valor |\n| --- | --- |\n| Data de abertura | 01/12/2026 07:03 |\n| Técnico responsável | Fernanda Lima |\n": {"Fernanda Lima", "01/12/2026 07:03"},
		"# Ticket 88\n\n| Champ | Valeur |\n| --- | --- |\n| Date d'ouverture | 02/12/2026 |\n| Technicien en charge | Luc Morel |\n":            {"Luc Morel", "02/12/2026"},
		"# Ticket 12\n\n| Feld | Wert |\n| --- | --- |\n| Eröffnet am | 02.12.2026 |\n| Zugewiesen an | Jonas Berg |\n":                          {"Jonas Berg", "02.12.2026"},
	} {
		doc := mustParse(t, []byte(src))
		c, _ := doc.Field(FieldContact)
		d, _ := doc.Field(FieldDate)
		if c.Value != want[0] || d.Value != want[1] {
			t.Errorf("%q: contact %q, date %q; want %q, %q", src, c.Value, d.Value, want[0], want[1])
		}
	}
}
