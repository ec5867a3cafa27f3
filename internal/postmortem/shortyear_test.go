package postmortem

import "testing"

// A sheet export writes its dates month first with a year of two
// digits: "12/11/26" is due on 11 December 2026, and "by end of Q1"
// rolls from the dates the document writes that way.
func TestShortYearDues(t *testing.T) {
	src := "# Review: reminders sent twice\n\nExported 12/04/26 3:12 PM\n\n" +
		"| Field | Value |\n| --- | --- |\n| Debrief held | 12/03/26 |\n\n" +
		"## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 11/30/26 | 7:15 PM | Queue drains twice |\n\n" +
		"## Action items\n\n| # | Action | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| 1 | Add a dedupe key to the queue | Marcus | 12/11/26 | Not Started |\n" +
		"| 2 | Alert on duplicate sends | Leilani | by end of Q1 | Not Started |\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-12-11", "2027-03-31"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d", len(doc.Actions), len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); got != want[i] {
			t.Errorf("%q due %s, want %s (from %q)", a.Title, got, want[i], a.DueRaw)
		}
	}
}
