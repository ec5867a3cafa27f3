package postmortem

import "testing"

// Stated times as teams write them in a list of key times, each case a
// class: a clock with its day after it, a weekday and a day without the
// year ("07:10, Sat 14 Mar"), in the zone the document names once (the
// zone goes after the clock, the year is the document's); a time set in
// bold with a clause or a parenthesis after it (the bold part is the
// time, and the clause does not make the value prose); a day said once,
// where the document gives no day to read times against (those without
// one are on the day of the first that names its day, and past midnight
// where they fall before the start).
func TestStatedTimesInKeyTimes(t *testing.T) {
	head := "# Ticket printer jam\n\n*Reviewed on 2026-03-17.* All times are "
	for _, c := range []struct {
		name, src string
		want      map[string]string
	}{
		{"clock, weekday and day", head + "CET.\n\n## Key times\n\n- Impact began: 07:10, Sat 14 Mar\n- Impact ended: 08:05, Sat 14 Mar\n",
			map[string]string{FieldStart: "2026-03-14T06:10Z", FieldEnd: "2026-03-14T07:05Z"}},
		{"bold time, then a note", head + "UTC.\n\n## Key times\n\n" +
			"- Impact began: **07:10, Sat 14 Mar**, when the new firmware reached the printers at the gates\n" +
			"- Detected: **07:40, Sat 14 Mar** (a steward rang the desk)\n" +
			"- Impact ended: **08:05**, once the last printer was rolled back by hand\n",
			map[string]string{FieldStart: "2026-03-14T07:10Z", FieldDetect: "2026-03-14T07:40Z", FieldEnd: "2026-03-14T08:05Z"}},
		{"day said once", "# Night ferry bookings lost\n\n*Written on 2026-10-05.* Times are UTC.\n\n## Key times\n\n" +
			"- Impact began: 23:20, Fri 2 Oct\n- Detected: 23:45\n- Impact ended: 01:30, when bookings were replayed\n",
			map[string]string{FieldStart: "2026-10-02T23:20Z", FieldDetect: "2026-10-02T23:45Z", FieldEnd: "2026-10-03T01:30Z"}},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, c.want) })
	}
}

// An alert's acknowledgement is the detection, and the word before
// "alert" names what alerted: "Disk alert acknowledged", "Alert accepted".
func TestAlertAcknowledgedLabels(t *testing.T) {
	for _, label := range []string{"Disk alert acknowledged", "Alert accepted", "Pager alert acked"} {
		if k := momentKey(label); k != FieldDetect {
			t.Errorf("%q named %q", label, k)
		}
	}
	if k := momentKey("Deploy alert rule changed"); k != "" {
		t.Errorf("an event's label named %q", k)
	}
}

// A timeline whose entries write the day and month with a dot between
// and no year ("14.3 22:50", "sob. 14.3, 23:55", day first as every
// language with dots writes them), in the year of the document's date,
// each moment named by a label of the vocabulary set in bold or
// italics anywhere in its entry, in any of its languages.
func TestDottedDaysAndEmphasisedLabels(t *testing.T) {
	for _, c := range []struct{ name, rows string }{
		{"list", "- **14.3 22:50** — kolejka stoi (*początek awarii*)\n- 14.3 23:30 — nic\n- **15.3 00:40** — dyżurny dzwoni (*wykrycie*)\n- **01:15** — kolejka rusza (*koniec*)\n"},
		{"table", "| Godz. | Zdarzenie |\n|---|---|\n| sob. 14.3, 22:40 | spokojnie |\n| sob. 14.3, 22:50 | **początek awarii** — kolejka stoi |\n" +
			"| niedz. 15.3, 00:40 | dyżurny dzwoni — **wykrycie** |\n| 01:15 | kolejka rusza — **koniec** |\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "# Awaria kolejki\n\n**Data incydentu:** 14 marca 2026\n\n**Strefa czasowa:** CET\n\n## Przebieg\n\n" + c.rows
			wantTimes(t, src, map[string]string{FieldStart: "2026-03-14T21:50Z", FieldDetect: "2026-03-14T23:40Z", FieldEnd: "2026-03-15T00:15Z"})
		})
	}
	if _, _, n := dottedDayMonth("10.12 Uhr"); n != 0 {
		t.Errorf("a dotted clock was read as a day")
	}
}
