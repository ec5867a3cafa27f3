package postmortem

import "testing"

// reStructuredText's underlined titles are headings: the one that opens
// the document is its title, the next mark its sections; a field list
// gives the fields. A line of marks under a paragraph of several lines,
// or one shorter than the title, makes no heading.
func TestRSTHeadings(t *testing.T) {
	src := "Queue outage\n############\n\n:Author: Ana Ruiz\n:Date: 2026-05-02\n\nTimeline\n~~~~~~~~\n\n- 10:00 Deploy\n\n" +
		"Action items\n~~~~~~~~~~~~\n\n- [ ] Alert on lag -- owner: @ana\n\nDetails\n~~~\n\nNothing more.\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "Queue outage" {
		t.Errorf("title %q", doc.Title)
	}
	if len(doc.Sections) != 2 || doc.Sections[1].Key != "remediation" || doc.Sections[1].Level != 2 {
		t.Errorf("sections %+v, want the timeline and the actions at level 2", doc.Sections)
	}
	if f, ok := doc.Field(FieldCreatedBy); !ok || f.Value != "Ana Ruiz" {
		t.Errorf("author %+v", f)
	}
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "ana" {
		t.Errorf("actions %+v", doc.Actions)
	}
}
