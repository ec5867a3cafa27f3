package postmortem

import "testing"

// A wiki's info callout exported as one HTML paragraph gives the fields
// its parts name; a paragraph of prose in HTML gives none. A debrief is
// the review's date.
func TestHTMLInfoLineAndDebrief(t *testing.T) {
	doc := mustParse(t, []byte("# Freezer alarms lost\n\n<p class=\"callout info\">Shelf: Lab IT · Owner: Ana Ruiz (lab lead) · Debrief: 2 December 2026</p>\n\n## Summary\n\nAlarms were lost.\n"))
	for key, want := range map[string]string{FieldContact: "Ana Ruiz (lab lead)", FieldDate: "2 December 2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
	doc = mustParse(t, []byte("# Freezer alarms lost\n\n<p>The owner: nobody · yet.</p>\n\n## Summary\n\nAlarms were lost.\n"))
	if f, ok := doc.Field(FieldContact); ok {
		t.Errorf("prose read as a field: %+v", f)
	}
}
