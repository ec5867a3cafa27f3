package postmortem

import (
	"strings"
	"time"
)

// A document may date its incident only in a sentence, in any language
// the vocabulary has months for: "Le mardi 3 novembre 2026, de 7h48 à
// 9h31", "В петък, 27 ноември 2026 г., следобед", "V stredu 18.
// novembra ráno", "Race morning was Sunday 29 November 2026". Where
// nothing else gives the day its bare times fall on, the first day its
// prose names that way gives it, as a reader takes it.

// proseDayKeys are the sections whose prose may name the incident's day:
// its opening, summary, impact and narrative, and sections no key names.
// An action list's dues, a cause's earlier dates and a lesson's plans
// name other days.
var proseDayKeys = map[string]bool{"": true, "short_summary": true, "description": true, "impact": true, "what_happened": true, "timeline": true, "detection": true}

// proseDay is the first day the document's prose names with its month in
// words, read in its own year, else in the year of the review or of the
// document's dates, in the three months before the review's day; an
// action's dates are not the incident's. It is read once.
func (p *parser) proseDay() (time.Time, bool) {
	if p.proseDayRead {
		return p.proseDayAt, !p.proseDayAt.IsZero()
	}
	p.proseDayRead = true
	text := p.doc.text
	review, reviewed := p.reviewDay()
	for k, tries := 0, 0; k < len(text) && tries < 64; tries++ {
		m := proseDayRe.submatchFrom(text, k)
		if m == nil {
			break
		}
		at := k
		k = m[0] + 1
		if m[0] == at && at > 0 && !strings.ContainsRune(" \t\n(,*_[", rune(text[at-1])) {
			continue // "4 ديسمبر" of "14 ديسمبر", tried again from its second digit
		}
		mo, d, end := proseMonthDay(text, m)
		if mo == 0 || !p.proseDayAtOffset(m[0]) {
			continue
		}
		t, ok := p.proseDayInYear(text[end:], mo, d, review, reviewed)
		if ok && m[2] >= 0 {
			t = rangeFirstDay(text[max(0, m[2]-32):m[2]], t) // "Night of Sat 28 → Sun 29 Nov 2026"
		}
		if ok && (!reviewed || t.Before(review) && review.Sub(t) <= reviewWithin) {
			p.proseDayAt = t
			return t, true
		}
	}
	if reviewed {
		return p.proseISODay(text, review)
	}
	return time.Time{}, false
}

// proseISODay is the first day the prose names in ISO form after "on"
// or a weekday ("On Saturday 2026-10-10 the sorter restarted"), before
// the review's date and within reviewWithin of it: the incident's day,
// where the only date field is the review's.
func (p *parser) proseISODay(text string, review time.Time) (time.Time, bool) {
	for k := 0; k < len(text); {
		j := strings.IndexByte(text[k:], '-')
		if j < 0 {
			break
		}
		j += k
		k = j + 1
		if j < 4 || j+6 > len(text) || text[j+3] != '-' || !isDigits(text[j-4:j]) || !isDigits(text[j+1:j+3]) || !isDigits(text[j+4:j+6]) {
			continue
		}
		before := strings.TrimRight(text[:j-4], " ,")
		if len(before) == j-4 {
			continue
		}
		w := strings.ToLower(before[strings.LastIndexAny(before, " \t\n*_(")+1:])
		if w != "on" && (len(w) < 6 || len(w) > 9 || !strings.HasSuffix(w, "day")) {
			continue
		}
		t, ok := ParseDate(text[j-4 : j+6])
		if ok && p.proseDayAtOffset(j-4) && t.Before(review) && review.Sub(t) <= reviewWithin {
			p.proseDayAt = t
			return t, true
		}
	}
	return time.Time{}, false
}

// rangeOpenRe is the first day of a range of days written before the
// day that names the month, with its weekday or not: "28 → Sun " of
// "Sat 28 → Sun 29 Nov", "30–" of "30–1 Dec", "28/" of "28/29 Nov";
// never a clock's minutes (":02 –" of "18:02 – 4 Dec").
var rangeOpenRe = lazyRe(`(?:^|[^\pL\pN:.])(\d{1,2})\.?\s*(?:→|->|–|—|-|~|/)\s*(?:\pL{2,12}\.?,?\s+)?$`)

