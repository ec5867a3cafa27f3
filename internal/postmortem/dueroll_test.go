package postmortem

import "testing"

// A due date written without its year is in the incident's year, or in
// the next where its month is before the incident's, whatever the form:
// a day and a month, a month's end, a quarter, a quarter heading.
func TestDueWithoutYearRollsOver(t *testing.T) {
	src := "# Ferry bookings lost overnight\n\nDate: 2026-12-09\n\n## Action items\n\n" +
		"- [ ] Replay the lost bookings — @ines — due: end of January\n" +
		"- [ ] Alert on an empty booking queue — @ines — due: end of December\n" +
		"- [ ] Move the queue to its own disk — @tomas — due: 12 Jan\n" +
		"- [ ] Test a restore of the booking store — @tomas — due: 18 Dec\n" +
		"- [ ] Split the booking writer from the reader — @ines — due: Q1\n" +
		"- [ ] Add the queue depth to the ferry dashboard — @tomas — due: Q4\n\n" +
		"### Q2\n\n- [ ] Retire the old booking host — @ines\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2027-01-31", "2026-12-31", "2027-01-12", "2026-12-18", "2027-03-31", "2026-12-31", "2027-06-30"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d", len(doc.Actions), len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); got != want[i] {
			t.Errorf("%q (%q) due %s, want %s", a.Title, a.DueRaw, got, want[i])
		}
	}
}
