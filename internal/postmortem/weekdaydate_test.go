package postmortem

import "testing"

// An incident date field whose value opens with a weekday in the
// document's language, and the words around it, dates the timeline's
// bare times: the created date of the page does not.
func TestIncidentDateAfterWeekdayWords(t *testing.T) {
	for _, c := range [][2]string{
		{"onsdag 2026-03-25", "2026-03-25"},
		{"Thứ tư, ngày 25/03/2026", "2026-03-25"},
		{"Τετάρτη 25/03/2026", "2026-03-25"},
		{"keskiviikko 25.3.2026", "2026-03-25"},
		{"onsdag den 25. marts 2026", "2026-03-25"},
		{"📅 Mar 25, 2026", "2026-03-25"},
	} {
		value, day := c[0], c[1]
		src := "# Checkout outage\n\n**Created:** 2026-03-27\n**Incident date:** " + value + "\n**Time zone:** UTC\n\n" +
			"## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:02 | **Start** - card payments fail |\n" +
			"| 10:09 | **Detected** - the error-rate alert pages on-call |\n| 10:40 | **End** - payments succeed again |\n"
		doc := mustParse(t, []byte(src))
		checkUTC(t, doc, map[string]string{FieldStart: day + "T10:02Z", FieldEnd: day + "T10:40Z"})
	}
}
