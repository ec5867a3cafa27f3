package postmortem

import "testing"

// Headings such as "This week" and "This quarter" over an action list
// give its items a due date counted from the document's date.
func TestPeriodHeadingDues(t *testing.T) {
	src := "# Upload errors (2026-10-06)\n\n## Follow-up work\n\n### This week\n\n- Alert on upload errors (@mei)\n\n### Next week\n\n- Add a disk panel (@mei)\n\n### This quarter\n\n- Cap backfill targets (@hal)\n\n### By end of Q1\n\n- Review capacity (@hal)\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-10-11", "2026-10-18", "2026-12-31", "2027-03-31"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d", len(doc.Actions), len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); a.Due.IsZero() || got != want[i] {
			t.Errorf("%s: due %v, want %s", a.Title, a.Due, want[i])
		}
	}
}

// A "Target week" column reads ISO weeks and "week of" dates as the end
// of that week.
func TestTargetWeekColumn(t *testing.T) {
	src := "# Outage on 2026-11-30\n\n## Action items\n\n| Action | Owner | Target week |\n|---|---|---|\n| Add a lag alert | @dana | 2026-W50 |\n| Add a disk alert | @dana | week of 14 Dec |\n| Add a DNS alert | @dana | week of 2026-12-07 |\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-12-13", "2026-12-20", "2026-12-13"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions", len(doc.Actions))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); a.Due.IsZero() || got != want[i] {
			t.Errorf("%s: due %v, want %s", a.Title, a.Due, want[i])
		}
	}
}
