package postmortem

import "testing"

// A board's export writes its header as bold labels separated by
// "&nbsp;|&nbsp;", and the key times on a card of a column that is no
// section of the template; the zone is the timeline column's.
func TestBoardCards(t *testing.T) {
	const src = "# Retro — search results stale\n\n" +
		"**Board:** Search squad &nbsp;|&nbsp; **Facilitator:** Lena Ortiz &nbsp;|&nbsp; **Date:** Apr 9, 2026\n\n" +
		"### Context (2 cards)\n\n" +
		"- **Summary:** On Monday 6 April the indexer stalled and search served results a day old. (+2)\n" +
		"- **Key times (CEST):** impact from 22:40 to 23:55 on Apr 6; we were paged at 23:05 by the freshness alert. (+0)\n\n" +
		"### Timeline (CEST) (3 cards)\n\n- **22:31** Indexer deploy (+1)\n- **22:40** Queue grows (+2)\n- **23:30** Lena restarts the indexer (+0)\n"
	readChecked(t, src, map[string]string{FieldFacilitatedBy: "Lena Ortiz", FieldDate: "Apr 9, 2026"},
		map[string]string{FieldStart: "2026-04-06T20:40Z", FieldDetect: "2026-04-06T21:05Z", FieldEnd: "2026-04-06T21:55Z"})
}

// A zone said for the whole document goes after the time, before the
// day written after it.
func TestWithZone(t *testing.T) {
	for raw, want := range map[string]string{"19:52 on Nov 20": "19:52 BRT on Nov 20", "19:52": "19:52 BRT", "Nov 20 at 19:52": "Nov 20 at 19:52 BRT"} {
		if got := withZone(raw, "BRT"); got != want {
			t.Errorf("withZone(%q) = %q, want %q", raw, got, want)
		}
	}
}