// rangeFirstDay is the first day of a range of days whose last, t, names
// the month and before holds the text before it: a night from one day
// to the next is the first day's, as its start is. Where before opens
// no range, or its day is not in the week before t, t is kept.
func rangeFirstDay(before string, t time.Time) time.Time {
	if !strings.ContainsAny(before, "→>–—-~/") {
		return t
	}
	m := rangeOpenRe.FindStringSubmatch(before)
	if m == nil {
		return t
	}
	first := atoi(m[1])
	y, mo, d := t.Date()
	if first >= d {
		mo-- // "30 → 1 Dec": the month before
	}
	f := time.Date(y, mo, first, 0, 0, 0, 0, time.UTC)
	if f.Day() != first || t.Sub(f) > 7*24*time.Hour || !f.Before(t) {
		return t
	}
	return f
}

// reviewWithin is how long after an incident its review is held at the
// latest: a day further back is another's ("the same fault in May").
const reviewWithin = 92 * 24 * time.Hour

// proseDayRe is a day and its month in words, in either order: "3
// novembre", "18. novembra", "16 de desembre", "Nov 25", "*Dec 1, 2026",
// and the first of a month as an ordinal, "1º de dezembro".
var proseDayRe = lazyRe(`(?:^|[\s(,*_\[/–])(?:(\d{1,2})(\.?)[ºª]?\s+(?:de\s+)?(\p{L}{3,12})(?:[^\p{L}]|$)|(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:[^\pL\pN]|$))`)

// proseMonthDay is the month and day a match of proseDayRe names, and
// where its last word ends; no month where the words name none, or where
// the day is a list's number ("1. Set the APN").
func proseMonthDay(text string, m []int) (time.Month, int, int) {
	var mo time.Month
	var d, end int
	if m[2] >= 0 {
		if m[5] > m[4] && (m[2] == 0 || text[m[2]-1] == '\n') {
			return 0, 0, 0
		}
		mo, d, end = monthNamed(text[m[6]:m[7]]), atoi(text[m[2]:m[3]]), m[7]
	} else {
		mo, d, end = monthNamed(text[m[8]:m[9]]), atoi(text[m[10]:m[11]]), m[11]
	}
	if mo == 0 || d < 1 || d > 31 {
		return 0, 0, 0
	}
	return mo, d, end
}

// proseDayAtOffset reports an offset of the text outside the sections
// and fields whose dates are not the incident's: a review's, a due's.
func (p *parser) proseDayAtOffset(i int) bool {
	for _, f := range p.doc.Fields {
		if f.Span.Start <= i && i < f.Span.End && f.Key != FieldIncidentDate {
			return false
		}
	}
	for _, a := range p.doc.Actions {
		if a.Span.Start <= i && i < a.Span.End {
			return false
		}
	}
	for _, s := range p.doc.Sections {
		if s.Span.Start <= i && i < s.Span.End && !proseDayKeys[s.Key] {
			return false
		}
	}
	return true
}

// proseDayInYear is the day mo and d name in the year written after
// them (after is the text after the month or the day: " 2026" of "3
// novembre 2026", "th, 2026" of "November 25th, 2026"), else in the review's year on
// or before it, else in the year of the document's dates.
func (p *parser) proseDayInYear(after string, mo time.Month, d int, review time.Time, reviewed bool) (time.Time, bool) {
	after = strings.TrimLeft(after, "0123456789")
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		after = strings.TrimPrefix(after, suffix)
	}
	after = strings.TrimLeft(after, "., ")
	if len(after) >= 4 && isDigit(after[0]) && digitRunEnd(after, 0) == 4 {
		return dueDay(atoi(after[:4]), mo, d)
	}
	at := func(y int) (time.Time, bool) { return dueDay(y, mo, d) }
	if reviewed {
		return onOrBefore(review, at)
	}
	if y := p.writtenYear(); y > 0 {
		return at(y)
	}
	return time.Time{}, false
}
