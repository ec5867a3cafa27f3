package postmortem

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Due dates as other languages write them without the forms readDue
// knows: the end of a month named in words before or after it ("do
// konca januára", "jaanuari lõpp", "نهاية يناير", Thai without a space,
// "ภายในสิ้นเดือนมกราคม 2570"), a day and a month with a space after
// each dot ("15. 12.", "31. 1. 2027", as Slovak, Czech and Croatian
// write them) and a year of the Buddhist era (2569 is 2026).

// monthEndDue reads the end of a month named with a word of the
// vocabulary's periods (localPeriodWords), in the year written or else
// the next after base (dueInYear).
func monthEndDue(v string, base time.Time) (time.Time, bool) {
	mo, year, ok := monthEndParts(v)
	if !ok {
		return time.Time{}, false
	}
	end := func(y int) (time.Time, bool) { return monthEnd(time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), 0), true }
	if year > 0 {
		return end(year)
	}
	return dueInYear(base, end)
}

// monthEndParts returns the month and the year (0 where none is
// written) of an end of a month: a period word before or after a month's
// name.
func monthEndParts(v string) (time.Month, int, bool) {
	v, year := trailingYear(strings.TrimSpace(v)) // "jaanuari lõpp 2027": the period word ends what the year follows
	if year == 0 {
		v, year = slashYear(v) // "cuối tháng 1/2027"
	}
	if len(v) < 4 || len(v) > 160 || v[0] != 0xE0 && !lookupLower(periodWords, firstWord(v)) && !lookupLower(periodWords, v[strings.LastIndexByte(v, ' ')+1:]) || utf8.RuneCountInString(v) > 40 {
		return 0, 0, false // the quick answer: no period word can open or end v
	}
	year = gregorianYear(year) // 0 stays 0
	for _, w := range localPeriodWords {
		if w.key != "month_end" {
			continue
		}
		if mo := monthAround(v, w.word); mo != 0 {
			return mo, year, true
		}
	}
	return 0, 0, false
}

// trailingYear splits a year of four digits off the end of v, after a
// space: "do konca januára 2027" is "do konca januára" and 2027; v
// without one is as it is, and the year 0.
func trailingYear(v string) (string, int) {
	if i := strings.LastIndexByte(v, ' '); i > 0 && len(v)-i-1 == 4 && digitRunEnd(v, i+1) == len(v) {
		return strings.TrimSpace(v[:i]), atoi(v[i+1:])
	}
	return v, 0
}

// periodWords are the first and the last words of the period words,
// which open or end a due date that a month's name ends or opens ("do
// konca januára", "Aralık sonuna kadar"), and the Thai ones open with
// the byte 0xE0 that every Thai letter does.
var periodWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range localPeriodWords {
		m[firstWord(w.word)] = true
		m[w.word[strings.LastIndexByte(w.word, ' ')+1:]] = true
	}
	return m
}()

// monthEndLike reports an end of a month as monthEndDue reads it.
func monthEndLike(v string) bool {
	_, _, ok := monthEndParts(v)
	return ok
}

// monthAround returns the month named in v beside the words w, before
// or after them, with a space between or (in Thai) none; 0 if v is not
// that.
func monthAround(v, w string) time.Month {
	var rest string
	switch {
	case len(v) > len(w) && strings.EqualFold(v[:len(w)], w):
		rest = v[len(w):]
	case len(v) > len(w) && strings.EqualFold(v[len(v)-len(w):], w):
		rest = v[:len(v)-len(w)]
	default:
		return 0
	}
	if rest = strings.TrimSpace(rest); rest == "" {
		return 0
	}
	if n := digitRunEnd(rest, 0); n == len(rest) && n <= 2 && strings.HasSuffix(w, "tháng") {
		return monthNumber(atoi(rest)) // "cuối tháng 1": the words say month, the figure which
	}
	return localMonth(rest)
}

// monthNumber is the month a figure names, or 0.
func monthNumber(n int) time.Month {
	if n < 1 || n > 12 {
		return 0
	}
	return time.Month(n)
}

// slashYear splits a year written after a month's figure and a slash
// off the end of v, as Vietnamese writes a month: "cuối tháng 1/2027"
// is "cuối tháng 1" and 2027; v without one is as it is, and the year 0.
func slashYear(v string) (string, int) {
	i := strings.LastIndexByte(v, '/')
	if i < 2 || len(v)-i-1 != 4 || digitRunEnd(v, i+1) != len(v) || !isDigit(v[i-1]) {
		return v, 0
	}
	return v[:i], atoi(v[i+1:])
}

// gregorianYear is the year of the Gregorian calendar a year of the
// Buddhist era names ("2569" is 2026), and any other year as it is.
func gregorianYear(y int) int {
	if y >= 2400 && y < 2700 {
		return y - 543
	}
	return y
}

// compactDots closes up a day and a month written with a space after
// each dot: "15. 12." is "15.12.", "31. 1. 2027" and "15. 1. 2027."
// are "31.1.2027" and "15.1.2027"; any other v is as it is.
func compactDots(v string) string {
	if len(v) < 5 || !isDigit(v[0]) || !strings.Contains(v, ". ") {
		return v
	}
	c := strings.ReplaceAll(v, ". ", ".")
	if strings.Trim(c, "0123456789.") != "" {
		return v
	}
	if n := len(c); n > 5 && c[n-1] == '.' && digitRunEnd(c, n-5) == n-1 && c[n-6] == '.' {
		c = c[:n-1] // "15.1.2027."
	}
	return c
}

// localDateRe is a date with its year as other languages write it: "20.
// 11. 2026", "9 ธ.ค. 2569", "14 ديسمبر 2026".
var localDateRe = lazyRe(`(\d{1,2})\.?\s*(?:(\d{1,2})\.\s?|([^\s\d,]+)\s+)(\d{4})`)

// localReviewDay reads the review's date in the forms of localDateRe,
// for due dates without a year where baseDate finds no day.
func (p *parser) localReviewDay() time.Time {
	f, ok := p.doc.Field(FieldDate)
	if !ok {
		return time.Time{}
	}
	m := localDateRe.FindStringSubmatch(f.Value)
	if m == nil {
		return time.Time{}
	}
	mo := time.Month(atoi(m[2]))
	if m[3] != "" {
		mo = localMonth(m[3])
	}
	t, _ := dueDay(gregorianYear(atoi(m[4])), mo, atoi(m[1]))
	return t
}
