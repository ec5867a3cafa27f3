package postmortem

import (
	"strings"
	"time"
	"unicode/utf8"
)

// What is written around a time besides its date, clock and zone: "~",
// "approx.", "at", "hrs", a zone in parentheses, the date after the
// clock ("14:02 UTC on 2026-09-14"), an hour alone ("2 pm").

// approxLeads open a time that is an estimate: "~14:02", "approx. 14:02".
var approxLeads = []string{"~", "≈", "approximately ", "approx. ", "approx ", "around ", "about ", "circa ", "ca. ", "at "}

// trimApprox drops what marks a time as approximate, or says "at", from
// its start. Most times open with a digit, which no lead does.
func trimApprox(s string) string {
	if s == "" || !approxLeadOpens[s[0]] {
		return s
	}
	return trimApproxLeads(s)
}

// approxLeadOpens are the first bytes of approxLeads, in either case.
var approxLeadOpens = firstBytes(approxLeads)

// trimApproxLeads is trimApprox without the test of the first byte.
func trimApproxLeads(s string) string {
	for again := true; again; {
		again = false
		for _, lead := range approxLeads {
			if len(s) > len(lead) && strings.EqualFold(s[:len(lead)], lead) {
				s, again = strings.TrimSpace(s[len(lead):]), true
			}
		}
	}
	return s
}

// noteZoneRe is a note that is a zone and nothing else: "(UTC)",
// "(IST)", "(UTC+05:30)", "(+02:00)", "(Europe/Berlin)". A word such as
// "(est.)" for "estimated" is not one: abbreviations are upper case.
var noteZoneRe = lazyRe(`[(\[]\s*((?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|[A-Z]{2,5}|[A-Z][a-z]+/[A-Za-z_]+)\s*[)\]]`)

// noteOpens are the brackets a note of a zone opens with, asked by table.
var noteOpens = byteSet("([")

// zoneInNote returns the zone a note in parentheses gives a time, or "".
func zoneInNote(s string) string {
	if !anyByte(s, &noteOpens) {
		return "" // the note's bracket
	}
	m := noteZoneRe.FindStringSubmatch(s)
	if m == nil {
		return placeInNote(s) // "(Berlin)"
	}
	z := strings.ReplaceAll(m[1], " ", "")
	if _, ok, err := readZone(z); err != nil || !ok {
		return ""
	}
	return z
}

// inZone reads the clock of pt, which named no zone, in zone.
func inZone(pt ParsedTime, zone string) ParsedTime {
	loc, ok, err := readZone(zone)
	if err != nil || !ok {
		return pt
	}
	pt = inZoneOf(pt, loc)
	pt.HasZone = true
	return pt
}

// inZoneOf reads the clock of pt in loc; HasZone stays as it was, for a
// zone the text did not write.
func inZoneOf(pt ParsedTime, loc *time.Location) ParsedTime {
	t := pt.Time
	pt.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	return pt
}

// leadingDate reads a date opening s: in digits, or written out
// ("Sep 14, 2026", "Monday 14 September 2026", "Sep 14" in year y). n is
// the length read, 0 when s opens with no date.
func leadingDate(s string, y int) (int, time.Month, int, int) {
	if yy, mo, d, n, _ := numericDate(s); n > 0 {
		return yy, mo, d, n
	}
	return writtenDatePrefix(s, y)
}

