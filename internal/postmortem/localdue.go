package postmortem

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Due dates as follow-up lists of other languages write them without a
// year: a week by its number ("uke 50", "viikolla 50", "semana 16", "minggu ke-51",
// "тиждень 50", "εβδομάδα 51"), the end of a quarter ("slutten av Q1",
// "akhir Q1", "τέλος Q1", "final do 2.º trimestre", "кінець I
// кварталу"), and a day after a word for "by" ("до 11.12", "έως 18/12",
// "paling lambat 4 Des") or a weekday ("fre 11/12").

// localDayMonthRe is a day and a month named in another language,
// without a year: "18. des.", "4 Des", and a day with the ordinal's
// ending French writes on the first of the month, "1er mai", or an
// ordinal sign, "1º maio"; withoutDe makes "15 de diciembre" one.
var localDayMonthRe = lazyRe(`^(\d{1,2})(?:\.|er|re|º|°)?\s+(\pL[\pL\pM.]*?)\.?$`)

// localMonthDayYearRe is a date written month first in another language,
// as Tagalog writes it after the English: "Disyembre 14, 2026".
var localMonthDayYearRe = lazyRe(`^(\pL[\pL\pM]+) (\d{1,2}), (\d{4})$`)

// withoutDe drops the "de" or "del" between a day and its month, as
// Spanish and Portuguese write them: "15 de diciembre" is "15 diciembre".
func withoutDe(v string) string {
	d := digitRunEnd(v, 0)
	if d < 1 || d > 2 || len(v) < d+5 || v[d] != ' ' {
		return v
	}
	for _, w := range []string{"de ", "del "} {
		if strings.HasPrefix(v[d+1:], w) {
			return v[:d+1] + v[d+1+len(w):]
		}
	}
	return v
}

// localWeekRe is a week by its number.
var localWeekRe = lazyRe(`^(?i:uke|uge|vecka|viikko|viikolla|semana|settimana|semaine|woche|tydzień|týden|hafta|minggu ke-?|minggu|тиждень|неделя|тижня|εβδομάδα)\s*(\d{1,2})$`)

// localPeriodRe is the end of a quarter: the words for "the end of",
// then Q1, a Roman numeral and a word for quarter, or an ordinal and
// one.
var localPeriodRe = lazyRe(`^(?i:(?:(?:by\s+)?(?:the\s+)?end\s+of|slutten\s+av|utgangen\s+av|slutet\s+av|slutningen\s+af|akhir|кінець|конец|τέλος|final\s+do|fim\s+do|final\s+del|fin\s+del|fin\s+du|ende|eind|koniec|konec|fine)\s+)(?:[Qq]([1-4])|(I|II|III|IV)\s+(?i:кварталу|квартал|квартала|τριμήνου)|([1-4])\.?\s*[ºo°]?\s*(?i:trimestre|kvartal|kwartaal|quartal|kwartał|τρίμηνο))$`)

// periodWordRe is the end of a period named by a word, without a year:
// "end of year", "EOY", "end of the month", "EOQ", "H2", "end of H1",
// "Jahresende", "slutten av året", "fin de año", "akhir tahun",
// "кінець року", "fin du trimestre", "Quartalsende".
var periodWordRe = lazyRe(`^(?i:(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:(year|eoy|jahresende|ende\s+des\s+jahres|slutten\s+av\s+året|årsskiftet|fin\s+de\s+año|fin\s+d'année|fim\s+do\s+ano|fine\s+anno|eind\s+van\s+het\s+jaar|akhir\s+tahun|кінець\s+року|конец\s+года|τέλος\s+του\s+έτους)|(month|eom)|(quarter|eoq|fin\s+du\s+trimestre|fin\s+de\s+trimestre|fin\s+del\s+trimestre|final\s+del\s+trimestre|fim\s+do\s+trimestre|fine\s+trimestre|fine\s+del\s+trimestre|quartalsende|ende\s+des\s+quartals|einde\s+van\s+het\s+kwartaal|slutten\s+av\s+kvartalet|slutet\s+av\s+kvartalet)|h([12])))$`)

