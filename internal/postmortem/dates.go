package postmortem

import (
	"strings"
	"time"
)

// monthNames matches an English month name or its abbreviation.
// monthWords finds what every month name in monthNames starts with.
var monthWords = newKeywords("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

const monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	dayMonthYearRe = lazyRe(`(?i)^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `),?\s+(\d{4})\b`)
	monthDayYearRe = lazyRe(`(?i)^(?:[a-z]+,?\s+)?(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
)

// monthOf returns the month a name or abbreviation stands for.
func monthOf(name string) time.Month {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name[:min(3, len(name))]) {
			return m
		}
	}
	return 0
}

// parseWrittenDate reads "September 29, 2025", "29 September 2025" and
// "Wednesday 30th June 2021".
func parseWrittenDate(s string) (time.Time, bool) {
	var d, mo, y string
	if m := dayMonthYearRe.FindStringSubmatch(s); m != nil {
		d, mo, y = m[1], m[2], m[3]
	} else if m := monthDayYearRe.FindStringSubmatch(s); m != nil {
		mo, d, y = m[1], m[2], m[3]
	} else {
		return time.Time{}, false
	}
	month := monthOf(mo)
	if !validDate(atoi(y), month, atoi(d)) {
		return time.Time{}, false
	}
	return time.Date(atoi(y), month, atoi(d), 0, 0, 0, 0, time.UTC), true
}
