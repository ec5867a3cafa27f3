package postmortem

import "testing"

// A word processor's export: a header with a footnote mark on a
// column, and a cell a break parts into lines.
func TestFootnotedHeaderAndBrokenCell(t *testing.T) {
	src := "# Label printer outage\n\n## Follow-up actions\n\n" +
		"| **Action** | **Owner\\*** | **Due** | **Status** |\n|---|---|---|---|\n" +
		"| Pin the driver version | Olu Bassey | 2026-12-09 | Open |\n" +
		"| Add a print test to the release | Mira Holt | 2026-12-16 | Done<br>(Dec 2) |\n\n" +
		"\\* As agreed at the review.\n"
	doc := mustParse(t, []byte(src))
	wantActions(t, doc, []titleOwnerDue{
		{"Pin the driver version", "Olu Bassey", "2026-12-09"},
		{"Add a print test to the release", "Mira Holt", "2026-12-16"},
	})
	if doc.Actions[1].Status != Done {
		t.Errorf("status %v, want done: the cell's first line says so", doc.Actions[1].Status)
	}
}

// An OCR tool's HTML table, every cell <td>: the first row names the
// columns and is the header. A wiki's table of attachments, its "Action"
// column the links to manage each file, holds no work.
func TestTdHeaderAndAttachmentsTable(t *testing.T) {
	src := "# Printer outage\n\n## Actions\n\n" +
		"<table><tr><td>No.</td><td>Action</td><td>Responsible</td><td>Target date</td></tr>" +
		"<tr><td>1</td><td>Pin the driver version</td><td>Olu Bassey</td><td>9 December 2026</td></tr></table>\n\n" +
		"| I | Attachment | Action | Size | Who |\n|---|---|---|---|---|\n| ![x](x.png) | graph.png | manage | 41 K | OluBassey |\n"
	doc := mustParse(t, []byte(src))
	wantActions(t, doc, []titleOwnerDue{{"Pin the driver version", "Olu Bassey", "9 December 2026"}})
}

// A formal report's table: the due column headed "Completion by", the
// state column with the scale it is written in, "Status (RAG)".
func TestCompletionByAndGlossedStatus(t *testing.T) {
	src := "# Pharmacy system outage\n\n## Actions\n\n" +
		"| No. | Action | Lead | Completion by | Status (RAG) |\n|---|---|---|---|---|\n" +
		"| 1 | Test the failover under load | Rhian Moss | 15/01/2027 | Amber — booked |\n" +
		"| 2 | Restock the paper charts | Ward Manager | 05/12/2026 | Green — complete |\n"
	doc := mustParse(t, []byte(src))
	wantActions(t, doc, []titleOwnerDue{
		{"Test the failover under load", "Rhian Moss", "15/01/2027"},
		{"Restock the paper charts", "Ward Manager", "05/12/2026"},
	})
	if doc.Actions[0].Status != Open || doc.Actions[1].Status != Done {
		t.Errorf("states %v, %v; want open, done", doc.Actions[0].Status, doc.Actions[1].Status)
	}
}
