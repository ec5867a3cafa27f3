package postmortem

import (
	"bytes"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go test -run ^TestVocabularyGenerated$ -args -update-vocabulary

// The words of the reading in languages other than English are kept in
// vocabulary/, one YAML file a language (vocabulary/README.md describes
// them). go generate writes them into vocabulary_gen.go as sorted tables
// of constants, which cost the program's start nothing; the reading
// looks in them where the English words find nothing.

// localWord is a word of another language, normalised as a label is,
// and what it means: a field's or a column's key, a state ("done",
// "open", "not_planned") or a month's number.
type localWord struct{ word, key string }

// localPhrase is a heading phrase of another language: the word (or,
// written without spaces, the character) it opens with, its words as
// headingName gives them, its section key, and whether it is written
// without spaces (Chinese, Japanese, Korean), so found anywhere in a
// heading.
type localPhrase struct {
	first, words, key string
	dense             bool
}

// findLocal returns the key of a word in a table sorted by word, or "".
func findLocal[S string | []byte](t []localWord, w S) string {
	i, j := 0, len(t)
	for i < j {
		h := int(uint(i+j) >> 1)
		if t[h].word < string(w) {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(t) && t[i].word == string(w) {
		return t[i].key
	}
	return ""
}

// columnKey is the key of an action table's column header, in English or
// another language.
func columnKey(header string) string {
	if k := lookupEither(columnSynonyms, header); k != "" {
		return k
	}
	if t := strings.TrimRight(header, " *_:"); t != "" {
		switch c := t[len(t)-1]; {
		case c == ')':
			if h, ok := strings.CutSuffix(t, "(s)"); ok && h != "" {
				return columnKey(h) // "Owner(s)", "Assignee(s)"
			}
			if h, ok := glossedHeader(t); ok {
				return columnKey(h) // "Status (RAG)": the scale the column is written in
			}
		case c == '\\' || c >= 0x80:
			if h, ok := footnotedHeader(t); ok {
				return columnKey(h) // "**Owner\***", "Due†": a mark that points to a note below the table
			}
		}
	}
	var buf [64]byte
	return findLocal(localColumnWords, appendNormal(buf[:0], header))
}

// footnotedHeader returns a column's header without the footnote mark
// that ends it, an escaped star or a dagger, "**Owner\***", "Due date†";
// ok is false where none does.
func footnotedHeader(h string) (string, bool) {
	t := strings.TrimRight(h, " *_:")
	for _, mark := range [...]string{"\\*", "\\", "†", "‡"} {
		if cut, ok := strings.CutSuffix(t, mark); ok && cut != "" {
			return cut, true
		}
	}
	return h, false
}

// glossedHeader returns a column's header without a short note in
// parentheses that ends it, "Status (RAG)", "Due (UTC)"; ok is false
// where none does, or nothing stands before it.
func glossedHeader(h string) (string, bool) {
	t := strings.TrimRight(h, " *_:")
	open := strings.LastIndexByte(t, '(')
	if open < 1 || !strings.HasSuffix(t, ")") || len(t)-open > 12 || t[open-1] != ' ' {
		return h, false
	}
	return strings.TrimRight(t[:open], " "), true
}

// localState reads a state of another language, normalised: "erledigt",
// "wird nicht umgesetzt", "対応済み".
func localState(n string) (Status, bool) {
	switch findLocal(localStateWords, n) {
	case "done":
		return Done, true
	case "not_planned":
		return NotPlanned, true
	case "open":
		return Open, true
	}
	return Open, false
}

// localMonth returns the month a name of another language stands for
// ("März", "marca", "maaliskuuta"), or 0.
func localMonth(name string) time.Month {
	var buf [64]byte
	return time.Month(atoi(findLocal(localMonthWords, appendNormal(buf[:0], name))))
}

// localPhraseRank orders the section keys of local phrases found in one
// heading equally long: a record of what was done before an action list,
// as in headingVocabulary.
var localPhraseRank = map[string]int{
	SectionRecord: 0, "remediation": 1, "timeline": 2, "what_happened": 3, "root_cause": 4, "impact": 5,
	SectionResolution: 6, SectionLessons: 7, "short_summary": 8, "description": 9, SectionDetection: 10,
	"bug_tickets": 11, "additional_info": 12, "tags": 13, sectionAside: 14,
}

// denseRune reports a character of a script written without spaces
// between words: Chinese, Japanese kana and kanji, and Korean (whose
// words take their endings without a space).
func denseRune(r rune) bool {
	return r >= 0x2E80 && r <= 0xD7FF || r >= 0xF900 && r <= 0xFAFF
}

// localHeadingKey returns the section key of the longest local phrase
// in a heading's words (spaced at both ends, as headingKey makes them),
// skipping the keys skip names, and only of the key only if it is given;
// "" if none.
func localHeadingKey(words string, skip map[string][]string, only string) string {
	best, bestLen := "", 0
	for i := 1; i < len(words); {
		end := strings.IndexByte(words[i:], ' ')
		if end < 0 {
			break
		}
		token := words[i : i+end]
		best, bestLen = phrasesAt(words[i:], token, false, skip, only, best, bestLen)
		for k := 0; k < len(token); {
			r, n := utf8.DecodeRuneInString(token[k:])
			if r >= utf8.RuneSelf && denseRune(r) {
				best, bestLen = phrasesAt(words[i+k:], token[k:k+n], true, skip, only, best, bestLen)
			}
			k += n
		}
		i += end + 1
	}
	return best
}

// phrasesAt returns the best of the phrases opening with first that open
// rest, and of the best so far: the longer, or of two as long the one of
// the earlier rank.
func phrasesAt(rest, first string, dense bool, skip map[string][]string, only, best string, bestLen int) (string, int) {
	i, j := 0, len(localPhrases)
	for i < j {
		h := int(uint(i+j) >> 1)
		if localPhrases[h].first < first {
			i = h + 1
		} else {
			j = h
		}
	}
	for ; i < len(localPhrases) && localPhrases[i].first == first; i++ {
		p := &localPhrases[i]
		if p.dense != dense || only != "" && p.key != only || !strings.HasPrefix(rest, p.words) {
			continue
		}
		if _, skipped := skip[p.key]; skipped {
			continue
		}
		if !dense && (len(rest) == len(p.words) || rest[len(p.words)] != ' ') {
			continue // whole words: "Acciones" is not "Accionesx"
		}
		if n := len(p.words); n > bestLen || n == bestLen && localPhraseRank[p.key] < localPhraseRank[best] {
			best, bestLen = p.key, n
		}
	}
	return best, bestLen
}

// localRecordName reports whether a heading's words say its list is done
// in another language by a word of a done state: "Sofortmaßnahmen
// (erledigt)". (A record's own phrases, "Durchgeführte Maßnahmen",
// "実施済みの対策", give the heading the record's key: localHeadingKey.)
func localRecordName(words string) bool {
	for w := range strings.FieldsSeq(words) {
		if localDoneWords[w] {
			return true
		}
	}
	return false
}

// localDate reads a date written in another language opening s: "5.
// März 2026", "5 de marzo de 2026", "le 5 mars 2026", "5 marca 2026",
// "5. maaliskuuta 2026", "Donnerstag, 5. März 2026", "2026年3月5日",
// "2026년 3월 5일". n is the length read, 0 when s opens with none.
func localDate(s string) (y int, mo time.Month, d, n int) {
	i := 0
	for w := 0; w < 2 && i < len(s) && !isDigit(s[i]); w++ {
		i = skipLeadWord(s, i) // "Donnerstag, ", "le ", "den "
		if i < 0 {
			return 0, 0, 0, 0
		}
	}
	start := i
	j := digitRunEnd(s, i)
	switch {
	case j-start == 4 && j < len(s) && s[j] == '.':
		return yearDotDate(s, start, j)
	case j-start == 4:
		if y, mo, d, n := yearWordDate(s, start, j); n > 0 {
			return y, mo, d, n
		}
		return denseDate(s, start, j)
	case j-start < 1 || j-start > 2:
		return 0, 0, 0, 0
	}
	d, i = atoi(s[start:j]), j
	mo, k := dayMonthAt(s, i)
	if mo == 0 {
		return 0, 0, 0, 0
	}
	i = k
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		i++
	}
	if i2 := skipSpaces(s, i); i2 > i {
		i = skipWord(s, skipWord(s, skipWord(s, i2, "de "), "del "), "năm ")
	} else {
		return 0, 0, 0, 0
	}
	if e := digitRunEnd(s, i); e-i == 4 {
		if y := eraYear(atoi(s[i:e])); validDate(y, mo, d) {
			return y, mo, d, afterYear(s, e)
		}
	}
	return 0, 0, 0, 0
}

// dayMarks are written after a day's number: "5.", "5º", "1er", and
// the Russian and Ukrainian ordinal endings, "5-го", "5-е".
var dayMarks = [...]string{".º", ".", "º", "ª", "er", "-го", "-е"}

// dayMonthAt reads the month after a day's number that ends at i, past
// the day's mark and the words between ("5. März", "5 de marzo", "14
// d'octubre", "5-го ноября"); k is where the month's name ends, mo 0
// where none is there.
func dayMonthAt(s string, i int) (mo time.Month, k int) {
	for _, mark := range dayMarks {
		if strings.HasPrefix(s[i:], mark) {
			i += len(mark)
			break
		}
	}
	i = skipSpaces(s, i)
	i = skipWord(s, i, "de ")
	i = skipElided(s, i) // Catalan "14 d'octubre de 2026"
	return monthWordAt(s, i)
}

// localDayMonth reads a day and a month written in another language
// without the year, before a clock: "2. November, 14:05", "2 ноября,
// 14:05", "2 de noviembre 14:05", and as Chinese, Japanese and Korean
// write them, "11月2日 14:05", "11월 2일 14:05". n is the length read
// up to the clock, 0 where s opens otherwise.
func localDayMonth(s string) (d int, mo time.Month, n int) {
	if !mayOpenLocalDate(s) {
		return 0, 0, 0
	}
	i := 0
	for w := 0; w < 2 && i < len(s) && !isDigit(s[i]); w++ {
		if i = skipLeadWord(s, i); i < 0 {
			return 0, 0, 0 // "Montag, ", "le "
		}
	}
	j := digitRunEnd(s, i)
	if j == i || j-i > 2 {
		return 0, 0, 0
	}
	var k int
	if m, e := denseMonthDay(s, i, j); m != 0 {
		mo, d, k = m, e, denseDayEnd(s, j)
	} else {
		d = atoi(s[i:j])
		if mo, k = dayMonthAt(s, j); mo == 0 {
			return 0, 0, 0
		}
	}
	if k < len(s) && (s[k] == ',' || s[k] == '.') {
		k++
	}
	c := skipSpaces(s, k)
	if c == k || c >= len(s) || !isDigit(s[c]) || digitRunEnd(s, c)-c > 2 {
		return 0, 0, 0 // a year, or no clock
	}
	if m, ok := readClock(s[c:]); !ok || !strings.ContainsAny(m[0], ":") {
		return 0, 0, 0
	}
	if d < 1 || d > 31 {
		return 0, 0, 0
	}
	return d, mo, c
}

// denseMonthDay reads "11月2日" or "11월 2일" from s[i:], the month's
// digits ending at j: the month and the day.
func denseMonthDay(s string, i, j int) (time.Month, int) {
	if !strings.HasPrefix(s[j:], "月") && !strings.HasPrefix(s[j:], "월") {
		return 0, 0
	}
	k := skipSpaces(s, j+3)
	e := digitRunEnd(s, k)
	if e == k || e-k > 2 || !strings.HasPrefix(s[e:], "日") && !strings.HasPrefix(s[e:], "일") {
		return 0, 0
	}
	if m := atoi(s[i:j]); m >= 1 && m <= 12 {
		return time.Month(m), atoi(s[k:e])
	}
	return 0, 0
}

// denseDayEnd returns where "11月2日" or "11월 2일" ends, its month's
// digits ending at j.
func denseDayEnd(s string, j int) int {
	k := digitRunEnd(s, skipSpaces(s, j+3))
	return k + 3 // "日" and "일" are three bytes
}

// monthWordAt reads a month's name at s[i:], in another language: one
// word ("marca"), an abbreviation with its dots ("พ.ย."), two words
// ("تشرين الثاني"), "in" joined to it in Hebrew ("בנובמבר"), or the
// Vietnamese "tháng" and the month's number ("tháng 11"). k is where it
// ends; mo is 0 where none is there.
func monthWordAt(s string, i int) (mo time.Month, k int) {
	k = letterEnd(s, i)
	if k == i || k-i > 48 {
		return 0, 0 // a month's name is no longer, in the three bytes a Thai letter takes
	}
	if e := dottedWordEnd(s, k); e > k {
		if mo = localMonth(s[i:e]); mo != 0 {
			return mo, e // "พ.ย.", "févr."
		}
	}
	if mo = localMonth(s[i:k]); mo != 0 {
		return mo, k
	}
	if strings.HasPrefix(s[i:k], "ב") {
		if mo = localMonth(s[i+len("ב") : k]); mo != 0 {
			return mo, k // Hebrew joins "in" to the month: "9 בנובמבר 2026"
		}
	}
	if k2 := letterEnd(s, k+1); k < len(s) && s[k] == ' ' && k2 > k+1 {
		if mo = localMonth(s[i:k2]); mo != 0 {
			return mo, k2 // "تشرين الثاني"
		}
	}
	if strings.EqualFold(s[i:k], "tháng") {
		j := skipSpaces(s, k)
		if e := digitRunEnd(s, j); e > j && e-j <= 2 && atoi(s[j:e]) >= 1 && atoi(s[j:e]) <= 12 {
			return time.Month(atoi(s[j:e])), e // "tháng 11 năm 2026", "tháng 11, 2026"
		}
	}
	return 0, 0
}

// dottedWordEnd returns where an abbreviation of letters and dots
// opening at k's dot ends, "พ.ย." from "พ", or k where none goes on.
func dottedWordEnd(s string, k int) int {
	e := k
	for e < len(s) && s[e] == '.' {
		n := letterEnd(s, e+1)
		if n == e+1 {
			return e + 1 // the last dot
		}
		e = n
	}
	return e
}

// eraYear is a year of the Buddhist era, as Thai writes it (2569), in
// the common era (2026); any other year as it is.
func eraYear(y int) int {
	if y > 2400 {
		return y - 543
	}
	return y
}

// yearWords are written after a year in a date: Russian and Bulgarian
// "г." ("year"), "года", Ukrainian "р.", "року", Polish "r.", "roku",
// Lithuanian "m.", and the dot Croatian and Serbian end a date with
// ("2. studenoga 2026.").
var yearWords = [...]string{"г.", "года", "год", "г", "р.", "року", "r.", "roku", "m.", "."}

// afterYear returns where a date whose year ends at e ends, past a word
// of the year; e where none follows.
func afterYear(s string, e int) int {
	i := e
	if i < len(s) && s[i] == ' ' {
		i++
	}
	for _, w := range yearWords {
		if strings.HasPrefix(s[i:], w) {
			end := i + len(w)
			if end == len(s) || s[end] == ' ' || s[end] == ',' {
				return end
			}
		}
	}
	return e
}

// yearDotDate reads a date written year first with a dot after the
// year, as Hungarian, Korean and Latvian write it: "2026. 11. 02.",
// "2026.11.02", "2026. november 2.", "2026. gada 2. novembrī"; the
// year's digits run from start to j.
func yearDotDate(s string, start, j int) (y int, mo time.Month, d, n int) {
	y = atoi(s[start:j])
	i := skipSpaces(s, j+1)
	i = skipWord(s, i, "gada ")
	if e := digitRunEnd(s, i); e > i && e-i <= 2 && e < len(s) && s[e] == '.' {
		a := atoi(s[i:e])
		k := skipSpaces(s, e+1)
		if f := digitRunEnd(s, k); f > k && f-k <= 2 {
			mo, d, n = time.Month(a), atoi(s[k:f]), f // "2026. 11. 02."
		} else if m, end := monthWordAt(s, k); m != 0 {
			mo, d, n = m, a, end // "2026. gada 2. novembrī"
		}
	} else if m, end := monthWordAt(s, i); m != 0 {
		if end < len(s) && s[end] == '.' {
			end++ // "2026. okt. 2."
		}
		k := skipSpaces(s, end)
		if f := digitRunEnd(s, k); f > k && f-k <= 2 {
			mo, d, n = m, atoi(s[k:f]), f // "2026. november 2."
		}
	}
	if n == 0 || !validDate(y, mo, d) {
		return 0, 0, 0, 0
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	return y, mo, d, n
}

// denseDate reads "2026年3月5日" or "2026년 3월 5일" from s[start:], the
// year's digits ending at j.
func denseDate(s string, start, j int) (y int, mo time.Month, d, n int) {
	y = atoi(s[start:j])
	i := skipSpaces(s, j)
	parts := [2]int{}
	for p, marks := range [2][2]string{{"年", "년"}, {"月", "월"}} {
		if !strings.HasPrefix(s[i:], marks[0]) && !strings.HasPrefix(s[i:], marks[1]) {
			return 0, 0, 0, 0
		}
		i = skipSpaces(s, i+3)
		e := digitRunEnd(s, i)
		if e == i || e-i > 2 {
			return 0, 0, 0, 0
		}
		parts[p], i = atoi(s[i:e]), skipSpaces(s, e)
	}
	mo, d = time.Month(parts[0]), parts[1]
	for _, mark := range []string{"日", "일", "号", "號"} {
		if strings.HasPrefix(s[i:], mark) {
			i += len(mark)
			break
		}
	}
	if e := weekdayNote(s, i); e > 0 {
		i = e // "2026年3月5日（木）"
	}
	if !validDate(y, mo, d) {
		return 0, 0, 0, 0
	}
	return y, mo, d, i
}

// weekdayNote returns where a short note in parentheses opening s[i:]
// after spaces ends ("（木）", "(목)"), or 0.
func weekdayNote(s string, i int) int {
	i = skipSpaces(s, i)
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(s[i:], p[0]) {
			if e := strings.Index(s[i:], p[1]); e > 0 && e <= 8 {
				return i + e + len(p[1])
			}
		}
	}
	return 0
}

// skipLeadWord skips a word of letters and the comma and spaces after
// it, as a weekday or an article opens a date; -1 if s[i:] opens with
// no such word, or with more than a short one. Two words joined by a
// hyphen are one, as Portuguese writes its weekdays ("sexta-feira, 27
// de novembro de 2026").
func skipLeadWord(s string, i int) int {
	k := letterEnd(s, i)
	if k > i && k < len(s) && s[k] == '-' {
		if e := letterEnd(s, k+1); e > k+1 {
			k = e
		}
	}
	if k == i || k-i > 16 {
		return -1
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	if e := skipSpaces(s, k); e > k {
		return e
	}
	return -1
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// skipWord skips w (a lower-case word and its space) opening s[i:].
func skipWord(s string, i int, w string) int {
	if len(s)-i > len(w) && strings.EqualFold(s[i:i+len(w)], w) {
		return skipSpaces(s, i+len(w))
	}
	return i
}

// skipElided skips "d'" or "d’" at s[i], the "de" Catalan elides
// before a month opening with a vowel: "d'octubre", "d’abril".
func skipElided(s string, i int) int {
	for _, w := range [...]string{"d'", "d’"} {
		if len(s)-i > len(w) && s[i]|0x20 == 'd' && s[i+1:i+len(w)] == w[1:] {
			return i + len(w)
		}
	}
	return i
}

// letterEnd returns where the run of letters from s[i] ends.
func letterEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetterRune(r) {
			break
		}
		i += size
	}
	return i
}

// isLetterRune reports a letter, as month names and weekdays are written,
// or a mark written over or under one, as Thai writes its vowels
// ("พฤศจิกายน").
func isLetterRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && (unicode.IsLetter(r) || r >= 0x300 && unicode.Is(unicode.Mn, r))
}

// localDay is the day of localDate as a time, for readDay.
func localDay(s string) (time.Time, bool) {
	y, mo, d, n := localDate(s)
	if n == 0 {
		return time.Time{}, false
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
}

// localDateTime rewrites a date in another language opening a time into
// digits, year first, as the rest of the reading knows them: "5. März
// 2026, 14:02 MEZ" is "2026-03-05 14:02 MEZ".
func localDateTime(s string) string {
	if s == "" || !mayOpenLocalDate(s) {
		return s
	}
	y, mo, d, n := localDate(s)
	if n == 0 {
		return s
	}
	rest := dropWordBeforeClock(strings.TrimLeft(s[n:], " ,"))
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) + " " + rest
}

// dropWordBeforeClock drops one word of letters between a date and its
// clock, a weekday as Turkish writes it after the date ("2 Kasım 2026
// Pazartesi 14:05"); rest is returned as it is otherwise.
func dropWordBeforeClock(rest string) string {
	k := letterEnd(rest, 0)
	if k == 0 || k > 24 {
		return rest
	}
	c := k
	if c < len(rest) && rest[c] == ',' {
		c++
	}
	c = skipSpaces(rest, c)
	if c == k || c >= len(rest) || !isDigit(rest[c]) {
		return rest
	}
	if m, ok := readClock(rest[c:]); ok && strings.Contains(m[0], ":") {
		return rest[c:]
	}
	return rest
}

// mayOpenLocalDate is localDateTime's quick test: a byte beyond ASCII
// early in s, or a digit with a letter after it past a dot or a space
// ("5 de marzo", "5 mars").
func mayOpenLocalDate(s string) bool {
	for i := 0; i < len(s) && i < 40; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if i == 4 && c == '.' && isDigit(s[0]) && isDigit(s[3]) {
			return true // "2026. 11. 02.", "2026. november 2."
		}
		if isDigit(c) && i+2 < len(s) && (s[i+1] == ' ' || s[i+1] == '.') {
			if n := s[i+2] | 0x20; n >= 'a' && n <= 'z' || s[i+2] == ' ' && i+3 < len(s) && s[i+3]|0x20 >= 'a' && s[i+3]|0x20 <= 'z' {
				return true
			}
		}
	}
	return false
}

