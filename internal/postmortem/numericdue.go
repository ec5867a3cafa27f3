package postmortem

import (
	"bytes"
	"strings"
	"time"
	"unicode"
)

// A numeric due date that reads either way round ("12/11/2026", "by
// 12/11") is read in the order the document's other numeric dates show:
// "11/30" anywhere in it is month first, "30/11" day first. Without a
// year it takes the document's.

// numericOrder reads the order of the day and the month from the
// numeric dates written anywhere in the document; neither where they
// disagree or none shows it.
func (p *parser) numericOrder() (dayFirst, monthFirst bool) {
	if !p.order.read {
		p.order.dayFirst, p.order.monthFirst = numericOrderOf(p.src)
		p.order.read = true
	}
	return p.order.dayFirst, p.order.monthFirst
}

// wordsMonthFirst reports a document whose dates in words put the month
// before the day, as its numeric ones then do too: "12月1日", "12월
// 1일", or only "Nov 30, 2026" and never "30 November 2026". Asked where
// the numeric dates show no order.
func (p *parser) wordsMonthFirst() bool {
	t := p.doc.text
	if !isASCII(t) && (cjkDayInTextRe.MatchString(t) || cjkWritten(t)) {
		return true
	}
	first, dayFirst := false, false
	for _, m := range wordDateRe.FindAllStringSubmatch(t, 100) {
		first, dayFirst = first || m[1] != "", dayFirst || m[5] != ""
	}
	return first && !dayFirst
}

// cjkWritten reports a text written in Chinese, Japanese or Korean: more
// of its letters are of their scripts than of any other. These languages
// write a date month first, the year before both, so a day in figures
// without its year is month first too: "기한: 12/11" is 11 December.
func cjkWritten(t string) bool {
	cjk, other := 0, 0
	for _, r := range t {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
			cjk++
		case unicode.IsLetter(r):
			other++
		}
	}
	return cjk > other
}

// cjkDayInTextRe is a day with its month in Chinese, Japanese or
// Korean, anywhere in a text: "12月1日", "12월 1일".
var cjkDayInTextRe = lazyRe(`\d{1,2}\s*(?:月\s*\d{1,2}\s*日|월\s*\d{1,2}\s*일)`)

