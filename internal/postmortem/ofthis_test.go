package postmortem

import "testing"

// A person's label names what they hold after "of this" or "of the":
// "Owner of this review", "Lead of the write-up" is the review's contact
// as "Owner" and "Lead" are. "Date of the next review" is no person.
func TestOfThisRoleLabels(t *testing.T) {
	for _, l := range []string{"Owner of this review", "Lead of the write-up", "Author of this report"} {
		doc := mustParse(t, []byte("# Bookings failed\n\n## Internal review\n\n"+l+": Petrus Nghishililwa\nSeriousness: Major\n\n## Summary\n\nBookings failed.\n"))
		f, ok := doc.Field(FieldContact)
		if !ok {
			f, ok = doc.Field(FieldCreatedBy)
		}
		if !ok || f.Value != "Petrus Nghishililwa" {
			t.Errorf("%q: no person read", l)
		}
	}
}