// composeMark appends a combining mark to b, composed with the letter b
// ends with where Unicode has one character for both: a label typed or
// saved in decomposed form reads as the same words.
func composeMark(b []byte, mark rune) []byte {
	last, n := utf8.DecodeLastRune(b)
	if c := norm.NFC.String(string(last) + string(mark)); utf8.RuneCountInString(c) == 1 {
		return append(b[:len(b)-n], c...)
	}
	return utf8.AppendRune(b, mark)
}

// wideColon returns where the full-width colon of CJK text ("担当：")
// is in a line and its length, or -1.
func wideColon(line []byte) (int, int) {
	if bytes.IndexByte(line, 0xEF) < 0 {
		return -1, 0 // the colon's first byte: most lines are spared the search
	}
	return bytes.Index(line, []byte("：")), len("：")
}

// localField reads a part of an action item that the English fields do
// not: a state alone ("erledigt", "対応済み") or a field after a label
// of another language, with an ASCII or a full-width colon. It returns
// the field's key and its value, or "".
func localField(s string, part Span) (string, Span) {
	if s == "" || isDigit(s[0]) {
		return "", Span{} // "000 messages": no label or state opens with a digit
	}
	if len(s) <= 24 {
		if st, ok := lookupState(s); ok && st == Open {
			return colState, part // "offen": the title ends, the action is open
		} else if ok {
			return stateKey(st), part
		}
	}
	colon, size := strings.IndexByte(s, ':'), 1
	if colon < 0 {
		colon, size = strings.Index(s, "："), len("：")
	}
	if colon < 0 {
		if k, v := abbreviatedLabel(s, part); k != "" {
			return k, v
		}
		return localDueLead(s, part)
	}
	if colon < 1 || colon > 40 {
		return "", Span{}
	}
	var buf [64]byte
	key := findLocal(localColumnWords, appendNormal(buf[:0], s[:colon]))
	if key == colAction {
		key = ""
	}
	start := colon + size
	for start < len(s) && (s[start] == ' ' || s[start] == '*' || s[start] == '_') {
		start++
	}
	end := len(strings.TrimRight(s, " *_."))
	if key == "" || start >= end {
		return "", Span{}
	}
	v, value := Span{part.Start + start, part.Start + end}, s[start:end]
	switch key {
	case colDue:
		if _, ok := readDue(value); !ok && !IsPlaceholder(value) && !dueLike(value) && !labelledDottedDay(value) && !labelledDue(value) && !labelledSlashDay(value) {
			return "", Span{}
		}
	case colStatus:
		st, _ := lookupState(value)
		if st == Open {
			st = parseStatus(value)
		}
		if st == Open {
			return colState, part // "Status: offen": the title ends, the action is open
		}
		return stateKey(st), v
	case colOwner, colPriority:
		if len(value) > 40 {
			return "", Span{}
		}
	}
	return key, v
}

