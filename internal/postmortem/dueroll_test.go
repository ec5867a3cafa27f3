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

// A day and a month written with dots and no year, as German and
// Finnish teams write a due date ("18.12."), is read day first in the
// incident's year, or the next where its month is before the incident's;
// in a table cell and after an item alike.
func TestDottedDayMonthDue(t *testing.T) {
	src := "# Zahlungsausfall am Kiosk\n\nDate: 2026-10-21\n\n## Maßnahmen\n\n" +
		"| Maßnahme | Verantwortlich | Fällig am |\n| --- | --- | --- |\n" +
		"| Zertifikat automatisch erneuern | @kpichler | 30.10. |\n" +
		"| Ablaufwarnung an das Team schicken | @amaier | 8.1. |\n\n" +
		"## Follow-ups\n\n- [ ] Rotate the kiosk keys — @kpichler — due: 4.12.\n- [ ] Test the card reader fallback — @amaier — 15.2.\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Zertifikat automatisch erneuern|kpichler|2026-10-30||Open",
		"Ablaufwarnung an das Team schicken|amaier|2027-01-08||Open",
		"Rotate the kiosk keys|kpichler|2026-12-04||Open",
		"Test the card reader fallback|amaier|2027-02-15||Open",
	})
}