// periodWordDue is the last day of the period a periodWordRe match m
// names, in base's year (or the next, dueInYear); the month and the
// quarter are base's own.
func periodWordDue(m []string, base time.Time) (time.Time, bool) {
	if base.Year() <= 1 {
		return time.Time{}, false
	}
	switch {
	case m[1] != "":
		return dueDay(base.Year(), time.December, 31)
	case m[2] != "":
		return monthEnd(base, 0), true
	case m[3] != "":
		return quarterEnd(base.Year(), (int(base.Month())+2)/3), true
	}
	return dueInYear(base, func(y int) (time.Time, bool) { return quarterEnd(y, 2*atoi(m[4])), true })
}

// localByRe is a word for "by" before a day: "до 11.12", "έως 18/12",
// "paling lambat 4 Des", "innen 18. des.", or the article or "am" a
// day takes, "il 15/01/2027", "le 20/11", "am 20.11.".
var localByRe = lazyRe(`^(?i:by|il|le|el|am|до|έως|εως|paling\s+lambat|sebelum|innen|inden|senest|senast|uiterlijk|bis|bis\s+zum|avant\s+le|avant|antes\s+del|antes\s+de|até|entro\s+il|entro|voor|przed|najpóźniej\s+do|najpóźniej|nejpozději\s+do|nejpozději|până\s+la|pana\s+la|do)\s+`)

// localWeekdays are weekdays cut short as the languages read write them
// before a day: "fre 11/12", "ons 4.12.".
var localWeekdays = wordSet("man tir ons tor fre lør søn mån tis lör sön mo di mi do fr sa so lun mar mer jeu ven sam dim seg ter qua qui sex sáb dom mié jue vie sen sel rab kam jum sab min пн вт ср чт пт сб нд " +
	// the whole names, where a due date writes one before the day: "fredag 11.12.", "Senin, 7 Desember 2026"
	"mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag senin selasa rabu kamis jumat sabtu " +
	"maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai")

// localDue reads the forms above, the year from base (dueInYear).
func localDue(v string, base time.Time, dayFirst bool) (time.Time, bool) {
	if t, ok := byWeekdayDue(v, base); ok {
		return t, true // "do pátku", "by Friday"
	}
	if m := localWeekRe.FindStringSubmatch(v); m != nil {
		return dueInYear(base, func(y int) (time.Time, bool) { return isoWeekSunday(y, atoi(m[1])) })
	}
	if m := localPeriodRe.FindStringSubmatch(v); m != nil {
		return quarterDue(base, periodQuarter(m))
	}
	if m := periodWordRe.FindStringSubmatch(v); m != nil {
		return periodWordDue(m, base)
	}
	if isPeriodHeading(v) && base.Year() > 1 {
		return periodDue(v, base) // "next week", "this quarter", as a heading names them
	}
	if m := localDayMonthRe.FindStringSubmatch(withoutDe(v)); m != nil {
		if mo := localMonthCut(m[2]); mo != 0 {
			return dueInYear(base, func(y int) (time.Time, bool) { return dueDay(y, mo, atoi(m[1])) })
		}
	}
	if m := localMonthDayYearRe.FindStringSubmatch(v); m != nil {
		if mo := localMonth(m[1]); mo != 0 {
			return dueDay(atoi(m[3]), mo, atoi(m[2]))
		}
	}
	if rest, ok := dueAfterWord(v); ok {
		if t, ok := dottedDueDay(rest, base); ok {
			return t, true
		}
		if t, ok := readDue(rest); ok {
			return t, true
		}
		if t, ok := readDueIn(rest, base, dayFirst); ok {
			return t, true
		}
		return shortNumericDue(rest, base, dayFirst, false) // "fre 11/12" in a document of dotted days
	}
	return time.Time{}, false
}

