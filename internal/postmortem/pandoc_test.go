package postmortem

import "testing"

// A pandoc document: the title block gives the title, the authors and
// the date; level-one headings with attributes are its sections; a grid
// table gives the fields; ☐ and ☒ are open and done boxes, "---" the
// dash between an item and its fields.
func TestPandocDocument(t *testing.T) {
	src := "% Uploads lost in the night\n% Ana Ruiz (@ana-r); Ben Lo\n% 2026-05-04\n\n" +
		"# Facts {#facts}\n\n" +
		"+-----------------+------------------------+\n| Field           | Value                  |\n+=================+========================+\n" +
		"| Incident lead   | @ana-r                 |\n+-----------------+------------------------+\n| Severity        | SEV3                   |\n+-----------------+------------------------+\n\n" +
		"# Next steps {#next .unnumbered}\n\n" +
		"-   ☐ Keep uploads until the copy is confirmed --- owner @ana-r, due\n    2026-05-20\n-   ☒ Restore the night's uploads --- owner @ben-lo\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "Uploads lost in the night" {
		t.Errorf("title %q", doc.Title)
	}
	for key, want := range map[string]string{FieldDate: "2026-05-04", FieldContact: "@ana-r", FieldSeverity: "SEV3", FieldCreatedBy: "Ana Ruiz (@ana-r); Ben Lo"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if s, ok := doc.Section("remediation"); !ok || s.Name != "Next steps" {
		t.Errorf("remediation %+v, want the level-one heading without its attributes", s)
	}
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v, want 2", doc.Actions)
	}
	open, done := doc.Actions[0], doc.Actions[1]
	if open.Status != Open || open.Title != "Keep uploads until the copy is confirmed" || open.Owner != "ana-r" || open.DueRaw != "2026-05-20" {
		t.Errorf("open action %+v", open)
	}
	if done.Status != Done || done.Owner != "ben-lo" {
		t.Errorf("done action %+v", done)
	}
}

// Without a title block, a level-one heading after the title is not a
// section.
func TestLevelOneHeadingsWithoutTitleBlock(t *testing.T) {
	doc := mustParse(t, []byte("# Uploads lost\n\n# Next steps\n\n- [ ] Keep uploads — @ana\n"))
	if len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none under a second title", doc.Actions)
	}
}
