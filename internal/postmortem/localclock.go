package postmortem

import (
	"strings"
	"unicode/utf8"
)

// Times of day as the languages of the vocabulary write them beside
// the colon form, rewritten to it: Japanese and Chinese "14時02分" and
// "14点02分", Korean "9시 14분"; the morning and afternoon words written
// before the clock ("오후 9:14", "午後2時02分", "下午 3:10") as "pm" after
// it; and days and zones in local spellings ("26. 11. 2026", "SEČ").

// cjkClockRe is an hour and minutes with the characters of hour and
// minute: "14時02分", "9시 14분", "20点06分", "20點06分"; cjkShortClockRe
// the same with one digit of minutes, "9시 5분".
var (
	cjkClockRe      = lazyRe(`(\d{1,2})\s*(?:時|时|시|点|點)\s*(\d{2})\s*(?:分|분)?`)
	cjkShortClockRe = lazyRe(`(\d{1,2})\s*(?:時|时|시|点|點)\s*(\d)\s*(?:分|분)`)
)

// amWordRe and pmWordRe are a word of the morning, and one of the
// afternoon or evening, before a clock.
var (
	amWordRe = lazyRe(`(?:오전|午前|上午|凌晨|早上)\s*(\d{1,2}:\d{2})`)
	pmWordRe = lazyRe(`(?:오후|午後|下午|中午|晚上)\s*(\d{1,2}:\d{2})`)
)

// spacedDayRe is a day-first date with a space after each dot, as Czech,
// Slovak, Polish and German write it: "26. 11. 2026".
var spacedDayRe = lazyRe(`\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b`)

// localZones are zone abbreviations written in a language's own letters,
// with the abbreviation the zone table knows them by.
var localZones = strings.NewReplacer("SELČ", "CEST", "SEČ", "CET", "TSİ", "TRT", "（", " (", "）", ")")

// clockWordAfter drops the word of the clock after a time where a zone
// follows it: "07:31 uur CET", "14:02 Uhr MEZ".
var clockWordAfter = strings.NewReplacer(" uur ", " ", " Uhr ", " ")

// localClockMax is the longest text read for a local clock: a date, a
// time, a zone and a note, "2026년 11월 19일 오후 9:05 (브로커 연결 수 경고)".
const localClockMax = 120

// mayHoldLocalClock is the quick test of localClock, in one pass: a
// byte beyond ASCII, a dot before a space ("26. 11."), or a space before
// a "u" or a "U" ("07:31 uur CET").
func mayHoldLocalClock(s string) bool {
	if len(s) > localClockMax {
		return false // a sentence, not a time
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return true
		case c == '.' || c == ' ':
			if i+1 < len(s) && (c == '.' && s[i+1] == ' ' || c == ' ' && s[i+1]|0x20 == 'u') {
				return true
			}
		}
	}
	return false
}

// hasCJKByte reports whether s holds the lead byte of a Chinese,
// Japanese or Korean character of the clock (U+3000 to U+DFFF).
func hasCJKByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE3 && s[i] <= 0xED {
			return true
		}
	}
	return false
}

// localClock rewrites the local forms of s; s is returned as it is
// where it holds none.
func localClock(s string) string {
	if !mayHoldLocalClock(s) {
		return s
	}
	if strings.Contains(s, ". ") {
		s = spacedDayRe.ReplaceAllString(s, "$1.$2.$3")
	}
	if strings.Contains(s, " uur ") || strings.Contains(s, " Uhr ") {
		s = clockWordAfter.Replace(s) // "07:31 uur CET"
	}
	if utf8.RuneCountInString(s) == len(s) {
		return s // ASCII: no local word or character
	}
	// Each rewriting below is tried only where its characters stand.
	if hasLocalZoneLetter(s) {
		s = localZones.Replace(s)
	}
	if !hasCJKByte(s) {
		return s // "—" and accented letters: no character of a CJK clock
	}
	if strings.ContainsAny(s, "時时시点點") {
		s = cjkHours(cjkClockRe.ReplaceAllString(cjkShortClockRe.ReplaceAllString(s, "$1:0$2"), "$1:$2"))
	}
	if strings.ContainsAny(s, "오午上下中晚凌早") {
		s = pmWordRe.ReplaceAllString(amWordRe.ReplaceAllString(s, "$1 am"), "$1 pm")
	}
	return s
}

// cjkHourRe is an hour with the character of the hour and no minutes,
// perhaps with "half" after it: "14時", "下午2点", "2点半", "오후 2시 반".
var cjkHourRe = lazyRe(`(\d{1,2})\s*(?:時|时|시|点|點)(\s*(?:半|반))?`)

// cjkHours writes the hours of cjkHourRe as clocks, "14:00" and
// "2:30"; an hour followed by the character of a length of time ("2時間",
// "2시간") or by a digit is left as it is.
func cjkHours(s string) string {
	ms := cjkHourRe.FindAllStringSubmatchIndex(s, 2)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		rest := s[m[1]:]
		if rest != "" && (isDigit(rest[0]) || strings.HasPrefix(rest, "間") || strings.HasPrefix(rest, "间") || strings.HasPrefix(rest, "간")) {
			continue
		}
		clock := s[m[2]:m[3]] + ":00"
		if m[4] >= 0 {
			clock = s[m[2]:m[3]] + ":30"
		}
		s = s[:m[0]] + clock + rest
	}
	return s
}
