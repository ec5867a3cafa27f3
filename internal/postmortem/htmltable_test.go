package postmortem

import (
	"strings"
	"testing"
)

// A workspace export writes its page properties and its action list as
// HTML tables, and its summary as a callout with a bold label: each is
// read as its Markdown form is, rows on one line or spread over several,
// tags in either case; an action row takes edits in its cells.
func TestHTMLTables(t *testing.T) {
	const src = "# Stale search\n\n<table>\n<tr><th>Property</th><th>Value</th></tr>\n" +
		"<tr><td>Incident date</td><td>September 22, 2026</td></tr>\n<tr><td>Incident lead</td><td>Amara Nwosu</td></tr>\n" +
		"<TR>\n<TD>Severity</TD>\n<TD>SEV-2</TD>\n</TR>\n" +
		"<tr><td>Customer impact start</td><td>September 22, 2026 06:10 (UTC)</td></tr>\n</table>\n\n" +
		"<aside>\n💡 <strong>Summary</strong>: The alias pointed at yesterday's index.\n</aside>\n\n" +
		"## Action items\n\n<table>\n<tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>\n" +
		"<tr><td>Add a freshness monitor</td><td>Amara Nwosu</td><td>Oct 9, 2026</td><td>✅ Done</td></tr>\n" +
		"<tr><td>Lock the alias swap</td><td>Chidi Okeke</td><td>Oct 16, 2026</td><td>Not started</td></tr>\n</table>\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldIncidentDate: "September 22, 2026", FieldContact: "Amara Nwosu", FieldSeverity: "SEV-2"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: %+v, want %q", key, f, want)
		}
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-09-22T06:10Z"})
	if _, ok := doc.Section("short_summary"); !ok {
		t.Errorf("no summary read from the callout")
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Status != Done || doc.Actions[1].Status != Open || doc.Actions[1].Owner != "Chidi Okeke" {
		t.Fatalf("actions: %+v", doc.Actions)
	}
	if due := doc.Actions[1].Due.Format("2006-01-02"); due != "2026-10-16" {
		t.Errorf("due: %s", due)
	}
	out, err := doc.Edit(ActionEdit{Action: 1, Status: ptr(Done)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "<td>Chidi Okeke</td><td>Oct 16, 2026</td><td>Done</td>") {
		t.Errorf("edit:\n%s", out)
	}
}

// A table's cells in a row of another kind of markup, or a block with
// no row, give nothing.
func TestHTMLRowsNone(t *testing.T) {
	for _, src := range []string{"<div>\n<p>Note</p>\n</div>\n", "<table>\n<tr></tr>\n</table>\n", "<tr><td>Severity"} {
		if _, _, ok := htmlRows([]byte(src), Span{0, len(src)}); ok {
			t.Errorf("%q: read rows", src)
		}
	}
}
