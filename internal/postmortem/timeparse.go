package postmortem

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParsedTime is a time value read from a document.
type ParsedTime struct {
	Time    time.Time
	HasDate bool
	HasZone bool
}

// abbreviations maps zone abbreviations people write to their offsets.
// Ambiguous ones (IST, CST) take their most common meaning in incident
// reports written in English.
var abbreviations = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2,
	"EET": 2, "EEST": 3, "MSK": 3, "IST": 5*60 + 30, "SGT": 8, "HKT": 8, "AWST": 8,
	"JST": 9, "KST": 9, "ACST": 9*60 + 30, "ACDT": 10*60 + 30, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"AKST": -9, "AKDT": -8, "HST": -10, "BRT": -3, "ART": -3, "CLT": -4, "CLST": -3,
	"SAST": 2, "CAT": 2, "EAT": 3, "WAT": 1, "GST": 4, "PKT": 5, "NPT": 5*60 + 45, "ICT": 7, "WIB": 7,
	"PHT": 8, "MYT": 8, "TRT": 3, "MEZ": 1, "MESZ": 2, // the German CET and CEST
	// Indonesia's central and eastern zones, Latin America's, and Asia's
	// beyond the table's first rows.
	"WITA": 8, "WIT": 9, "PHST": 8, "COT": -5, "PET": -5, "ECT": -5, "UYT": -3, "BRST": -2,
	"ADT": -3, "NST": -(3*60 + 30), "NDT": -(2*60 + 30), "IDT": 3, "IRST": 3*60 + 30, "AFT": 4*60 + 30,
	"AZT": 4, "UZT": 5, "ALMT": 5, "KGT": 6, "MMT": 6*60 + 30, "ULAT": 8, "SLST": 5*60 + 30, "CHST": 10, "FJT": 12,
	// Russia's zones east of Moscow, as its writers abbreviate them.
	"SAMT": 4, "YEKT": 5, "OMST": 6, "KRAT": 7, "IRKT": 8, "YAKT": 9, "VLAT": 10, "MAGT": 11, "PETT": 12,
	// Western and Eastern European time as German writes them, Central
	// European as French does, and Canada's Eastern, Central and Pacific
	// times as Quebec writes them (heure normale, heure avancée).
	"WEZ": 0, "WESZ": 1, "OEZ": 2, "OESZ": 3, "HEC": 1, "HAEC": 2,
	"HNE": -5, "HAE": -4, "HNC": -6, "HNR": -7, "HNP": -8, "HNA": -4,
}

// usZones are the zones of the United States written by name, with
// daylight saving time as it applied on the day: "7:09 AM Eastern",
// "16:30 PT", "Pacific Time".
var usZones = map[string]string{"e": "America/New_York", "c": "America/Chicago", "m": "America/Denver", "p": "America/Los_Angeles"}

const usZoneWords = `Eastern|Central|Mountain|Pacific|ET|CT|MT|PT`

var usZoneRe = lazyRe(`(?i)^(` + usZoneWords + `)(?:\s+time)?\b`)

func abbreviationOffset(name string) (int, bool) {
	h, ok := abbreviations[strings.ToUpper(name)]
	if !ok {
		return 0, false
	}
	if h > 24 || h < -24 {
		return h * 60, true // already in minutes
	}
	return h * 3600, true
}

var (
	clockRe = lazyRe(`^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp][Mm])\b)?`)
	zoneRe  = lazyRe(`^(?:(Z)|([+-]\d{2}):?(\d{2})|(?:UTC|GMT) ?([+-]\d{1,2})(?::?(\d{2}))?|([A-Za-z]+(?:/[A-Za-z0-9_+-]+)+)|([A-Za-z]{1,5}))\b`)
	// parenthesised notes such as "(approx.)" or "(first page)".
	noteRe = lazyRe(`\s*[(\[].*?[)\]]\s*`)
)

// ErrNoTime is returned for a value that holds no time: empty, "TBD".
var ErrNoTime = errors.New("no time given")

var zoneCache sync.Map // name -> *time.Location or error

func loadZone(name string) (*time.Location, error) {
	if v, ok := zoneCache.Load(name); ok {
		if loc, ok := v.(*time.Location); ok {
			return loc, nil
		}
		return nil, v.(error)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		zoneCache.Store(name, err)
		return nil, err
	}
	zoneCache.Store(name, loc)
	return loc, nil
}

// ParseTime reads a timeline value: "2026-11-02 14:02 UTC", RFC 3339,
// "2026-09-30 22:41 America/New_York", "14:02" or "2:02 pm PST". A value
// without a date is read against base (its year, month and day); a value
// without a zone is read as UTC and reported with HasZone false.
func ParseTime(s string, base time.Time) (ParsedTime, error) {
	if pt, ok := plainTime(s, base); ok {
		return pt, nil
	}
	return parseTimeInFull(s, base)
}

