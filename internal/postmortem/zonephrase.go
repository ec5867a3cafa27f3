package postmortem

import "strings"

// timeZoneSaidRe is a note that says the times are shown in a time zone
// and names it after the words, as a tool's export writes it: "All times
// in this report are shown in the exporting user's time zone,
// (GMT+09:00) Asia/Seoul", "Dates and times are displayed in the
// exporting user's time zone (Africa/Johannesburg, SAST)". The zones are
// read in capitals as written: "(cat)" names none.
var timeZoneSaidRe = lazyRe(`(?i:\b(?:times?|timestamps?|dates)\b[^.;]{0,80}?\btime\s?zone\b)[,:]?\s*[(\[]?\s*(` + zoneWords + `)\b[)\]]?(?:[,\s]*(` + zoneWords + `)\b)?`)

// timeZoneSaid returns the zone such a note names, or "": a zone of the
// database where it names one beside an offset or an abbreviation, since
// the offset an export prints is that of the day it was made.
func timeZoneSaid(text string) string {
	if !strings.Contains(text, "zone") {
		return ""
	}
	m := timeZoneSaidRe.FindStringSubmatchIndex(text)
	if m == nil {
		return ""
	}
	first := docZone(text[m[2]:m[3]])
	if m[4] >= 0 && strings.Contains(text[m[4]:m[5]], "/") || first == "" && m[4] >= 0 {
		if z := docZone(text[m[4]:m[5]]); z != "" {
			return z
		}
	}
	return first
}
