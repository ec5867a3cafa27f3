package postmortem

import "testing"

// A paragraph of prose whose last sentence says the times below are
// local and names the zone in parentheses gives every time that zone,
// which moves a morning in Sydney to the day before in UTC.
func TestTimesBelowAreLocalInProse(t *testing.T) {
	src := "# Ferry gates would not open\n\n## What happened\n\nOn Monday morning the ticket gates at the wharf refused every card after the overnight upgrade, and staff waved people through for about an hour until the gates were reset. Times below are local (AEDT, UTC+11).\n\n## Timeline\n\n| Time | Entry |\n| --- | --- |\n| 2026-12-07 06:40 | First commuter's card refused at gate 3. |\n| 2026-12-07 07:45 | Gates reset; cards accepted again. |\n"
	doc := mustParse(t, []byte(src))
	if doc.Zone != "AEDT" {
		t.Fatalf("zone %q, want AEDT", doc.Zone)
	}
	if got := doc.TimeUTC(FieldStart).Format("2006-01-02T15:04"); got[8:10] != "06" || got[11:] != "19:40" {
		t.Errorf("start %s, want the 6th at 19:40 UTC", got)
	}
}
