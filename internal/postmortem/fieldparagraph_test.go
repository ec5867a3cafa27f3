package postmortem

import "testing"

// A field on a line of its own in a narrative is the document's field
// where its value is a name or a login; a line that tells in a sentence
// is prose, and "Owner: @a" in an action list is an action's.
func TestLoneFieldLineInNarrative(t *testing.T) {
	src := "# Kiosk printers offline\n\nDate: 2026-03-12\n\n## What happened\n\n" +
		"A driver update reached every branch at once and the kiosk printers went offline.\n\n" +
		"Incident commander: Lena Park (branch IT)\n\nThe team rolled the driver back.\n\n" +
		"## Root cause\n\nAuthor: @bo-k\n\nFacilitator: the person who ran the review last week.\n\n" +
		"## Action items\n\nOwner: @mia-t\n\n- [ ] Stage driver updates by ring (@bo-k)\n"
	doc := readChecked(t, src, map[string]string{FieldContact: "Lena Park (branch IT)", FieldCreatedBy: "@bo-k"}, nil)
	for _, f := range doc.Fields {
		if f.Key == FieldFacilitatedBy || f.Value == "@mia-t" {
			t.Errorf("%s read as %q", f.Label, f.Value)
		}
	}
}