// labelledDue reports a due date in any form the dues read after a due
// date's label, which says it is one: "Échéance : avant le 15
// décembre", "期限: 12月15日".
func labelledDue(v string) bool {
	_, ok := readDueIn(v, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), true)
	return ok || localDueLike(v)
}

// labelledDottedDay reports a day and a month with a dot and no year,
// "11.12", after a due date's label ("термін: 11.12"): the label says it
// is a day, day first.
func labelledDottedDay(v string) bool {
	_, ok := dottedDueDay(v, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	return ok
}

// labelledSlashDay reports a day and a month in figures with a slash and
// no year, "12/11", after a due date's label ("기한: 12/11"): the label
// says it is a day, and the document's other dates, or its language,
// give the order of the two and the year (settleDues).
func labelledSlashDay(v string) bool {
	a, b, ok := strings.Cut(v, "/")
	if !ok || len(a) < 1 || len(a) > 2 || len(b) < 1 || len(b) > 2 || digitRunEnd(a, 0) != len(a) || digitRunEnd(b, 0) != len(b) {
		return false
	}
	x, y := atoi(a), atoi(b)
	return x >= 1 && y >= 1 && min(x, y) <= 12 && max(x, y) <= 31
}

// lookupState is localState of a text, normalised.
func lookupState(s string) (Status, bool) {
	var buf [64]byte
	return localState(string(appendNormal(buf[:0], s)))
}

// stateKey is the key of an item's part that closes it: done or not
// planned.
func stateKey(st Status) string {
	if st == NotPlanned {
		return colStatus
	}
	return colDone
}

// localDueLead reads a due date after a word of another language that
// says "by" with no colon, as a label of the due column does: "pour le
// 27/11", "vóór vrijdag 4 december", "senast fre 11/12". The date has a
// digit and a few words at most, so a title's "bis 3 Versuche" after a
// dash is rarely one.
func localDueLead(s string, part Span) (string, Span) {
	first, _, _ := strings.Cut(s, " ")
	if len(s) > 80 || len(first) > 40 || first == s { // bytes: a Thai label takes three a letter
		return "", Span{}
	}
	var buf [64]byte
	if !dueLeadWords()[string(appendNormal(buf[:0], first))] {
		return "", Span{} // the quick answer for most parts
	}
	if !strings.ContainsAny(s, "0123456789") && !monthEndLike(s[len(first):]) {
		return "", Span{} // "tähtaeg jaanuari lõpp" has none
	}
	for i, words := 0, 0; i < len(s) && words < 3; words++ {
		sp := strings.IndexByte(s[i:], ' ')
		if sp < 0 {
			break
		}
		i += sp
		v := strings.TrimSpace(s[i:])
		if findLocal(localColumnWords, appendNormal(buf[:0], s[:i])) == colDue && (dueValue(v) || monthEndLike(v)) {
			return colDue, Span{part.End - len(v), part.End}
		}
		i++
	}
	return "", Span{}
}

// abbreviatedLabel reads a part led by an owner's label cut short with a
// full stop, "отг. Десислава Стоянова" (отговорник), as a checklist
// writes it without a colon.
func abbreviatedLabel(s string, part Span) (string, Span) {
	first, rest, ok := strings.Cut(s, ". ")
	if !ok || len(first) > 24 || strings.ContainsRune(first, ' ') || strings.TrimSpace(rest) == "" {
		return "", Span{}
	}
	var buf [64]byte
	if findLocal(localColumnWords, appendNormal(buf[:0], first)) != colOwner {
		return "", Span{}
	}
	return colOwner, Span{part.End - len(strings.TrimLeft(rest, " ")), part.End}
}

// dueValue reports a short value with a digit, as a due date has, and
// perhaps a note in parentheses after it: "fre 11/12 (the old one
// expires 15/12!)".
func dueValue(v string) bool {
	if i := strings.IndexByte(v, '('); i > 0 && strings.HasSuffix(v, ")") {
		v = strings.TrimSpace(v[:i])
	}
	return len(v) >= 2 && len(v) <= 30 && strings.ContainsAny(v, "0123456789") && len(strings.Fields(v)) <= 4
}

// dueLeadWords are the first words of the due column's labels of other
// languages, which localDueLead reads no further without.
var dueLeadWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range localColumnWords {
		if w.key == colDue {
			first, _, _ := strings.Cut(w.word, " ")
			m[first] = true
		}
	}
	return m
})
