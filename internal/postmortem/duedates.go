package postmortem

import (
	"strings"
	"time"
)

// More forms of a due date than readDue reads alone, for which the
// document must say something: "11 Dec", "Dec 11th" and "Fri 18 Dec"
// take the year of the document's date, or the next year's where their
// month is before the incident's, and so does "18.12.", a day and a
// month as German and Finnish write them; "04/12/2026" reads day first or month first as the
// document's other due dates do ("21/11/2026" is day first). The rest
// need nothing from it: "14-Dec-2026", "14.12.2026", "14.12.26" and an ISO week,
// "2026-W50", due by the end of that week, its Sunday (ISO weeks run
// Monday to Sunday, and a reader takes "due in week 50" to allow all of it).
var (
	dayMonYearRe = lazyRe(`(?i)^(\d{1,2})[- ](` + monthNames + `)[- ](\d{4})$`)
	isoWeekRe    = lazyRe(`^(\d{4})-?W(\d{1,2})$`)
	dottedYYRe   = lazyRe(`^(\d{1,2})\.(\d{1,2})\.(\d{2})$`)
	dottedDayRe  = lazyRe(`^(\d{1,2})\.(\d{1,2})\.$`)
	monthDayDue  = lazyRe(`(?i)^(?:(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `))$`)
)

// dueLike reports whether a part of an item, alone, is a due date in
// one of the forms read here or by readDue.
func dueLike(t string) bool {
	t = compactDots(strings.TrimSpace(t)) // "13. 11. 2026"
	if _, ok := yearFirstWordDue(t); ok {
		return true
	}
	if _, rest, ok := leadingWeekday(t); ok {
		t = rest // "Fri 18 Dec"
	}
	if len(t) < 4 || len(t) > 20 || !mayBeDue(t) {
		return endOfPeriod(t) || localDueLike(t)
	}
	if _, ok := readDue(t); ok {
		return true
	}
	if _, _, _, n, _ := numericDate(t); n == len(t) {
		return true // "04/12/2026", either way round
	}
	return dayMonYearRe.MatchString(t) || isoWeekRe.MatchString(t) || monthDayDue.MatchString(t) || dottedDateRe.MatchString(t) && len(t) <= 10 || dottedYYRe.MatchString(t) || dottedDayRe.MatchString(t)
}

// yearFirstWordDue reads a date written year first with its month in
// words, as Hungarian writes one: "2026. december 10.", "2027. január
// 15".
func yearFirstWordDue(v string) (time.Time, bool) {
	if len(v) < 10 || v[4] != '.' || !isDigit(v[0]) {
		return time.Time{}, false
	}
	m := yearFirstWordRe.FindStringSubmatch(v)
	if m == nil {
		return time.Time{}, false
	}
	month := localMonth(m[2])
	if month == 0 {
		month = englishMonth(m[2])
	}
	return dueDay(atoi(m[1]), month, atoi(m[3]))
}

var yearFirstWordRe = lazyRe(`^(\d{4})\.\s+(\pL{3,12})\s+(\d{1,2})\.?$`)

// endOfPeriod reports the end of a month or a quarter as a due date
// after an owner's dash writes it: "end of January", "end Q1 2027", "end
// of Q3".
func endOfPeriod(t string) bool {
	if len(t) > 24 && len(t) <= 40 && monthEndRe.MatchString(t) {
		return true // "by the end of December 2026"
	}
	if len(t) >= 7 && len(t) <= 16 && strings.EqualFold(t[:3], "eta") && etaMonthRe.MatchString(t) {
		return true // "ETA January"
	}
	if len(t) < 6 || len(t) > 24 || !strings.EqualFold(t[:4], "end ") {
		return false
	}
	_, ok := readDue(t)
	return ok || monthEndRe.MatchString(t) || bareQuarterRe.MatchString(t)
}

// mayBeDue is a quick test for dueLike, on the shape of t: digits and
// date separators ("04/12/2026", "2026-W50", "14.12.2026"), a day and a
// month ("11 Dec", "14-Dec-2026"), a month first ("Dec 11"), or a quarter
// or half ("Q1 2027").
func mayBeDue(t string) bool {
	c := t[0]
	switch {
	case c >= '0' && c <= '9':
		i := 0
		for i < len(t) && strings.IndexByte("0123456789/-.W", t[i]) >= 0 {
			i++
		}
		if i == len(t) {
			return true
		}
		d := 0
		for d < len(t) && t[d] >= '0' && t[d] <= '9' {
			d++
		}
		return (t[d] == ' ' || t[d] == '-') && d+4 <= len(t) && monthWords.in(t[d+1:d+4])
	case c == 'Q' || c == 'H':
		return len(t) > 1 && t[1] >= '1' && t[1] <= '4'
	}
	return len(t) >= 3 && monthWords.in(t[:3]) // "(#)" after a title holds no month
}

// readDueIn reads a due date in the forms readDue does not, with the
// document's date (the incident's) and whether its dates are day first.
func readDueIn(v string, base time.Time, dayFirst bool) (time.Time, bool) {
	v = compactDots(strings.TrimSpace(v))
	if t, ok := yearFirstWordDue(v); ok {
		return t, ok
	}
	if n := weekOfLen(v); n > 0 {
		// "week of 14 Dec", "w/c 7 Dec": the Sunday that ends that week
		t, ok := readDue(v[n:])
		if !ok {
			t, ok = readDueIn(v[n:], base, dayFirst)
		}
		return weekEnd(t), ok
	}
	if _, rest, ok := leadingWeekday(v); ok {
		if t, ok := readDue(rest); ok {
			return t, ok // "Friday, 18 December 2026"
		}
		return readDueIn(rest, base, dayFirst) // "Fri 18 Dec"
	}
	if m := dayMonYearRe.FindStringSubmatch(v); m != nil {
		return dueDay(atoi(m[3]), monthOf(m[2]), atoi(m[1]))
	}
	if m := dottedDateRe.FindStringSubmatch(v); m != nil && (len(m[0]) == len(v) || v[len(m[0]):] == ".") {
		// "15.01.2027", and "15.01.2027." as Serbian and Croatian end a date
		return dueDay(atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
	}
	if m := dottedYYRe.FindStringSubmatch(v); m != nil {
		return dueDay(2000+atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1])) // "18.12.26"
	}
	if m := dottedDayRe.FindStringSubmatch(v); m != nil {
		return dueInYear(base, func(y int) (time.Time, bool) { // "18.12."
			return dueDay(y, time.Month(atoi(m[2])), atoi(m[1]))
		})
	}
	if m := isoWeekRe.FindStringSubmatch(v); m != nil {
		return isoWeekSunday(atoi(m[1]), atoi(m[2]))
	}
	if t, ok := calendarWeek(v, base); ok {
		return t, true
	}
	if fiscalQuarterRe.MatchString(v) {
		// "Q3 FY2026/27": a financial year starts in April, July or
		// October by country, so its quarter is no day; the review asks
		// for one rather than guess it
		return time.Time{}, false
	}
	if m := bareQuarterRe.FindStringSubmatch(v); m != nil {
		return quarterDue(base, atoi(m[1])) // "end of Q1", "Q3"
	}
	if m := rangeEndRe.FindStringSubmatch(v); m != nil {
		return readDueIn(m[1], base, dayFirst) // "Cycle 48 (Nov 9 – Nov 22)": due on its last day
	}
	if m := etaMonthRe.FindStringSubmatch(v); m != nil {
		return dueInYear(base, func(y int) (time.Time, bool) { // "ETA January", "Due: January": done within that month
			return monthEnd(time.Date(y, monthOf(m[1]), 1, 0, 0, 0, 0, time.UTC), 0), true
		})
	}
	if m := monthEndRe.FindStringSubmatch(v); m != nil {
		end := func(y int) (time.Time, bool) { // "end of November"
			return monthEnd(time.Date(y, monthOf(m[1]), 1, 0, 0, 0, 0, time.UTC), 0), true
		}
		if m[2] != "" {
			return end(atoi(m[2])) // "by the end of December 2026"
		}
		return dueInYear(base, end)
	}
	if t, ok := dueInYear(base, func(y int) (time.Time, bool) { return dayInYear(v, y) }); ok {
		return t, true // "11 Dec", "Dec 11"
	}
	if t, ok := cjkDue(v, base); ok {
		return t, true // "12月18日", "12월 말", "年内", "来月末"
	}
	if t, ok := localDue(v, base, dayFirst); ok {
		return t, true // "uke 50", "slutten av Q1", "до 11.12"
	}
	if t, ok := monthEndDue(v, base); ok {
		return t, true // "do konca januára", "jaanuari lõpp"
	}
	if t, ok := quarterEndDue(v, base); ok {
		return t, true // "līdz 1. ceturkšņa beigām", "do konca Q1"
	}
	if t, ok := dottedDueDay(v, base); ok {
		return t, true // "11.12" in a due field: dotted dates are day first
	}
	if y, mo, d, n, ambiguous := numericDate(v); n == len(v) && ambiguous && dayFirst {
		return dueDay(y, time.Month(d), int(mo))
	}
	return time.Time{}, false
}

// weekOfLen returns the length of the words that name a week by a day
// of it, "week of " or "w/c " (week commencing), opening v; 0 if none.
func weekOfLen(v string) int {
	for _, p := range []string{"week of ", "w/c ", "week commencing ", "wc "} {
		if len(v) > len(p) && strings.EqualFold(v[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// dayInYear reads a day and a month without a year, "11 Dec" or "Dec
// 11", in the year given; none when the year is not known.
func dayInYear(v string, year int) (time.Time, bool) {
	if year <= 1 || len(v) < 5 || len(v) > 20 {
		return time.Time{}, false
	}
	m := monthDayDue.FindStringSubmatch(v)
	if m == nil {
		return time.Time{}, false
	}
	if m[1] != "" {
		return dueDay(year, monthOf(m[1]), atoi(m[2]))
	}
	return dueDay(year, monthOf(m[4]), atoi(m[3]))
}

// dueInYear reads a due date written without its year: in the year of
// base, the document's date, or in the next where it falls in a month
// before base's, as a plan written in November means by "Jan 15th",
// "end of January" or "Q1". at reads the date in the year it is given;
// there is none when base gives no year.
func dueInYear(base time.Time, at func(year int) (time.Time, bool)) (time.Time, bool) {
	if base.Year() <= 1 {
		return time.Time{}, false
	}
	t, ok := at(base.Year())
	if ok && t.Month() < base.Month() {
		return at(base.Year() + 1)
	}
	return t, ok
}

// quarterDue is the last day of quarter q named without its year: see
// dueInYear.
func quarterDue(base time.Time, q int) (time.Time, bool) {
	return dueInYear(base, func(y int) (time.Time, bool) { return quarterEnd(y, q), true })
}

func dueDay(y int, mo time.Month, d int) (time.Time, bool) {
	if !validDate(y, mo, d) {
		return time.Time{}, false
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
}

// etaMonthRe is a month named alone, after "ETA" or a due date's label
// that the value follows: "ETA January", due on the month's last day, as
// the work is expected done within it.
var etaMonthRe = lazyRe(`(?i)^(?:eta:?\s+)?(` + monthNames + `)$`)

// monthEndRe is the end of a month named with or without its year:
// "end of November", due on its last day in the document's year, "by
// the end of December 2026".
var monthEndRe = lazyRe(`(?i)^(?:by\s+)?(?:the\s+)?end\s+of\s+(` + monthNames + `)(?:\s+(\d{4}))?$`)

// fiscalQuarterRe is a quarter of a financial year named by the two
// calendar years it spans: "Q3 FY2026/27", "Q1 FY 2026-2027".
var fiscalQuarterRe = lazyRe(`^[Qq]([1-4])\s+FY\s?(\d{4})[/-](\d{2}|\d{4})$`)

// bareQuarterRe is a quarter without its year: "Q1", "end of Q3".
var bareQuarterRe = lazyRe(`^(?i:(?:end of|by end of|by the end of|by)\s+)?[Qq]([1-4])$`)

// rangeEndRe is a period's dates in parentheses after its name, the
// last of them in the group: "Cycle 48 (Nov 9 – Nov 22)".
var rangeEndRe = lazyRe(`\(\s*[^()]*?\d[^()]*?\s+[–—-]\s+([^()]*?\d[^()]*?)\s*\)$`)

// calendarWeekRe is a calendar week by its number, as German ("KW 50")
// and English ("CW 50", "Week 50/2026") plans write it.
var calendarWeekRe = lazyRe(`^(?i:kw|cw|wk|week)\s*(\d{1,2})(?:\s*[/,]?\s*(\d{4}))?$`)

// calendarWeek reads a calendar week as the Sunday that ends it, in the
// year written or else in base's year, or the next where the week ends
// in a month before base's (dueInYear).
func calendarWeek(v string, base time.Time) (time.Time, bool) {
	m := calendarWeekRe.FindStringSubmatch(v)
	if m == nil {
		return time.Time{}, false
	}
	if m[2] != "" {
		return isoWeekSunday(atoi(m[2]), atoi(m[1]))
	}
	return dueInYear(base, func(y int) (time.Time, bool) { return isoWeekSunday(y, atoi(m[1])) })
}

// isoWeekSunday returns the Sunday, the last day, of ISO week w of year y.
func isoWeekSunday(y, w int) (time.Time, bool) {
	if w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // always in week 1
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	sunday := monday.AddDate(0, 0, 7*(w-1)+6)
	if _, wk := sunday.ISOWeek(); wk != w {
		return time.Time{}, false // week 53 of a year that has 52
	}
	return sunday, true
}

// parenDue returns the date in brackets that closes a due told by an
// occasion, "by Christmas (24/12)", "before the holiday closing (Dec 23)".
func parenDue(v string) (string, bool) {
	inner, ok := closingParen(v)
	if !ok || inner == "" || !mayBeDue(inner) {
		return "", false
	}
	return inner, true
}

// closingParen returns what the parentheses that close v, after a space,
// hold, trimmed: "Week 50 (Fri 11 Dec)" holds "Fri 11 Dec".
func closingParen(v string) (string, bool) {
	v = strings.TrimSpace(v)
	i := strings.LastIndexByte(v, '(')
	if i <= 0 || !strings.HasSuffix(v, ")") || v[i-1] != ' ' {
		return "", false
	}
	return strings.TrimSpace(v[i+1 : len(v)-1]), true
}

// parenDay reads the day a period named by its number or in words is
// due by, written in parentheses after it: "Week 50 (Fri 11 Dec)", "51.
// hét (december 18., péntek)", "next sprint (ends 2026-12-25)". The
// period's name says nothing a calendar reads; the day does, once a
// word saying the period ends then, or a weekday after it, is left off.
func parenDay(raw string, base time.Time, dayFirst bool) (time.Time, bool) {
	inner, ok := closingParen(raw)
	if !ok {
		return time.Time{}, false
	}
	if w, rest, ok := strings.Cut(inner, " "); ok && periodEndWords[strings.ToLower(w)] {
		inner = rest // "ends 2026-12-25"
	}
	if k := strings.LastIndexByte(inner, ','); k > 0 && !strings.ContainsAny(inner[k:], "0123456789") {
		inner = strings.TrimSpace(inner[:k]) // "december 18., péntek": the weekday after the day
	}
	inner = strings.TrimSuffix(inner, ".") // "december 18.", a day as Hungarian writes it
	if inner == "" || !strings.ContainsAny(inner, "0123456789") {
		return time.Time{}, false
	}
	if t, ok := readDue(inner); ok {
		return t, true // "Jumat, 18 Desember 2026"
	}
	return readDueIn(inner, base, dayFirst)
}

// periodEndWords say the day after them ends a period: "(ends 2026-12-25)".
var periodEndWords = wordSet("ends ending until till closes due")

// settleDues reads the due dates that need the document: see readDueIn.
func (p *parser) settleDues() {
	pending := false
	for _, a := range p.doc.Actions {
		pending = pending || a.DueRaw != "" && a.Due.IsZero()
	}
	if !pending {
		return
	}
	dayFirst := false
	for _, a := range p.doc.Actions {
		raw := a.DueRaw
		if inner, ok := parenDue(raw); ok {
			raw = inner // "by Christmas (24/12)"
		}
		if first, _, _, n, ok := monthFirstDate(strings.TrimSpace(raw)); ok && n > 0 && first > 12 {
			dayFirst = true // "21/11/2026"
		}
	}
	monthFirst := false
	if !dayFirst {
		dayFirst, monthFirst = p.numericOrder()
		dayFirst = dayFirst || !monthFirst && p.writesDotted()      // "17.11." elsewhere: "11/12" is day first
		monthFirst = monthFirst || !dayFirst && p.wordsMonthFirst() // "12月1日", "Nov 30, 2026": "12/11" is month first
	}
	base := p.baseDate()
	if base.IsZero() {
		base = p.localReviewDay()
	}
	if base.IsZero() {
		base = p.writtenDay(dayFirst)
	}
	for i := range p.doc.Actions {
		a := &p.doc.Actions[i]
		if a.DueRaw != "" && a.Due.IsZero() {
			a.Due, _ = readDueIn(a.DueRaw, base, dayFirst)
			if a.Due.IsZero() {
				a.Due, _ = shortNumericDue(a.DueRaw, base, dayFirst, monthFirst)
			}
			if rest, ok := dueAfterWord(a.DueRaw); ok && a.Due.IsZero() {
				a.Due, _ = shortNumericDue(rest, base, dayFirst, monthFirst) // "by 12/11/26"
			}
			if inner, ok := parenDue(a.DueRaw); ok && a.Due.IsZero() {
				if a.Due, _ = readDueIn(inner, base, dayFirst); a.Due.IsZero() {
					a.Due, _ = shortNumericDue(inner, base, dayFirst, monthFirst)
				}
			}
			if a.Due.IsZero() {
				a.Due, _ = parenDay(a.DueRaw, base, dayFirst)
			}
			if a.Due.IsZero() && !dayFirst && !monthFirst {
				a.Due, _ = afterBaseDue(a.DueRaw, base)
			}
			if a.Due.IsZero() && !dayFirst && !monthFirst && p.writesDayFirst(a.DueRaw) {
				// "11/12/2026" that reads well either way round, in a
				// document whose dates show no order: its zone says how
				// its people write one (AEDT, CET: day first)
				a.Due, _ = shortNumericDue(a.DueRaw, base, true, false)
			}
		}
	}
}

// afterBaseDue reads a due date in digits that reads either way round,
// in a document whose other dates show no order, as the one reading on
// or after the document's day and within a year and a half of it:
// "12/01/2026" in a review of 14 November 2026 is 1 December, as 12
// January was before the incident.
func afterBaseDue(v string, base time.Time) (time.Time, bool) {
	if base.IsZero() {
		return time.Time{}, false
	}
	plausible := func(t time.Time, ok bool) bool {
		return ok && !t.Before(base) && t.Before(base.AddDate(0, 18, 0))
	}
	m, okM := shortNumericDue(v, base, false, true)
	d, okD := shortNumericDue(v, base, true, false)
	switch pm, pd := plausible(m, okM), plausible(d, okD); {
	case pm && !pd:
		return m, true
	case pd && !pm:
		return d, true
	}
	return time.Time{}, false
}
