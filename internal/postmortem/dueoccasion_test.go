package postmortem

import "testing"

// A due told by an occasion with its date in brackets, "by the audit
// (23/3)", "before the spring break (Mar 27)", "vor der Inventur
// (20.03.)", is due on that date.
func TestDueOccasionWithDateInBrackets(t *testing.T) {
	src := "# Locker kiosk timeouts\n\nDate: 2026-03-02\n\n## Action items\n\n" +
		"| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Retry the locker call once | Kiosk team | by the audit (23/3) |\n" +
		"| Page on kiosk timeouts | Kiosk team | before the spring break (Mar 27) |\n" +
		"| Warnseite automatisch schalten | Kiosk team | vor der Inventur (20.03.) |\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-03-23", "2026-03-27", "2026-03-20"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); got != want[i] {
			t.Errorf("%q: due %s (%q), want %s", a.Title, got, a.DueRaw, want[i])
		}
	}
}

// A status page tells its updates' days in words with their year, "Mar
// 3, 2026": a yearless due takes its year from them, not from a later
// due written with a short year.
func TestYearlessDueTakesWordDatesYear(t *testing.T) {
	src := "# Ferry booking outage\n\n*Mar 3, 2026 · 9:10 AM*\n\nBookings failed at checkout.\n\n" +
		"*Mar 3, 2026 · 7:02 AM*\n\nWe are looking into failed bookings.\n\n" +
		"**Follow-ups**\n" +
		"- [ ] Cap checkout retries — @lina — 3/20\n" +
		"- [ ] Move the gateway to the new region — @lina — 6/30/27\n"
	doc := mustParse(t, []byte(src))
	want := []string{"2026-03-20", "2027-06-30"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, a := range doc.Actions {
		if got := a.Due.Format("2006-01-02"); got != want[i] {
			t.Errorf("%q: due %s (%q), want %s", a.Title, got, a.DueRaw, want[i])
		}
	}
}
