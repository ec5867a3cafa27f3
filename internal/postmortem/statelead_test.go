package postmortem

import "testing"

// A state in brackets opening an item, bold or not, is read and left
// out of the title; a word in brackets that is no state stays.
func TestBracketedStateLeads(t *testing.T) {
	src := "# Export stalled\n\n## Follow-ups\n\n" +
		"- **[OPEN]** Retry the export on a timeout (@kira)\n" +
		"- **[IN PROGRESS]** Alert on export lag (@kira)\n" +
		"- [done] Raise the export timeout (@olu)\n" +
		"- [dropped] Move exports to a second region (@olu)\n" +
		"- **[DUPLICATE]** Alert on lag (@kira)\n" +
		"- **[CLOSED]** Tell the two customers (@olu)\n" +
		"- [beta] Try the streaming exporter (@olu)\n"
	doc := mustParse(t, []byte(src))
	want := []string{
		"Retry the export on a timeout|kira|||Open",
		"Alert on export lag|kira|||Open",
		"Raise the export timeout|olu|||Done",
		"Move exports to a second region|olu|||Not planned",
		"Alert on lag|kira|||Not planned",
		"Tell the two customers|olu|||Done",
		"[beta] Try the streaming exporter|olu|||Open",
	}
	checkActionLines(t, doc, want)
}

// A status that says the card was archived, why after it, closes the
// action as not planned.
func TestArchivedStatus(t *testing.T) {
	src := "# T\n\n## Action items\n\n- **Move the cache to a bigger node** — Assigned to: Ivo Lind · Status: Archived (won't do: the cache was not the cause)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Move the cache to a bigger node|Ivo Lind|||Not planned"})
}
