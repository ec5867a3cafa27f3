package postmortem

import (
	"strings"
	"time"
)

// Due dates without a year in a document whose incident's day is not
// read (its date told only as "Tue 10 March" or in the narrative) take
// their year from the dates written with one elsewhere in it: a
// review's "24.11.2026", a tracker's attributes, a notes tool's
// metadata ("created_time: 2026-03-11T17:42:09Z").

// fullDateRe is a date with its year: "2026-03-11", "2026/11/23",
// "24.11.2026", "01/04/2026", and day first with hyphens, as a chat's
// export stamps its messages, "28-11-2026".
var fullDateRe = lazyRe(`\b(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})([./-])(\d{1,2})[./-](\d{4}))(?:\D|$)`)

// writtenDay returns the day the document's dated text centres on: of
// the dates written with a year, the earliest in the year most of them
// are in (a later year where as many are), so that an old date cited in
// passing does not count. Numeric dates with a slash read day first
// where dayFirst says so or their first number is past 12.
func (p *parser) writtenDay(dayFirst bool) time.Time {
	var days []time.Time
	for _, m := range fullDateRe.FindAllStringSubmatch(p.doc.text, 100) {
		var t time.Time
		var ok bool
		if m[1] != "" {
			t, ok = dueDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
		} else {
			t, ok = slashDay(atoi(m[4]), atoi(m[6]), atoi(m[7]), dayFirst || m[5] != "/")
		}
		if ok && t.Year() >= 2000 && t.Year() < 2100 {
			days = append(days, t)
		}
	}
	for _, m := range shortYearDateRe.FindAllStringSubmatch(p.doc.text, 100) {
		if t, ok := slashDay(atoi(m[1]), atoi(m[2]), 2000+atoi(m[3]), dayFirst); ok {
			days = append(days, t) // "12/03/26"
		}
	}
	for _, m := range wordDateRe.FindAllStringSubmatch(p.doc.text, 100) {
		name, day := m[1], m[2]
		if name == "" {
			name, day = m[5], m[4]
		}
		if t, ok := dueDay(atoi(m[3]+m[6]), monthOf(name), atoi(day)); ok && t.Year() >= 2000 && t.Year() < 2100 {
			days = append(days, t) // "Dec 1, 2026", "4 December 2026"
		}
	}
	for _, m := range localWordDateRe.FindAllStringSubmatch(p.doc.text, 100) {
		name, day, year := m[2], m[1], m[3]
		english := englishMonth(name)
		if name == "" {
			name, day, year = m[5], m[6], m[4]
			english = englishMonth(name)
		} else if english != 0 {
			continue // "4 December 2026": read above
		}
		month := localMonth(name)
		if month == 0 {
			month = english // "2026. november 26."
		}
		if t, ok := dueDay(atoi(year), month, atoi(day)); ok && t.Year() >= 2000 && t.Year() < 2100 {
			days = append(days, t) // "24 oktober 2026", "26. listopadu 2026", "2026. november 26-án"
		}
	}
	return centralDay(days)
}

// englishMonth returns the month an English name or its abbreviation
// stands for, or 0: not any word that opens as one does.
func englishMonth(name string) time.Month {
	m := monthOf(name)
	if m != 0 && (len(name) == 3 || strings.EqualFold(name, m.String())) {
		return m
	}
	return 0
}

// localWordDateRe is a date with its month in words of any language and
// its year: day first ("24 oktober 2026", "26. listopadu 2026") or, as
// Hungarian writes it, year first ("2026. november 26").
var localWordDateRe = lazyRe(`(?:^|[^\pL\pN])(?:(\d{1,2})\.?\s+(\pL{3,12})\.?,?\s+(\d{4})|(\d{4})\.\s+(\pL{3,12})\s+(\d{1,2})\b)`)

// wordDateRe is a date with its month in words and its year, month
// first ("Dec 1, 2026") or day first ("4 December 2026").
var wordDateRe = lazyRe(`(?i)\b(?:(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.?\s+(` + monthNames + `),?\s+(\d{4}))\b`)

// shortYearDateRe is a numeric date with a slash and a year of two
// digits, "12/03/26", standing alone.
var shortYearDateRe = lazyRe(`(?:^|[^\d/.])(\d{1,2})/(\d{1,2})/(\d{2})(?:[^\d/]|$)`)

// slashDay reads a numeric date with a slash, a the first number and b
// the second: day first where dayFirst says so or a is past 12.
func slashDay(a, b, year int, dayFirst bool) (time.Time, bool) {
	if !dayFirst && a <= 12 {
		a, b = b, a // "11/16/2026"
	}
	return dueDay(year, time.Month(b), a)
}

// centralDay is the earliest of days in the year most of them are in.
func centralDay(days []time.Time) time.Time {
	count := map[int]int{}
	year := 0
	for _, t := range days {
		count[t.Year()]++
		if c, y := count[t.Year()], t.Year(); c > count[year] || c == count[year] && y > year {
			year = y
		}
	}
	var best time.Time
	for _, t := range days {
		if t.Year() == year && (best.IsZero() || t.Before(best)) {
			best = t
		}
	}
	return best
}

// dottedDayMonthRe finds a day and a month written with dots, "17.11." or
// "24.11.2026", which are day first.
var dottedDayMonthRe = lazyRe(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\s|$)`)

// writesDotted reports a document that writes a day and a month with
// dots: its numeric dates are day first.
func (p *parser) writesDotted() bool {
	for _, m := range dottedDayMonthRe.FindAllStringSubmatch(p.doc.text, 20) {
		if d, mo := atoi(m[1]), atoi(m[2]); d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			return true
		}
	}
	return false
}