// parseTimeInFull is ParseTime without plainTime's quick reading.
func parseTimeInFull(s string, base time.Time) (ParsedTime, error) {
	s = rewriteTime(clockWords(trimApprox(cutDashNote(markupTime(plainMarks(strings.Trim(s, "*_` ")))))))
	noteZone := ""
	if strings.ContainsAny(s, "([") {
		noteZone = zoneInNote(s)
		s = strings.TrimRight(afterNote(strings.TrimSpace(noteRe.ReplaceAllString(s, " "))), "*_ ") // "**23:57, Mon 30 Nov** (paged)"
	}
	if s == "" || isPlaceholder(s) {
		return ParsedTime{}, ErrNoTime
	}
	pt, err := parseTime(localDateTime(s), base)
	if err == nil && !pt.HasZone && noteZone != "" {
		pt = inZone(pt, noteZone)
	}
	return pt, err
}

// afterNote drops a clause that follows a time's note once the note is
// gone: "7h41 (alerte …), prise en compte à 8h02 seulement" is 7:41.
func afterNote(s string) string {
	if i := strings.Index(s, " , "); i > 0 && strings.IndexByte(s[:i], ':') > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// cutDashNote drops a note set off by a spaced dash after a time:
// "10.11.2026, 09:48 (UTC+01:00) — first rejected message". A dash
// before a digit ("09:12 – 10:05") is a range, and stays. A clause
// after a comma goes too ("05:47, when the ward rang"), and the place a
// calendar writes after its offset ("(UTC+10:00) Brisbane").
func cutDashNote(s string) string {
	if !mayHoldNote(s) {
		return s
	}
	for _, d := range []string{" — ", " – "} {
		if i := strings.Index(s, d); i > 0 && i+len(d) < len(s) && !isDigit(s[i+len(d)]) && strings.IndexByte(s[:i], ':') > 0 {
			s = strings.TrimRight(s[:i], " ,;*_")
			break
		}
	}
	if strings.Contains(s, ", ") && strings.IndexByte(s, ':') > 0 {
		s = strings.TrimRight(cutClause(s), "*_") // "**06:20**, when the last route was back"
	}
	if strings.Contains(s, "(UTC") {
		s = calendarZoneRe.ReplaceAllString(s, "$1")
	}
	return s
}

// mayHoldNote is the quick test of cutDashNote: a dash (whose UTF-8
// opens with 0xE2), a comma or a parenthesis after a time.
func mayHoldNote(s string) bool {
	if len(s) < 12 {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; c == 0xE2 || c == ',' || c == '(' {
			return true
		}
	}
	return false
}

// calendarZoneRe is a zone as a calendar writes it, the offset in
// parentheses and then the place: "(UTC+10:00) Brisbane".
var calendarZoneRe = lazyRe(`\((UTC[+-]\d{1,2}:\d{2})\)\s+\p{Lu}[\pL .,&'()-]*$`)

func parseTime(s string, base time.Time) (ParsedTime, error) {
	if t, ok := epoch(s); ok {
		return ParsedTime{Time: t, HasDate: true, HasZone: true}, nil
	}
	// RFC 3339 has its hyphens and its T in fixed places: other texts are
	// spared the parse and the error it allocates.
	if len(s) >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return ParsedTime{Time: t, HasDate: true, HasZone: true}, nil
		}
	}
	var pt ParsedTime
	y, mo, d := base.Date()
	rest := s
	if yy, mm, dd, n := leadingDate(rest, y); n > 0 {
		y, mo, d, pt.HasDate = yy, mm, dd, true
		rest = strings.TrimLeft(strings.TrimLeft(rest[n:], " T,"), "- ")
		if k := afterYear(rest, 0); k > 0 {
			rest = strings.TrimLeft(rest[k:], " ,") // "2.11.2026 г. 14:05"
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "at "), "@ ") // "Nov 3, 2026 @ 14:02:33.120", as a log search writes it
	} else if d2, m2, n := localDayMonth(rest); n > 0 && !base.IsZero() {
		y, mo, d, pt.HasDate = nearestYear(base, m2, d2), m2, d2, true // "2. November, 14:05", "11月2日 14:05"
		rest = rest[n:]
	} else if d2, m2, n := dottedDayMonth(rest); n > 0 && !base.IsZero() {
		y, mo, d, pt.HasDate = nearestYear(base, m2, d2), m2, d2, true // "26.11 18:00", "wt. 1.12, 00:00"
		rest = rest[n:]
	} else if base.IsZero() && !hasTrailingDate(rest) {
		return pt, fmt.Errorf("%q has no date and the document gives none to read it against", s)
	}
	return finishTime(pt, s, rest, y, mo, d)
}

