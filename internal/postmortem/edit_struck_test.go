package postmortem

import (
	"strings"
	"testing"
)

// TestTableWithoutStatusColumn: a row of a table without a Status column
// is marked done by striking its title through, and not planned by
// "(not planned)" after it; each edit reads back, and open again
// restores the row byte for byte.
func TestTableWithoutStatusColumn(t *testing.T) {
	const src = "# T\n\n## Remediation\n\n| Action | Owner |\n| --- | --- |\n| Add an alert | @dana |\n"
	steps := []struct {
		edit ActionEdit
		row  string
	}{
		{ActionEdit{Status: ptr(Done)}, "| ~~Add an alert~~ | @dana |"},
		{ActionEdit{Status: ptr(NotPlanned)}, "| ~~Add an alert~~ (not planned) | @dana |"},
		{ActionEdit{Issue: ptr(12)}, "| ~~Add an alert~~ (not planned) (#12) | @dana |"},
		{ActionEdit{Status: ptr(Done)}, "| ~~Add an alert~~ (#12) | @dana |"},
		{ActionEdit{Status: ptr(Open)}, "| Add an alert (#12) | @dana |"},
	}
	doc := mustParse(t, []byte(src))
	for _, st := range steps {
		out, err := doc.Edit(st.edit)
		if err != nil {
			t.Fatalf("%+v: %v", st.edit, err)
		}
		if got := lastLine(string(out)); got != st.row {
			t.Fatalf("%+v: row %q, want %q", st.edit, got, st.row)
		}
		doc = mustParse(t, out)
		if a := doc.Actions[0]; a.Title != "Add an alert" || (st.edit.Status != nil && a.Status != *st.edit.Status) {
			t.Fatalf("%+v: read back %q, %v", st.edit, a.Title, a.Status)
		}
	}
	if doc.Actions[0].Issue != 12 {
		t.Errorf("issue: %d, want 12", doc.Actions[0].Issue)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// A title's plain text drops every mark that strikes text through, as
// well as strong emphasis.
func TestPlainTitleDropsStrikeTags(t *testing.T) {
	for _, tag := range strikeTags {
		if got := plainTitle(tag[0] + "Raise the **limit**" + tag[1]); got != "Raise the limit" {
			t.Errorf("%s…%s: got %q, want %q", tag[0], tag[1], got, "Raise the limit")
		}
	}
}
