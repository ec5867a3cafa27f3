package postmortem

import "testing"

// A table of facts in XWiki's syntax ("|=Field|=Value" heading rows of
// "|Label|value" with no bar at the end, a user reference in double
// brackets) gives its fields; its header row gives none.
func TestXWikiFieldRows(t *testing.T) {
	src := "# Login outage\n\n|=Field|=Value\n|Incident lead|Ada Brook ([[XWiki.abrook]])\n|=Severity|SEV2\n|Review date|2026-11-25\n\n== Summary ==\n\nLogins failed.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldContact: "Ada Brook ([[XWiki.abrook]])", FieldSeverity: "SEV2", FieldDate: "2026-11-25"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
	for _, f := range doc.Fields {
		if f.Label == "Field" {
			t.Errorf("the header row read as a field: %+v", f)
		}
	}
}
