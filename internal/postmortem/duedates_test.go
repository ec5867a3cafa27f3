package postmortem

import "testing"

// Due dates written with a weekday, a two-digit year or no year, after
// a label, after a dash or in a table's cell: without a year they take
// the incident's, or the next year's where their month is before the
// incident's.
func TestDueDatesWithWeekdaysAndShortYears(t *testing.T) {
	src := "# Kiosk printers offline\n\nDate: 2026-11-12\n\n## Action items\n\n" +
		"- [ ] Stage driver updates by ring — owner: @bo, due: 18.12.26\n" +
		"- [ ] Pin the driver version — owner: @bo, due: Fri 18 Dec\n" +
		"- [ ] Alert on spooler restarts — @bo — Friday, 18 December\n" +
		"- [ ] Replace the old kiosks — owner: @bo, due: Jan 15th\n" +
		"- [ ] Audit the branch network — owner: @bo, due: 15/01\n\n" +
		"## Later\n\n| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Write the printer runbook | @bo | Friday, 18 December |\n| Review the canary ring | @bo | 18.12.2026 |\n| Retire the spooler | @bo | Tue 2 Feb |\n\n" +
		"Old dates in the notes were written 18/12.\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-12-18", "2026-12-18", "2026-12-18", "2027-01-15", "2027-01-15", "2026-12-18", "2026-12-18", "2027-02-02"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); got != want[i] {
			t.Errorf("%q: due %s (%q), want %s", a.Title, got, a.DueRaw, want[i])
		}
	}
}