// periodQuarter returns the quarter a localPeriodRe match names.
func periodQuarter(m []string) int {
	switch {
	case m[1] != "":
		return atoi(m[1])
	case m[3] != "":
		return atoi(m[3])
	}
	return map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4}[m[2]]
}

// dueAfterWord returns the day after a word for "by" or a weekday cut
// short.
func dueAfterWord(v string) (string, bool) {
	if rest, ok := dueBeforeWord(v); ok {
		return rest, true
	}
	if m := localByRe.FindStringIndex(v); m != nil {
		return v[m[1]:], true
	}
	if word, rest, ok := strings.Cut(v, " "); ok && localWeekdays[strings.ToLower(strings.TrimRight(word, ".,"))] && rest != "" && isDigit(rest[0]) {
		return strings.TrimSpace(rest), true
	}
	return "", false
}

// dottedDueDay reads a day and a month written with a dot and no year
// after a word for "by", "до 11.12": day first, in the year of base.
func dottedDueDay(v string, base time.Time) (time.Time, bool) {
	i := digitRunEnd(v, 0)
	if i < 1 || i > 2 || i >= len(v) || v[i] != '.' {
		return time.Time{}, false
	}
	j := digitRunEnd(v, i+1)
	if j-i-1 < 1 || j-i-1 > 2 || j < len(v) && v[j:] != "." {
		return time.Time{}, false
	}
	return dueInYear(base, func(y int) (time.Time, bool) { return dueDay(y, time.Month(atoi(v[i+1:j])), atoi(v[:i])) })
}

// localDueLike reports a part of an item in one of the forms above, its
// year not needed: a due date rather than words of a title.
func localDueLike(t string) bool {
	if monthEndLike(t) {
		return true // "jaanuari lõpp", "สิ้นเดือนมกราคม"
	}
	if _, ok := quarterEndDue(t, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		return true // "līdz 1. ceturkšņa beigām", "до края на Q1"
	}
	if _, ok := byWeekday(t); ok {
		return true // "do pátku"
	}
	if rest, ok := dueBeforeWord(t); ok {
		return dueLike(rest) || shortDayMonth(rest)
	}
	if utf8.RuneCountInString(t) > 28 || !lookupLower(localDueLeads, firstWord(t)) {
		return false
	}
	if isPeriodHeading(t) {
		if _, ok := periodDue(t, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
			return true
		}
	}
	if localWeekRe.MatchString(t) || localPeriodRe.MatchString(t) || periodWordRe.MatchString(t) || calendarWeekRe.MatchString(t) || bareQuarterRe.MatchString(t) {
		return true
	}
	rest, ok := dueAfterWord(t)
	if !ok {
		return false
	}
	return dueLike(rest) || shortDayMonth(rest)
}

// localDueLeads are the words the forms above open with, lower-cased: a
// part opening with another is none of them, and the expressions are
// spared it.
var localDueLeads = func() map[string]bool {
	m := wordSet("week wk kw cw uke uge vecka viikko viikolla semana settimana semaine woche tydzień týden hafta minggu тиждень неделя тижня εβδομάδα " +
		"end by slutten utgangen slutet slutningen akhir кінець конец τέλος final fim fin ende eind koniec konec fine " +
		"до έως εως paling sebelum innen inden senest senast uiterlijk bis avant antes até entro voor przed najpóźniej nejpozději până pana do il le el am " +
		"q1 q2 q3 q4 the year eoy eom eoq h1 h2 jahresende årsskiftet month quarter this next before")
	for w := range localWeekdays {
		m[w] = true
	}
	return m
}()