// dottedDayMonth reads a day and month in digits with a dot between and
// no year, day first as every language that writes dots writes them,
// before a clock: "26.11 18:00", "30.11., 23:55", and after a weekday's
// short name in any language, "wt. 1.12, 00:00"; also with a slash
// between, month first unless the first number cannot be a month,
// whatever order the document writes its other days in, which this
// reading does not know: "Mon 11/30, 11:40p", "26/11 23:52", "Tue 12/1,
// 9:25a". n is the length read
// up to the clock, 0 when s opens otherwise; a dotted clock ("10.12")
// has no clock after it.
func dottedDayMonth(s string) (d int, mo time.Month, n int) {
	i := 0
	if s != "" && !isDigit(s[0]) {
		j := strings.IndexByte(s, ' ')
		if j < 2 || j > 12 || !isLetters(strings.TrimRight(s[:j], ".,")) {
			return 0, 0, 0
		}
		i = j + 1
	}
	a := digitRunEnd(s, i)
	if a == i || a-i > 2 || a >= len(s) || s[a] != '.' && s[a] != '/' {
		return 0, 0, 0
	}
	b := digitRunEnd(s, a+1)
	if b == a+1 || b-a-1 > 2 {
		return 0, 0, 0
	}
	k := b
	if s[a] == '.' && k < len(s) && s[k] == '.' && digitRunEnd(s, k+1) == k+5 {
		k += 5 // "28.11.2026 01:00": the year, which nearestYear gives back
	}
	for k < len(s) && (s[k] == s[a] && s[a] == '.' || s[k] == ',') && k-b < 2 {
		k++
	}
	if k+1 >= len(s) || s[k] != ' ' || s[k+1] == ' ' {
		return 0, 0, 0 // "25.11.   18:12": columns, which their reading splits
	}
	k++
	if _, ok := readClock(s[k:]); !ok || !strings.Contains(s[k:min(k+3, len(s))], ":") {
		return 0, 0, 0
	}
	d, mo = atoi(s[i:a]), time.Month(atoi(s[a+1:b]))
	if s[a] == '/' && (mo > 12 || d <= 12) {
		d, mo = int(mo), time.Month(d) // "11/30, 11:40p" and "12/1": month first, as a year's "11/30/2026" is
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, 0, 0
	}
	return d, mo, k
}

// nearestYear is the year in which a day and month written without it
// falls nearest to base: 30.12 in a review of 4 January is last year's.
func nearestYear(base time.Time, mo time.Month, d int) int {
	y := base.Year()
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	switch {
	case t.Sub(base) > 183*24*time.Hour:
		return y - 1
	case base.Sub(t) > 183*24*time.Hour:
		return y + 1
	}
	return y
}

func finishTime(pt ParsedTime, s, rest string, y int, mo time.Month, d int) (ParsedTime, error) {
	if pt.HasDate && !validDate(y, mo, d) {
		// time.Date would carry 2026-02-30 over into March.
		return pt, fmt.Errorf("%q is not a valid date", s)
	}
	h, mi, sec := 0, 0, 0
	m, ok := readClock(rest)
	if !ok {
		if pt.HasDate && strings.TrimSpace(rest) == "" {
			pt.Time = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
			return pt, nil // a date alone
		}
		return pt, fmt.Errorf("cannot read %q as a time (want e.g. 2026-11-02 14:02 UTC)", s)
	}
	h = atoi(m[1])
	mi = atoi(m[2])
	if m[3] != "" {
		sec = atoi(m[3])
	}
	h = twelveHour(h, m[4])
	if h > 23 || mi > 59 || sec > 60 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return pt, fmt.Errorf("%q is not a valid time", s)
	}
	zone := strings.TrimSpace(rest[len(m[0]):])
	if !pt.HasDate {
		if z, yy, mm, dd, ok := trailingDate(zone, y); ok {
			zone, y, mo, d, pt.HasDate = z, yy, mm, dd, true
		}
	}
	loc, hasZone, err := readZone(trimHours(zone))
	if err != nil {
		return pt, fmt.Errorf("%q: %w", s, err)
	}
	pt.HasZone = hasZone
	pt.Time = time.Date(y, mo, d, h, mi, sec, 0, loc)
	return pt, nil
}

