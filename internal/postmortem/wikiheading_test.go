package postmortem

import "testing"

// Headings and tables in the markup of AsciiDoc, a wiki or Jira are read
// as Markdown's: "= Title", "== Section ==", "h2. Section", a table with
// its header between double bars, attribute lines as fields.
func TestWikiMarkup(t *testing.T) {
	src := "= Queue outage\n:author: Ana Ruiz (@ana)\n:revdate: 2026-05-02\n\n== Summary ==\n\nThe queue stalled for an hour.\n\n" +
		"h2. Facts\n\n||Field||Value||\n|Severity|SEV2|\n|Incident lead|@ana|\n\n" +
		"h2. Action items\n\n||Action||Owner||Due||\n|Alert on queue age|@ana|2026-05-20|\n|Split the queue|[~bob]|2026-06-01|\n\n" +
		"Whether a == b holds is for the next review.\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "Queue outage" {
		t.Errorf("title %q", doc.Title)
	}
	for key, want := range map[string]string{FieldCreatedBy: "Ana Ruiz (@ana)", FieldDate: "2026-05-02", FieldSeverity: "SEV2", FieldContact: "@ana"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if s, ok := doc.Section("short_summary"); !ok || s.Name != "Summary" {
		t.Errorf("summary %+v", s)
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "ana" || doc.Actions[1].Owner != "bob" {
		t.Errorf("actions %+v, want two with their owners", doc.Actions)
	}
	if len(doc.Sections) != 3 {
		t.Errorf("sections %+v, want 3: a line with == inside is no heading", doc.Sections)
	}
}

// A table in a markup without a delimiter row (Remarkup's), every row
// between single bars, is read as one: its first row is a row, not a
// header.
func TestBarTableWithoutDelimiter(t *testing.T) {
	src := "# Tiles blank\n\n== Incident details ==\n\n| **Incident severity** | SEV-2 |\n| **Coordinator** | @ilse |\n| **Impact** | 2026-04-08 10:05 – 11:40 CET |\n| **Detected** | 10:21 CET, paged |\n\n== Summary ==\n\nBlank tiles for the coastal styles.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldSeverity: "SEV-2", FieldContact: "@ilse"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	for key, want := range map[string]string{FieldStart: "09:05", FieldDetect: "09:21", FieldEnd: "10:40"} {
		if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != "2026-04-08 "+want {
			t.Errorf("%s read as %s UTC, want %s", key, got, want)
		}
	}
}