// shortDayMonth reports a day and a month as numbers without a year,
// "11/12", "20/3", "11.12", either way round.
func shortDayMonth(v string) bool {
	i := digitRunEnd(v, 0)
	if i < 1 || i > 2 || i >= len(v) || v[i] != '/' && v[i] != '.' {
		return false
	}
	j := digitRunEnd(v, i+1)
	if j-i-1 < 1 || j-i-1 > 2 || j < len(v) && v[j:] != "." {
		return false
	}
	a, b := atoi(v[:i]), atoi(v[i+1:j])
	return a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31)
}

// localMonthCut reads a month's name cut short with a dot or more,
// "des", "ธ.ค" (the last dot taken off by the pattern), "ธ.ค.".
func localMonthCut(name string) time.Month {
	if mo := localMonth(name); mo != 0 {
		return mo
	}
	return localMonth(name + ".")
}

// quarterDigits are the numbers of the quarters, asked of a value by
// table.
var quarterDigits = byteSet("1234")

// quarterEndDue reads the end of a quarter as the vocabulary's
// quarter_end words write it, the quarter's number where `<q>` stands
// ("līdz 1. ceturkšņa beigām", "do konca Q1"), with a year after it or
// else the next end of that quarter from base (dueInYear).
func quarterEndDue(v string, base time.Time) (time.Time, bool) {
	if len(v) < 4 || len(v) > 120 || !anyByte(v, &quarterDigits) && !romanQuarterWord(v) {
		return time.Time{}, false // the quick answer: no quarter's number
	}
	v, year := trailingYear(strings.TrimSpace(v))
	if year == 0 {
		v, year = leadingYear(v)
	}
	for _, w := range quarterEndWords {
		if q := quarterAt(v, w); q > 0 {
			if year > 0 {
				return quarterEnd(year, q), true
			}
			return quarterDue(base, q)
		}
	}
	return time.Time{}, false
}

// leadingYear cuts a year that opens v, as Hungarian and Turkish write
// it before the quarter ("2027. I. negyedév", "2027 1. çeyrek"), and
// returns the rest with the year, or v and 0.
func leadingYear(v string) (string, int) {
	if len(v) > 6 && digitRunEnd(v, 0) == 4 && (v[4] == ' ' || v[4] == '.' && v[5] == ' ') {
		return strings.TrimSpace(v[5:]), atoi(v[:4])
	}
	return v, 0
}

// quarterEndWords are the vocabulary's quarter_end words.
var quarterEndWords = func() []localWord {
	var ws []localWord
	for _, w := range localPeriodWords {
		if w.key == "quarter_end" {
			ws = append(ws, w)
		}
	}
	return ws
}()

// quarterAt returns the quarter v names in the quarter_end words w, 0
// if v is not them.
func quarterAt(v string, w localWord) int {
	before, after, ok := strings.Cut(w.word, "<q>")
	n := len(v) - len(before) - len(after)
	if !ok || n < 1 || n > 3 || !strings.EqualFold(v[:len(before)], before) || !strings.EqualFold(v[len(before)+n:], after) {
		return 0
	}
	return quarterNumber(v[len(before) : len(before)+n])
}

// romanQuarterWord reports a word of v that is a quarter's Roman
// numeral, "I" to "IV", or an ordinal one with its dot ("I. negyedév").
func romanQuarterWord(v string) bool {
	for i := strings.IndexAny(v, "IV"); i >= 0 && i < len(v); {
		j := i
		for j < len(v) && (v[j] == 'I' || v[j] == 'V') {
			j++
		}
		if (i == 0 || v[i-1] == ' ') && (j == len(v) || v[j] == ' ' || v[j] == '.') && quarterNumber(v[i:j]) > 0 {
			return true
		}
		k := strings.IndexAny(v[j:], "IV")
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// quarterNumber is the quarter a figure or a Roman numeral names ("2",
// "II", as "I квартал 2027" and "Kuartal I 2027" write it), or 0.
func quarterNumber(q string) int {
	switch q {
	case "1", "I":
		return 1
	case "2", "II":
		return 2
	case "3", "III":
		return 3
	case "4", "IV":
		return 4
	}
	return 0
}
