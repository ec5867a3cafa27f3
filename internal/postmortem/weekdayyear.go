package postmortem

import (
	"strings"
	"time"
)

// A document may write no year at all, as a chat's notes or a team's
// doc written the week of the incident do: "Black Friday (Nov 27)", "the
// Wednesday (Dec 2) retro call". A reader takes the year from the
// weekday a day is written with: 27 November was a Friday in 2026, and
// in 2020 before it. The year read is the latest, not after next year,
// in which every such day of the document falls on its weekday.

// weekdayDatedRe is a weekday with a day and month written after it, the
// day in brackets or after a comma: "Wednesday (Dec 2)", "Fri, 27 Nov",
// "Friday Nov 27th".
var weekdayDatedRe = lazyRe(`(?i)\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s*\(?\s*(?:(` + monthNames + `)\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `))\b`)

// today is the day the document is read on; a test may set it.
var today = time.Now

// weekdayYear is the year the document's weekdays give its days, or 0.
// It is read once.
func (p *parser) weekdayYear() int {
	if p.weekdayYearRead {
		return p.weekdayYearValue
	}
	p.weekdayYearRead = true
	if !weekdayWords.in(p.doc.text) {
		return 0
	}
	var days []datedWeekday
	for _, m := range weekdayDatedRe.FindAllStringSubmatch(p.doc.text, 8) {
		wd, ok := weekdayNames[strings.ToLower(m[1])]
		mo, d := m[2], m[3]
		if mo == "" {
			mo, d = m[5], m[4]
		}
		if ok {
			days = append(days, datedWeekday{wd, monthOf(mo), atoi(d)})
		}
	}
	p.weekdayYearValue = yearOfWeekdays(days, today().Year()+1)
	return p.weekdayYearValue
}

// datedWeekday is a day and month written with its weekday.
type datedWeekday struct {
	weekday time.Weekday
	month   time.Month
	day     int
}

// yearOfWeekdays is the latest year from latest back, over the last
// thirty, in which every day falls on its weekday, or 0.
func yearOfWeekdays(days []datedWeekday, latest int) int {
	if len(days) == 0 {
		return 0
	}
	for y := latest; y > latest-30; y-- {
		if allOnWeekday(days, y) {
			return y
		}
	}
	return 0
}

// allOnWeekday reports every day falling on its weekday in year y.
func allOnWeekday(days []datedWeekday, y int) bool {
	for _, d := range days {
		t, ok := dueDay(y, d.month, d.day)
		if !ok || t.Weekday() != d.weekday {
			return false
		}
	}
	return true
}
