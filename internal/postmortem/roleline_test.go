package postmortem

import "testing"

// A by-line of a name, a role and a day under the title, between middle
// dots or bars, in plain text, italics or with the name in bold, gives
// the author and the date; a line of other words so set apart gives
// neither as a by-line (its day is the document's date all the same, see
// openingDate).
func TestRoleByLine(t *testing.T) {
	for _, c := range [...][3]string{
		{"Jane Doe · Site Reliability Engineer · March 4, 2026", "Jane Doe", "March 4, 2026"},
		{"*Jane Doe · SRE lead · 2026-03-04*", "Jane Doe", "2026-03-04"},
		{"**Jane Doe** · Staff Engineer, Payments · Mar 4, 2026", "Jane Doe", "Mar 4, 2026"},
		{"Jane Doe | SRE | 2026-03-04", "Jane Doe", "2026-03-04"},
		{"@jdoe · 2026-03-04", "@jdoe", "2026-03-04"},
		{"Ana María López · Ingeniera de fiabilidad · 4 March 2026", "Ana María López", "4 March 2026"},
		{"Cache · Redis · 2026-03-04"},
		{"The outage · lasted long · March 4, 2026"},
		{"Jane Doe · wrote this after a very long night of paging · March 4, 2026"},
	} {
		line, want := c[0], c[1:]
		doc := mustParse(t, []byte("# Checkout outage\n\n"+line+"\n\n## Summary\n\nPayments failed for an hour.\n"))
		author, _ := doc.Field(FieldCreatedBy)
		date, _ := doc.Field(FieldDate)
		if date.Label != "Date (from the by-line)" {
			date.Value = ""
		}
		if author.Value != want[0] || date.Value != want[1] {
			t.Errorf("%q: author %q, date %q; want %q, %q", line, author.Value, date.Value, want[0], want[1])
		}
	}
}