// readClock reads what clockRe reads at the start of s, without it: the
// whole match, hours, minutes, seconds and "am"/"pm"; ok is false when
// it does not match. An array, not a slice, costs no allocation.
func readClock(s string) (m [5]string, ok bool) {
	digits := func(i, most int) int { // the end of up to most digits from i
		j := i
		for j < len(s) && j-i < most && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	h := digits(0, 2)
	if h > 0 && (h == len(s) || s[h] != ':') {
		if h+2 < len(s) && (s[h] == '.' || isDigit(s[h])) {
			if m, ok := otherClock(s, h); ok {
				return m, true // "6.20am", "0340 hrs"
			}
		}
		return hourOnly(s, h)
	}
	if h == 0 || h >= len(s) || s[h] != ':' {
		return m, false
	}
	mi := digits(h+1, 2)
	if mi != h+3 {
		return m, false
	}
	m[1], m[2] = s[:h], s[h+1:mi]
	end := mi
	if end < len(s) && s[end] == ':' && digits(end+1, 2) == end+3 {
		m[3], end = s[end+1:end+3], end+3
		if end+1 < len(s) && s[end] == '.' && s[end+1] >= '0' && s[end+1] <= '9' {
			end = digits(end+1, len(s))
		}
	}
	k := end
	for k < len(s) && reSpace(s[k]) {
		k++
	}
	if ap, n := meridiem(s[k:]); n > 0 {
		m[4], end = ap, k+n
	} else if k == end {
		if ap := meridiemLetter(s[k:]); ap != "" {
			m[4], end = ap, k+1 // "6:05a"
		}
	}
	m[0] = s[:end]
	return m, true
}

// meridiemLetter reads "a" or "p" written right after a clock for am or
// pm, as a schedule or a chat shortens them ("6:05a", "11:40p"), and
// returns it as "am" or "pm"; "" where a word goes on.
func meridiemLetter(s string) string {
	if s == "" || len(s) > 1 && isWordByte(s[1]) {
		return ""
	}
	switch s[0] | 0x20 {
	case 'a':
		return "am"
	case 'p':
		return "pm"
	}
	return ""
}

// otherClock reads the clocks readClock reads without a colon, from
// the hour's first digits ending at h: a dotted twelve-hour clock with
// its am or pm, as British writers put it ("6.20am", "11.05 p.m."), and
// four digits with "hrs" after them, as services and the military write
// the 24-hour clock ("0340 hrs", "1415hrs"), and four digits with a "Z"
// right after them, as aviation and the military write UTC ("1311Z").
func otherClock(s string, h int) (m [5]string, ok bool) {
	if s[h] == '.' {
		if h+3 > len(s) || !isDigit(s[h+1]) || !isDigit(s[h+2]) || h+3 < len(s) && isDigit(s[h+3]) {
			return m, false
		}
		k := h + 3
		if k < len(s) && s[k] == ' ' {
			k++
		}
		ap, n := meridiem(s[k:])
		if n == 0 {
			return m, false
		}
		m[0], m[1], m[2], m[4] = s[:k+n], s[:h], s[h+1:h+3], ap
		return m, true
	}
	if h != 2 || h+2 > len(s) || !isDigit(s[h+1]) || h+2 < len(s) && isDigit(s[h+2]) {
		return m, false
	}
	k := h + 2
	if k < len(s) && s[k] == 'Z' && (k+1 == len(s) || !isWordByte(s[k+1])) {
		m[0], m[1], m[2] = s[:k], s[:h], s[h:k]
		return m, true // "1311Z", the zone read after it
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	for _, w := range [...]string{"hrs", "hours", "hr"} {
		if lowerPrefix(s[k:], w) && (len(s) == k+len(w) || !isWordByte(s[k+len(w)])) {
			m[0], m[1], m[2] = s[:k+len(w)], s[:h], s[h:h+2]
			return m, true
		}
	}
	return m, false
}

// meridiem reads "am" or "pm" opening s, also written "a.m." or "P.M.",
// and returns it as "am" or "pm" in the case written, with its length;
// n is 0 when s opens otherwise.
func meridiem(s string) (ap string, n int) {
	if len(s) < 2 || strings.IndexByte("AaPp", s[0]) < 0 {
		if len(s) > 13 && s[0] == 'i' {
			return partOfDay(s)
		}
		return localMeridiem(s)
	}
	switch {
	case s[1]|0x20 == 'm' && (len(s) == 2 || !isWordByte(s[2])):
		return s[:2], 2
	case len(s) >= 4 && s[1] == '.' && s[2]|0x20 == 'm' && s[3] == '.':
		return s[:1] + s[2:3], 4
	case len(s) >= 5 && s[1] == '.' && s[2] == ' ' && s[3]|0x20 == 'm' && s[4] == '.':
		return s[:1] + s[3:4], 5 // "4:10 p. m.", as Spanish writes it
	}
	return "", 0
}

// partsOfDay are the words after a twelve-hour clock that say which
// half of the day it is: "2:10 in the afternoon", "8 in the evening".
var partsOfDay = [...][2]string{{"in the morning", "am"}, {"in the afternoon", "pm"}, {"in the evening", "pm"}}

// partOfDay reads a part of the day opening s as "am" or "pm".
func partOfDay(s string) (ap string, n int) {
	for _, w := range partsOfDay {
		if strings.HasPrefix(s, w[0]) && (len(s) == len(w[0]) || !isWordByte(s[len(w[0])])) {
			return w[1], len(w[0])
		}
	}
	return "", 0
}

// localMeridiems are the words after a twelve-hour clock, in the
// languages of the vocabulary, that say which half of the day it is,
// longest first where one opens another: Greek "10:15 μ.μ.", Arabic
// "11:20 م", "1:05 ص", "11:20 مساءً", "3 فجراً".
var localMeridiems = [...][2]string{
	{"π.μ.", "am"}, {"μ.μ.", "pm"},
	{"صباحاً", "am"}, {"صباحا", "am"}, {"فجراً", "am"}, {"ص", "am"},
	{"مساءً", "pm"}, {"مساءا", "pm"}, {"مساء", "pm"}, {"ظهراً", "pm"}, {"م", "pm"},
}

// localMeridiem reads one of localMeridiems opening s as "am" or "pm";
// a letter right after it makes it part of another word.
func localMeridiem(s string) (ap string, n int) {
	if len(s) < 2 || s[0] != 0xCF && s[0] != 0xCE && s[0] != 0xD8 && s[0] != 0xD9 {
		return "", 0 // neither Greek nor Arabic letters
	}
	for _, w := range localMeridiems {
		if !strings.HasPrefix(s, w[0]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[len(w[0]):]); unicode.IsLetter(r) || unicode.IsMark(r) || r < utf8.RuneSelf && isWordByte(byte(r)) {
			continue
		}
		return w[1], len(w[0])
	}
	return "", 0
}

// validDate reports whether y-mo-d names a day of the calendar.
func validDate(y int, mo time.Month, d int) bool {
	if mo < 1 || mo > 12 || d < 1 {
		return false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	return t.Month() == mo && t.Day() == d
}

func twelveHour(h int, ampm string) int {
	switch strings.ToLower(ampm) {
	case "am":
		if h == 12 {
			return 0
		}
	case "pm":
		if h < 12 {
			return h + 12
		}
	}
	return h
}

// readZone reads what follows the clock: nothing, Z, an offset, UTC+2,
// an IANA name, an abbreviation, or a city ("Taipei time").
func readZone(z string) (*time.Location, bool, error) {
	if z == "" {
		return time.UTC, false, nil
	}
	if len(z) > 12 && strings.HasSuffix(strings.ToLower(z), " time") {
		for _, long := range longZoneNames {
			if strings.EqualFold(z, long[0]) && strings.Contains(long[1], "/") {
				loc, err := loadZone(long[1]) // "China Standard Time"
				return loc, err == nil, err
			}
			if strings.EqualFold(z, long[0]) {
				return abbreviationZone(long[1]) // "India Standard Time"
			}
		}
	}
	if m := usZone(z); m != nil {
		loc, err := loadZone(usZones[strings.ToLower(m[1][:1])])
		return loc, err == nil, err
	}
	if z != "Z" && len(z) <= 5 && isLetters(z) {
		return abbreviationOrPlace(z, z) // what zoneRe's last group takes: "UTC", "CEST"
	}
	m := zoneRe.FindStringSubmatch(z)
	if m == nil {
		return abbreviationOrPlace("", z)
	}
	switch {
	case m[1] != "":
		return time.UTC, true, nil
	case m[2] != "":
		return fixedZone(m[2], m[3])
	case m[4] != "":
		return fixedZone(m[4], m[5])
	case m[6] != "":
		loc, err := loadZone(m[6])
		if err != nil {
			return nil, false, fmt.Errorf("unknown zone %q", m[6])
		}
		return loc, true, nil
	}
	return abbreviationOrPlace(m[7], z)
}

// abbreviationOrPlace reads a zone's abbreviation, or else the whole
// zone z as a city's ("Paris", "Oslo time", "Taipei time").
func abbreviationOrPlace(abbr, z string) (*time.Location, bool, error) {
	if abbr != "" {
		if loc, ok, err := abbreviationZone(abbr); err == nil {
			return loc, ok, nil
		}
	}
	if name := placeZone(z); name != "" {
		loc, err := loadZone(name)
		return loc, err == nil, err
	}
	if name := localZoneName(z); name != "" {
		loc, err := loadZone(name)
		return loc, err == nil, err
	}
	return nil, false, fmt.Errorf("unknown zone %q", z)
}

// localZoneName is the zone of the database a zone's name in another
// language stands for ("московское время", "hora peninsular", "日本時間",
// "МСК"), or "".
func localZoneName(z string) string {
	if len(z) < 3 || len(z) > 64 {
		return ""
	}
	var buf [64]byte
	return findLocal(localZoneWords, appendNormal(buf[:0], strings.Trim(z, "()[] ")))
}

// seasonZones are abbreviations of a zone that say no season, standard
// or summer: the zone of the database, which knows the day's.
var seasonZones = map[string]string{"AET": "Australia/Sydney", "ACT": "Australia/Adelaide", "NZT": "Pacific/Auckland"}

// abbreviationZone reads a zone's abbreviation.
func abbreviationZone(z string) (*time.Location, bool, error) {
	if loc := capitalZones()[z]; loc != nil {
		return loc, true, nil // as most are written, in capitals
	}
	if name := seasonZones[z]; name != "" {
		loc, err := loadZone(name)
		return loc, err == nil, err
	}
	off, ok := abbreviationOffset(z)
	if !ok {
		return nil, false, fmt.Errorf("unknown zone %q", z)
	}
	return namedZone(strings.ToUpper(z), off), true, nil
}

// namedZones holds the zones made for abbreviations, by name and offset:
// a document names the same few again and again.
var namedZones sync.Map

func namedZone(name string, off int) *time.Location {
	type key struct {
		name string
		off  int
	}
	if loc, ok := namedZones.Load(key{name, off}); ok {
		return loc.(*time.Location)
	}
	loc, _ := namedZones.LoadOrStore(key{name, off}, time.FixedZone(name, off))
	return loc.(*time.Location)
}

func fixedZone(hours, minutes string) (*time.Location, bool, error) {
	h, mi := atoi(hours), 0
	if minutes != "" {
		mi = atoi(minutes)
	}
	if h < -14 || h > 14 || mi > 59 {
		return nil, false, fmt.Errorf("offset %s:%s is out of range", hours, minutes)
	}
	off := h*3600 + sign(h, hours)*mi*60
	return time.FixedZone("", off), true, nil
}

func sign(h int, s string) int {
	if h < 0 || strings.HasPrefix(s, "-") {
		return -1
	}
	return 1
}

// atoi reads decimal digits; the regular expressions admit only digits
// and a sign.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// ParseDate reads a date: "2026-12-15", "2026/12/15", "12/15/2026",
// "September 29, 2025", "29 September 2025". A date in digits that reads
// as two different days ("03/04/2026") is refused: a due date must not
// move by a month.
func ParseDate(s string) (time.Time, bool) {
	t, ambiguous, ok := readDay(s)
	if !ok || ambiguous {
		return time.Time{}, false
	}
	return t, true
}

// incidentDay reads the day of the incident from a title or a date
// line, where a date in digits that could be either is read month first
// ("01-10-2024" is January 10), as teams in the United States write it.
func incidentDay(s string) (time.Time, bool) {
	s = plainMarks(s) // "2\. desember 2026", as a document saved as Markdown escapes a dot after a number
	t, _, ok := readDay(s)
	if !ok && len(s) >= 8 && (s[1] == '.' || s[2] == '.') {
		return dottedIncidentDay(s) // "28.11.2026 (субота)"
	}
	return t, ok
}

// dottedIncidentDay reads a day written day first with dots opening s, as
// German, Ukrainian, Polish or Turkish write the incident's day:
// "28.11.2026", "28.11.2026 (субота)".
func dottedIncidentDay(s string) (time.Time, bool) {
	m := dottedDateRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	return dueDay(atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
}

func readDay(s string) (t time.Time, ambiguous, ok bool) {
	if y, mo, d, ok := plainDate(s); ok {
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), false, true // as most are written
	}
	return readDayInFull(s)
}

// readDayInFull is readDay without plainDate's quick reading.
func readDayInFull(s string) (t time.Time, ambiguous, ok bool) {
	s = plainDayWords(trackerDate(strings.TrimSpace(s)))
	y, mo, d, n, ambiguous := numericDate(s)
	if n == 0 {
		if t, ok = parseWrittenDate(s); !ok {
			t, ok = localDay(s) // "5. März 2026", "2026年3月5日"
		}
		return t, false, ok
	}
	if !validDate(y, mo, d) {
		return time.Time{}, false, false
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), ambiguous, true
}

// plainDayWords writes a day's words as the readers above read them: without
// "the" before it or a weekday before its digits ("the 14th of November,
// 2026", "Saturday 2026-11-14", "Sat, 14.11.2026"), and without "of"
// after its ordinal ("14th of November 2026").
func plainDayWords(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	if _, rest, ok := leadingWeekday(s); ok && rest != "" && isDigit(rest[0]) {
		s = rest
	}
	for _, suffix := range [...]string{"st of ", "nd of ", "rd of ", "th of "} {
		if i := strings.Index(s, suffix); i > 0 && i <= 2 && isDigit(s[i-1]) {
			return s[:i+2] + " " + s[i+len(suffix):]
		}
	}
	return s
}

// numericDate reads a date in digits opening s: year first
// ("2026-12-15", "2026/12/15") or month first ("12/15/2026", "5-26-21",
// and day first where the first number cannot be a month). n is the
// length read, 0 when s opens with no such date; ambiguous says the two
// numbers before the year could be read either way ("03/04/2026").
func numericDate(s string) (y int, mo time.Month, d, n int, ambiguous bool) {
	if !mayOpenNumericDate(s) {
		return 0, 0, 0, 0, false
	}
	if y, mo, d, n, ok := yearFirstDate(s); ok {
		return y, time.Month(mo), d, n, false
	}
	a, b, y, n, ok := monthFirstDate(s)
	if !ok {
		return 0, 0, 0, 0, false
	}
	ambiguous = a <= 12 && b <= 12 && a != b
	if a > 12 {
		a, b = b, a
	}
	return y, time.Month(a), b, n, ambiguous
}

// yearFirstDate reads "YYYY-M-D" opening s, with "-" or "/" between and
// one or two digits for the month and day.
func yearFirstDate(s string) (y, mo, d, n int, ok bool) {
	i := digitRunEnd(s, 0)
	if i != 4 || !dateSepAt(s, i) {
		return 0, 0, 0, 0, false
	}
	j := digitRunEnd(s, i+1)
	if j-i-1 < 1 || j-i-1 > 2 || !dateSepAt(s, j) {
		return 0, 0, 0, 0, false
	}
	k := min(digitRunEnd(s, j+1), j+3)
	if k == j+1 {
		return 0, 0, 0, 0, false
	}
	return atoi(s[:i]), atoi(s[i+1 : j]), atoi(s[j+1 : k]), k, true
}

// monthFirstDate reads "M-D-YYYY" or "M-D-YY" opening s, with "-" or "/"
// between, one or two digits for the first two numbers, and no letter,
// digit or "_" after the year. a and b are the first two numbers and y
// the year as written.
func monthFirstDate(s string) (a, b, y, n int, ok bool) {
	i := digitRunEnd(s, 0)
	if i < 1 || i > 2 || !dateSepAt(s, i) {
		return 0, 0, 0, 0, false
	}
	j := digitRunEnd(s, i+1)
	if j-i-1 < 1 || j-i-1 > 2 || !dateSepAt(s, j) {
		return 0, 0, 0, 0, false
	}
	k := digitRunEnd(s, j+1)
	if k-j-1 != 4 && k-j-1 != 2 || k < len(s) && isWordByte(s[k]) {
		return 0, 0, 0, 0, false
	}
	y = atoi(s[j+1 : k])
	if k-j-1 == 2 {
		y += 2000
	}
	return atoi(s[:i]), atoi(s[i+1 : j]), y, k, true
}

// digitRunEnd returns where the run of ASCII digits from i ends.
func digitRunEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// dateSepAt reports "-" or "/" at s[i].
func dateSepAt(s string, i int) bool { return i < len(s) && (s[i] == '-' || s[i] == '/') }

// placeholderWords are the placeholders written as words.
var placeholderWords = map[string]bool{
	"tbd": true, "tba": true, "todo": true, "tbc": true, "n/a": true, "na": true, "…": true,
	"...": true, "fill me in": true, "fixme": true, "none yet": true, "unknown": true,
	"no response": true, // what an issue form writes for a field left empty
	// "no date", as a plan's Due cell says it in several languages
	"no date": true, "sem data": true, "sem prazo": true, "sin fecha": true, "sans date": true, "ohne datum": true, "kein datum": true,
}

// placeholderText reports a placeholder: "<Name>", "{{date}}", "[owner]",
// a word of placeholderWords in any case ("TBD", "_No response_"), "xx",
// "???", "---".
func placeholderText(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && !placeholderOpens[lowerBytes[s[0]]] {
		return false
	}
	return placeholderByTests(s)
}

// placeholderByTests is placeholderText without the test of the first
// byte.
func placeholderByTests(s string) bool {
	switch {
	case enclosed(s, "<", ">"):
		return !chatToken(s)
	case enclosed(s, "{{", "}}"), enclosed(s, "[", "]"):
		return true
	case isPlaceholderWord(s):
		return true
	case len(s) >= 2 && strings.Trim(s, "xX") == "", strings.Trim(s, "?") == "", strings.Trim(s, "-") == "":
		return true
	}
	return false
}

// placeholderOpens are the bytes, lower-cased, that a placeholder of
// placeholderText opens with: the first bytes of placeholderWords, of
// the brackets and of "xx", "???" and "---". A text opening with another
// ASCII byte ("2026-11-02 14:02 UTC") is spared the tests.
var placeholderOpens = func() (t [256]bool) {
	for w := range placeholderWords {
		t[w[0]] = true
	}
	for _, c := range []byte("<{[x?-") {
		t[c] = true
	}
	return t
}()

// isPlaceholderWord reports a word of placeholderWords in any case,
// lower-casing ASCII on the stack: the words are short.
func isPlaceholderWord(s string) bool {
	var buf [16]byte // longer than every word
	if len(s) > 3*len(buf) {
		return false // lower-casing keeps a third of the bytes at least ("K" is "k"), too many for a word
	}
	if !isASCII(s) {
		return placeholderWords[strings.ToLower(s)]
	}
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return placeholderWords[string(buf[:len(s)])]
}

// enclosed reports s = open + text + close, where the text holds no
// character of close.
func enclosed(s, open, close string) bool {
	if len(s) < len(open)+len(close) || !strings.HasPrefix(s, open) || !strings.HasSuffix(s, close) {
		return false
	}
	return !strings.ContainsAny(s[len(open):len(s)-len(close)], close)
}

// formatPlaceholderRe is a date or time format left in place of a
// value: "20xx-MM-DD HH:mm", "DD/MM/YYYY", "hh:mm".
var formatPlaceholderRe = lazyRe(`^[0-9xXyYmMdDhHsS]{2,4}(?:[-/.: T]+[0-9xXyYmMdDhHsS]{2,4})*$`)

// formatChars are all formatPlaceholderRe takes, a byte at a time.
var formatChars = byteSet("0123456789xXyYmMdDhHsS-/.: T")

// isPlaceholder reports whether a value is left as a template placeholder.
func isPlaceholder(s string) bool {
	s = strings.TrimSpace(trimBytes(s, &valueMarks))
	if strings.HasPrefix(s, `\[`) {
		s = escapedBrackets.Replace(s) // "\[Name\]": a slot as an exported document escapes it
	}
	if s == "" || placeholderText(s) {
		return s != ""
	}
	// A format starts with a digit or a format letter, and writes a part
	// in two letters at least: "hh:mm", "20xx", not the clock "7h48".
	return onlyBytes(s, &formatChars) && formatLetterPair(s) && formatPlaceholderRe.MatchString(s)
}

// formatLetterPair reports two format letters side by side in s.
func formatLetterPair(s string) bool {
	for i := 1; i < len(s); i++ {
		if formatLetters[s[i]] && formatLetters[s[i-1]] {
			return true
		}
	}
	return false
}

// formatLetters are the letters a date or time format writes its parts
// in, by table: a due like "2026-12-15" is asked of every byte.
var formatLetters = byteSet("xXyYmMdDhHsS")

// escapedBrackets unescapes the brackets of a Markdown slot.
var escapedBrackets = strings.NewReplacer(`\[`, "[", `\]`, "]")

// IsPlaceholder reports whether a field value is empty or a template
// placeholder such as "<Name>" or "TBD".
func IsPlaceholder(s string) bool {
	return strings.TrimSpace(s) == "" || isPlaceholder(s)
}

// IsPlaceholderTitle reports whether an action's title is a template's
// example row: a placeholder, or a bracketed slot before a dash
// ("*{{action item}}* — owner", "<Action> - owner"). A word before the
// dash ("TBD - pick a retention period") leaves the title real work.
func IsPlaceholderTitle(title string) bool {
	if IsPlaceholder(title) {
		return true
	}
	if !mayOpenSlot(title) {
		return false
	}
	for _, dash := range [...]string{"—", "–", "-"} {
		if i := indexSpaced(title, dash, " "); i >= 0 && bracketSlot(title[:i]) {
			return true
		}
	}
	return false
}

// mayOpenSlot is the quick test of bracketSlot for every start of title:
// past spaces and marks of emphasis, a bracket opens it (or a byte past
// ASCII, which may be a space, stands first).
func mayOpenSlot(title string) bool {
	for i := 0; i < len(title); i++ {
		switch c := title[i]; {
		case c == '{' || c == '[' || c == '<' || c >= utf8.RuneSelf:
			return true
		case c != ' ' && !asciiSpaces[c] && !valueMarks[c]:
			return false
		}
	}
	return false
}

// bracketSlot reports whether s, without emphasis, is a template's slot
// in brackets: "{{owner}}", "<Name>", "[action]".
func bracketSlot(s string) bool {
	s = strings.TrimSpace(trimBytes(strings.TrimSpace(s), &valueMarks))
	return enclosed(s, "{{", "}}") || enclosed(s, "[", "]") || enclosed(s, "<", ">") && !chatToken(s)
}
