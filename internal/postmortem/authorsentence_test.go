package postmortem

import "testing"

// A notebook's or a wiki's italic note before the first section names
// the author in a sentence of its own: "Author: Name (@login).".
func TestAuthorSentence(t *testing.T) {
	for _, tc := range []struct{ note, want string }{
		{"*Exported from the team notebook. Author: Ravi Menon (@rmenon). Reviewed on 2026-02-03.*", "Ravi Menon"},
		{"_Run every week. Author: @jfoster; last run 2026-02-03._", "@jfoster"},
		{"*Exported from the team notebook; the author is unknown.*", ""},
	} {
		doc := mustParse(t, []byte("# Cache stampede\n\n"+tc.note+"\n\n## Summary\n\nThe cache emptied.\n"))
		f, _ := doc.Field(FieldCreatedBy)
		if f.Value != tc.want {
			t.Errorf("%q: author %q, want %q", tc.note, f.Value, tc.want)
		}
	}
}
