package postmortem

import "testing"

// An italic note that says how a document was exported or pasted from a
// tool is not its summary; an italic opening that tells the incident is.
func TestExportNoteIsNoSummary(t *testing.T) {
	const tail = "\n\n## Log\n\n- 09:05 Sync stopped\n"
	doc := mustParse(t, []byte("# Sync outage\n\n_Pasted from the team's incident sheet with a Markdown add-on; colours and merged cells were lost in the paste._"+tail))
	if s, ok := doc.Section("short_summary"); ok {
		t.Errorf("export note read as the summary: %q", doc.Text(s.Span))
	}
	doc = mustParse(t, []byte("# Sync outage\n\n_On Monday the nightly sync stopped for three hours and stores saw yesterday's prices until it was restarted._"+tail))
	if _, ok := doc.Section("short_summary"); !ok {
		t.Errorf("an italic summary not read as the summary")
	}
}