// numericOrderOf is numericOrder of a source, read whole.
func numericOrderOf(b []byte) (dayFirst, monthFirst bool) {
	for i := bytes.IndexByte(b, '/'); i > 0; {
		a, c := digitsBefore(b, i), digitsAfter(b, i+1)
		switch {
		case a > 12 && a <= 31 && c >= 1 && c <= 12:
			dayFirst = true
		case c > 12 && c <= 31 && a >= 1 && a <= 12:
			monthFirst = true
		}
		j := bytes.IndexByte(b[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if dayFirst && monthFirst {
		return false, false
	}
	return dayFirst, monthFirst
}

// digitsBefore reads the one or two digits that end b[:i], standing
// alone; 0 where there are none.
func digitsBefore(b []byte, i int) int {
	k := i
	for k > 0 && i-k < 3 && isDigit(b[k-1]) {
		k--
	}
	if k == i || i-k > 2 || k > 0 && (isDigit(b[k-1]) || b[k-1] == '/') {
		return 0
	}
	return atoi(string(b[k:i]))
}

// digitsAfter reads the one or two digits that open b[i:]; 0 where
// there are none or more.
func digitsAfter(b []byte, i int) int {
	k := i
	for k < len(b) && k-i < 3 && isDigit(b[k]) {
		k++
	}
	if k == i || k-i > 2 {
		return 0
	}
	return atoi(string(b[i:k]))
}

// shortNumericDue reads "12/11" and "12/11/2026" in the document's
// order, the year base's where none is written (the next where the
// month is before base's). A day and a month joined by a hyphen or a
// dot, "18-12", "18.12", are day first whatever the document's order.
func shortNumericDue(v string, base time.Time, dayFirst, monthFirst bool) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || !isDigit(v[0]) {
		return time.Time{}, false
	}
	i := digitRunEnd(v, 0)
	if i <= 2 && i+1 < len(v) && (v[i] == '-' || v[i] == '.') && digitRunEnd(v, i+1) == len(strings.TrimSuffix(v, ".")) {
		v, dayFirst = v[:i]+"/"+strings.TrimSuffix(v[i+1:], "."), true // "18-12", "18.12.": day first, no year
	}
	if !dayFirst && !monthFirst || i > 2 || i >= len(v) || v[i] != '/' {
		return time.Time{}, false
	}
	j := digitRunEnd(v, i+1)
	if j-i-1 < 1 || j-i-1 > 2 {
		return time.Time{}, false
	}
	first, second := atoi(v[:i]), atoi(v[i+1:j])
	if dayFirst {
		first, second = second, first
	}
	switch {
	case j == len(v) && base.Year() > 1:
		return dueInYear(base, func(y int) (time.Time, bool) { return dueDay(y, time.Month(first), second) })
	case j < len(v) && v[j] == '/' && digitRunEnd(v, j+1) == len(v) && len(v)-j-1 == 4:
		return dueDay(atoi(v[j+1:]), time.Month(first), second)
	case j < len(v) && v[j] == '/' && digitRunEnd(v, j+1) == len(v) && len(v)-j-1 == 2:
		return dueDay(2000+atoi(v[j+1:]), time.Month(first), second) // "12/11/26"
	}
	return time.Time{}, false
}

// bareSlashDue reports a day and a month alone, "12/01" (or joined by
// a hyphen or a dot, day first, "18-12"), as part i of an
// item after an owner's dash: a date in the order the document writes
// its numeric dates (or the only order it is one in), and no hours and
// days of cover as "24/7" and "9/5" are.
func (p *parser) bareSlashDue(parts []Span, keys []string, i int, t string) bool {
	k := digitRunEnd(t, 0)
	if k > 2 || k+1 >= len(t) || t[k] != '/' && t[k] != '-' && t[k] != '.' || digitRunEnd(t, k+1) != len(t) || len(t)-k-1 > 2 || i < 2 {
		return false
	}
	a, b := atoi(t[:k]), atoi(t[k+1:])
	if coverRatio(a, b) || a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 {
		return false
	}
	if !p.ownerPart(parts[i-1], keys[i-1]) || !ownerDash(string(p.src[parts[i-1].End:parts[i].Start])) {
		return false
	}
	if t[k] != '/' {
		return b <= 12 // "— Ruud — 18-12", "— Ruud — 18.12": day first
	}
	if a > 12 || b > 12 {
		return true
	}
	dayFirst, monthFirst := p.numericOrder()
	return dayFirst || monthFirst || p.writesDotted()
}

// coverRatio reports hours and days of cover written as a fraction:
// "24/7", "9/5", "12/6".
func coverRatio(hours, days int) bool {
	return hours == 24 && days >= 5 && days <= 7 || (days == 5 || days == 7) && (hours == 8 || hours == 9 || hours == 12 || hours == 16)
}

// ownerPart reports a part that names an owner without a label: a login,
// a name, a role or a team.
func (p *parser) ownerPart(part Span, key string) bool {
	if key == colOwner {
		return true
	}
	return key == "" && unlabelledOwner(p.doc.Text(part))
}

// unlabelledOwner reports a part that names an owner without a label: a login,
// a name, a role, a team's acronym or a team in lower case.
func unlabelledOwner(t string) bool {
	return ownerLike(t) || roleOwner(t) || teamAcronyms[t] || lowerTeam(t) || localTeam(t) || selfOwner(t)
}

// selfOwner reports the writer naming themselves as an owner: "— me, end
// of January".
func selfOwner(t string) bool {
	return strings.EqualFold(t, "me") || strings.EqualFold(t, "myself")
}