var (
	// monthDayRe and dayMonthRe: a written date without its year, before
	// a clock: "Sep 14 14:02", "14 Sep, 14:02". The first group is the
	// date.
	monthDayRe = lazyRe(`(?i)^((?:[a-z]+,?\s+)?(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(?:at\s+)?\d{1,2}:\d{2}`)
	dayMonthRe = lazyRe(`(?i)^((?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `),?)\s+(?:at\s+)?\d{1,2}:\d{2}`)
)

// writtenDatePrefix reads a written date opening s; y is the year of a
// date that names none.
func writtenDatePrefix(s string, y int) (int, time.Month, int, int) {
	if len(s) < 5 || !mayOpenDate(s) || opensWithNoWrittenDay(s) {
		return 0, 0, 0, 0
	}
	if m := dayMonthYearRe.FindStringSubmatchIndex(s); m != nil {
		return y4(s, m[6:8]), monthOf(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), m[1]
	}
	if m := monthDayYearRe.FindStringSubmatchIndex(s); m != nil {
		return y4(s, m[6:8]), monthOf(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), m[1]
	}
	if y <= 1 {
		return 0, 0, 0, 0 // no year to read "Sep 14" in
	}
	if m := monthDayRe.FindStringSubmatchIndex(s); m != nil {
		return y, monthOf(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]), m[3]
	}
	if m := dayMonthRe.FindStringSubmatchIndex(s); m != nil {
		return y, monthOf(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), m[3]
	}
	return 0, 0, 0, 0
}

// opensWithNoWrittenDay reports a text opening with a digit that cannot
// open a written date, where the digits are the day: no more than two,
// then white space or a suffix ("14th"). "14:02 UTC" is spared the four
// expressions.
func opensWithNoWrittenDay(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	n := digitRunEnd(s, 0)
	if n > 2 || n == len(s) {
		return true
	}
	c := s[n]
	suffix := c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 // "th", or a letter (?i) reads as one
	return !suffix && strings.IndexByte(" \t\n\f\r", c) < 0
}

func y4(s string, g []int) int { return atoi(s[g[0]:g[1]]) }

// hasTrailingDate reports whether a date follows the clock of s.
func hasTrailingDate(s string) bool { return hasTrailingDateIn(s, 0) }

// hasTrailingDateIn is hasTrailingDate where a day written without its
// year is read in year y.
func hasTrailingDateIn(s string, y int) bool {
	m, ok := readClock(s)
	if !ok {
		return false
	}
	_, _, _, _, ok = trailingDate(strings.TrimSpace(s[len(m[0]):]), y)
	return ok
}

// trailingDateRe finds where a date after a clock and its zone starts:
// "UTC on 2026-09-14", "PT, Sep 14, 2026", "on 14 September 2026".
var trailingDateRe = lazyRe(`(?i)(?:^|\s)on\s+|,\s*`)

// trailingDate splits the text after a clock into its zone and the date
// that follows it, when one does.
func trailingDate(z string, y int) (string, int, time.Month, int, bool) {
	if zone, yy, mo, d, ok := localTrailingDate(z); ok {
		return zone, yy, mo, d, true // "14:05 le 2 novembre 2026", "14:05, 2 ноября 2026"
	}
	if !mayHoldTrailingDate(z) {
		return z, 0, 0, 0, false
	}
	for _, m := range trailingDateRe.FindAllStringIndex(z, 2) {
		rest := strings.TrimSpace(z[m[1]:])
		wd, r, named := leadingWeekday(rest) // "on Thursday 12 November"
		if named {
			rest = r
		}
		yy, mo, d, n := leadingDate(rest, y)
		if n > 0 && yy > 0 && validDate(yy, mo, d) && strings.TrimSpace(strings.Trim(rest[n:], ".)")) == "" {
			if !named || time.Date(yy, mo, d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
				return strings.TrimSpace(z[:m[0]]), yy, mo, d, true
			}
		}
		if t, ok := dayInYear(strings.TrimRight(rest, ".)"), y); ok && (!named || t.Weekday() == wd) {
			return strings.TrimSpace(z[:m[0]]), t.Year(), t.Month(), t.Day(), true // "23:50 AEDT on 2 December"
		}
	}
	return z, 0, 0, 0, false
}

// lowerPrefix is strings.HasPrefix(strings.ToLower(s), prefix) for a
// lower-case ASCII prefix, without lower-casing all of s when the bytes
// it compares are ASCII.
func lowerPrefix(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		if i == len(s) || s[i] >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(s), prefix)
		}
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// mayHoldTrailingDate is a quick test for trailingDateRe, which every
// clock's zone meets: a comma, or "on" opening a word before a space.
func mayHoldTrailingDate(z string) bool {
	if strings.IndexByte(z, ',') >= 0 {
		return true
	}
	for i := 0; i+2 < len(z); i++ {
		if z[i]|0x20 == 'o' && z[i+1]|0x20 == 'n' && reSpace(z[i+2]) && (i == 0 || reSpace(z[i-1])) {
			return true
		}
	}
	return false
}

// reSpace reports a byte that \s matches in a regular expression.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// trimHours drops "hrs" or "h" written after a clock: "14:02 hrs IST".
func trimHours(z string) string {
	if z == "" || z[0]|0x20 != 'h' {
		return z
	}
	for _, w := range []string{"hrs", "hours", "hr", "h.", "h"} {
		if lowerPrefix(z, w) && (len(z) == len(w) || z[len(w)] == ' ') {
			return strings.TrimSpace(z[len(w):])
		}
	}
	return z
}

// hourOnly reads an hour with am or pm and no minutes, "2 pm", "11am",
// as readClock reads a clock; h is where the hour's digits end.
func hourOnly(s string, h int) (m [5]string, ok bool) {
	k := h
	for k < len(s) && s[k] == ' ' {
		k++
	}
	ap, n := meridiem(s[k:])
	if n == 0 {
		return m, false
	}
	m[0], m[1], m[2], m[4] = s[:k+n], s[:h], "00", ap
	return m, true
}

var (
	// dottedDateRe: a day-first date with dots, "14.09.2026", also with a
	// space after each dot as Czech and Slovak write it, "9. 11. 2026".
	dottedDateRe = lazyRe(`^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\b`)
	// shortDottedDateRe: the same with the year in two digits before a
	// clock, as German and the Nordic languages shorten it: "02.11.26
	// 14:05".
	shortDottedDateRe = lazyRe(`^(\d{1,2})\.(\d{1,2})\.(\d{2}),? +\d{1,2}[:.]\d{2}\b`)
	// zoneFirstRe: a zone written before the time, "UTC 09:12", "MSK
	// 14:05".
	zoneFirstRe = lazyRe(`^(UTC|GMT|[A-Z]{2,5})\s+(\d)`)
	// meridiemDots: "a.m." and "p.m.", read as "am" and "pm", also as
	// Spanish writes them, "p. m.".
	meridiemDots = strings.NewReplacer("a.m.", "am", "p.m.", "pm", "A.M.", "AM", "P.M.", "PM", "a. m.", "am", "p. m.", "pm")
)

// rewriteTime writes the forms of a time ParseTime reads through others
// it reads: "14.09.2026" as "2026-09-14", "12/Nov/26 2:14 AM" as
// "2026-11-12 2:14 AM", "9:12 a.m." as "9:12 am", and "UTC 09:12" as
// "09:12 UTC".
func rewriteTime(s string) string {
	if strings.HasPrefix(s, "[[") {
		s = wikiDate.Replace(s) // a notes tool's journal link: "[[Nov 17th, 2026]] 21:52"
	}
	s = localClock(clockWord(trackerDate(s)))
	if len(s) > 12 && (s[0] < '0' || s[0] > '9') {
		s = afterWeekdayName(s)
	}
	if strings.Contains(s, "ocal") {
		s = strings.TrimSpace(localWords.Replace(s)) // "14:02 local time": the document's zone, if it names one
	}
	if strings.HasSuffix(s, " Uhr") || strings.HasSuffix(s, " uur") || strings.Contains(s, "h") {
		s = europeanClock(s)
	}
	if strings.Contains(s, ".m.") || strings.Contains(s, ".M.") || strings.Contains(s, ". m.") {
		s = strings.TrimSpace(meridiemDots.Replace(s))
	}
	if len(s) > 8 && s[1] == '.' || len(s) > 8 && s[2] == '.' {
		if m := dottedDateRe.FindStringSubmatchIndex(s); m != nil {
			s = s[m[6]:m[7]] + "-" + s[m[4]:m[5]] + "-" + s[m[2]:m[3]] + s[m[1]:]
		} else if m := shortDottedDateRe.FindStringSubmatchIndex(s); m != nil {
			s = "20" + s[m[6]:m[7]] + "-" + s[m[4]:m[5]] + "-" + s[m[2]:m[3]] + s[m[7]:]
		}
	}
	if len(s) > 4 && s[0] >= 'A' && s[0] <= 'Z' {
		if m := zoneFirstRe.FindStringSubmatchIndex(s); m != nil {
			if _, ok := abbreviationOffset(s[m[2]:m[3]]); ok {
				s = s[m[4]:] + " " + s[m[2]:m[3]]
			}
		}
	}
	return s
}

// weekdayNumericDateRe: a weekday in any language before a date all in
// figures, "lunedì 16/11/2026", "Di., 17.11.2026".
var weekdayNumericDateRe = lazyRe(`^\pL{2,12}\.?,?\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b`)

// afterWeekdayName drops the weekday written before a date all in
// figures, whatever its language: the date says the day, and the word is
// not one the readers of times know. s is returned as it is otherwise.
func afterWeekdayName(s string) string {
	if !weekdayNumericDateRe.MatchString(s) {
		return s
	}
	return strings.TrimLeft(s[strings.IndexAny(s, " \t"):], " \t")
}

// plainMarks reads a time as written with marks a converter puts in: a
// backslash escaping a sign or a dot ("UTC\\-3", as a document saved
// as Markdown writes it) and the minus sign of typesetting ("UTC−3").
func plainMarks(s string) string {
	if strings.IndexByte(s, '\\') < 0 && !strings.Contains(s, "−") {
		return s
	}
	return plainMarkReplacer.Replace(s)
}

var plainMarkReplacer = strings.NewReplacer(`\-`, "-", `\+`, "+", `\.`, ".", `\:`, ":", `\_`, "_", `\*`, "*", `\[`, "[", `\]`, "]", "−", "-")

// clockWordRe is a time of day after the word the Nordic languages
// write before it, with a dot or a colon: Finnish "klo 16.20" and
// "kello 16.20", Estonian "kell 16.20", Swedish, Danish and Norwegian
// "kl. 16.20",
// Indonesian and Malay "pukul 16.20", Italian "ore 16:20" and "alle
// 16:20", Polish "godz. 16:20", Spanish "a las 16:20" and German "um
// 16:20".
var clockWordRe = lazyRe(`(?i)\b(?:klo|kello|kell|kl\.?|pukul|ore|alle|godz\.?|a las|um)\s*(\d{1,2})[.:](\d{2})\b`)

// clockWord writes "klo 16.20" as "16:20"; s is returned as it is
// where no such word stands in it.
func clockWord(s string) string {
	for _, w := range [...]string{"kl", "Kl", "KL", "kell", "Kell", "ukul", "ore", "Ore", "lle", "odz", "las", "um", "Um"} {
		if strings.Contains(s, w) {
			return clockWordRe.ReplaceAllString(s, "$1:$2")
		}
	}
	return s
}

// localWords say a time is in the zone of the place it happened, which
// names none by itself: the document's zone is the time's.
var localWords = strings.NewReplacer(" local time", "", " Local time", "", " Local Time", "", " local", "", " Local", "")

// wikiDate drops the brackets of a wiki link around a day.
var wikiDate = strings.NewReplacer("[[", "", "]]", "")

// europeanClockRe is a time of day as German, Dutch and French write
// it: "10.02 Uhr", "10:02 Uhr", "10.02 uur", "10h02".
var europeanClockRe = lazyRe(`(?:^|[\s,T])(\d{1,2})(?:[.:]|\s?h\s?)(\d{2})(\s+(?:Uhr|uur)\b)?`)

// europeanClock writes "10.02 Uhr" and "10h02" as "10:02", the form the
// readers of times read; s is returned as it is otherwise.
func europeanClock(s string) string {
	m := europeanClockRe.FindStringSubmatchIndex(s)
	if m == nil || m[6] < 0 && !strings.Contains(s[m[0]:m[1]], "h") {
		return strings.TrimSuffix(strings.TrimSuffix(s, " Uhr"), " uur") // "10:02 Uhr"
	}
	end := m[5]
	if m[6] >= 0 {
		end = m[7]
	}
	return s[:m[2]] + s[m[2]:m[3]] + ":" + s[m[4]:m[5]] + s[end:]
}

// trackerDateRe is the date an issue tracker writes, day first with the
// month's name between slashes or hyphens: "12/Nov/26", "3-Dec-2026".
var trackerDateRe = lazyRe(`(?i)^(\d{1,2})[/-](` + monthNames + `)[/-](\d{4}|\d{2})\b`)

// trackerDateAt returns the submatches of trackerDateRe opening s, or
// nil: its quick test is a digit first and a slash or a hyphen after
// one or two digits.
func trackerDateAt(s string) []int {
	if !mayOpenTrackerDate(s) {
		return nil
	}
	return trackerDateRe.FindStringSubmatchIndex(s)
}

// mayOpenTrackerDate is the quick test of trackerDateRe: a digit, and a
// slash or a hyphen after one or two digits.
func mayOpenTrackerDate[T string | []byte](s T) bool {
	return len(s) >= 8 && isDigit(s[0]) && (s[1] == '/' || s[1] == '-' || s[2] == '/' || s[2] == '-')
}

// trackerDate writes a tracker's date opening s as "2026-11-12", the
// form the readers of dates read; s is returned as it is otherwise.
func trackerDate(s string) string {
	m := trackerDateAt(s)
	if m == nil {
		return s
	}
	y := atoi(s[m[6]:m[7]])
	if m[7]-m[6] == 2 {
		y += 2000
	}
	mo, d := monthOf(s[m[4]:m[5]]), atoi(s[m[2]:m[3]])
	if !validDate(y, mo, d) {
		return s
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02") + s[m[1]:]
}

// localTrailingDate reads a date in another language written after a
// clock and its zone, perhaps after a comma or a short word for "on"
// ("le", "del", "am"): the zone before it and the date.
func localTrailingDate(z string) (string, int, time.Month, int, bool) {
	p := strings.IndexAny(z, "0123456789")
	if p < 0 || !mayOpenLocalDate(z[p:]) {
		return z, 0, 0, 0, false
	}
	y, mo, d, n := localDate(z[p:])
	if n == 0 || strings.TrimSpace(strings.Trim(z[p+n:], ".)")) != "" {
		return z, 0, 0, 0, false
	}
	zone := strings.TrimRight(z[:p], " ,")
	if i := strings.LastIndexByte(zone, ' ') + 1; letterEnd(zone, i) == len(zone) && zone[i:] != strings.ToUpper(zone[i:]) && len(zone)-i <= 6 {
		zone = strings.TrimRight(zone[:i], " ,") // "le", "del", "am": the word for "on"
	}
	return zone, y, mo, d, true
}
