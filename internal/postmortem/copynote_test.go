package postmortem

import "testing"

// The date in an italic note saying when the page was copied or sent is
// not the incident's: bare times are read on the incident's day.
func TestCopyNoteDateIsNotTheIncidents(t *testing.T) {
	for _, note := range []string{
		"*Status history copied from our public page on Mar 9, 2026, with the review below.*",
		"*Customer letter #7 · sent via our mailing tool on 9 March 2026 to 800 readers*",
	} {
		src := "# Upload outage\n\n" + note + "\n\n- **Date:** 2026-03-06\n- **Times:** UTC\n\n" +
			"## Timeline\n\n| Time | Event |\n| --- | --- |\n| 14:20 | **Start of impact** - uploads fail |\n" +
			"| 14:31 | **Detected** - a customer writes in |\n| 15:05 | **End of impact** - uploads succeed |\n"
		checkUTC(t, mustParse(t, []byte(src)), map[string]string{FieldStart: "2026-03-06T14:20Z", FieldEnd: "2026-03-06T15:05Z"})
	}
}
