package postmortem

import "testing"

// A day told in the summary's prose (a meeting's day) does not stand
// for the day of a stated start: bare times are read on the start's day.
func TestStatedStartDayBeforeProseDay(t *testing.T) {
	const src = "# Outage\n\n## Summary\n\nWe met on Friday, 6 March 2026 to review the outage.\n\n" +
		"## Timeline\n\n- Start: 2026-03-04 23:10 UTC\n- Detected: 23:25 UTC\n"
	doc := mustParse(t, []byte(src))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-03-04T23:10Z", FieldDetect: "2026-03-04T23:25Z"})
}
