package postmortem

import "testing"

// A wiki post's by-line that names the space it was posted in before
// its author gives the author, and the day it was updated, written as
// numbers, as the date.
func TestPostedInByLine(t *testing.T) {
	doc := mustParse(t, []byte("# Reminder texts sent twice\n\nPosted in **Ops › Reviews** by Mara Quint · Updated Tue 3/10/2026\n\n## Summary\n\nTexts went out twice.\n"))
	for key, want := range map[string]string{FieldCreatedBy: "Mara Quint", FieldDate: "3/10/2026"} {
		f, ok := doc.Field(key)
		if !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
}
