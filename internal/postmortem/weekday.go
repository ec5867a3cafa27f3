package postmortem

import (
	"strings"
	"time"
)

// weekdayNames are the weekdays a log entry may open with, whole or cut
// short: "Thu 23:41", "Friday 00:06".
var weekdayNames = map[string]time.Weekday{
	"mon": time.Monday, "monday": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "weds": time.Wednesday, "wednesday": time.Wednesday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "thursday": time.Thursday, "fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday, "sun": time.Sunday, "sunday": time.Sunday,
}

// leadingWeekday reads a weekday opening s, followed by a "." or ","
// and spaces, and returns it with the rest of s: "Thu 23:41 UTC" gives
// Thursday and "23:41 UTC".
func leadingWeekday(s string) (time.Weekday, string, bool) {
	j := 0
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j < 3 || j > 9 {
		return 0, s, false
	}
	wd, ok := weekdayNames[strings.ToLower(s[:j])]
	if !ok {
		return 0, s, false
	}
	k := j
	if k < len(s) && (s[k] == '.' || s[k] == ',') {
		k++
	}
	rest := strings.TrimLeft(s[k:], " ")
	if len(rest) == len(s)-k {
		return 0, s, false // no space after the weekday
	}
	return wd, rest, true
}

// weekdayStamp reads a stamp of a weekday and a time of day opening b,
// after its opening marks, as a log that runs past midnight writes it:
// "Thu 23:41", "**Fri 00:06 UTC**".
func weekdayStamp(b string) (start, end int, ok bool) {
	i := stampLead(b)
	if i+5 >= len(b) || !weekdayWords.in(b[i:i+3]) {
		return 0, 0, false
	}
	_, rest, ok := leadingWeekday(b[i:min(len(b), i+16)])
	if !ok || rest == "" || !isDigit(rest[0]) {
		return 0, 0, false
	}
	c := i + len(b[i:min(len(b), i+16)]) - len(rest) // where the clock starts
	if s, e, ok := clockStamp(b[c:]); ok && s == 0 {
		return i, c + e, true
	}
	m := stampRe.FindStringSubmatchIndex(stampWindow(b[c:]))
	if m == nil || m[2] != 0 {
		return 0, 0, false
	}
	return i, c + m[3], true
}

// weekdayDay is the day of weekday wd nearest ref in the direction the
// log runs: on or after ref for an entry after another (its day), on or
// before it for the first entry read against a date written after the
// incident (the review's), on or after it otherwise.
func weekdayDay(ref time.Time, wd time.Weekday, back bool) time.Time {
	d := int(wd-ref.Weekday()+7) % 7
	if back && d != 0 {
		d -= 7
	}
	return ref.AddDate(0, 0, d)
}
