package postmortem

import (
	"bytes"
	"embed"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// vocabularyFiles hold the words of the reading in languages other than
// English, one file a language (vocabulary/README.md describes them).
//
//go:embed vocabulary/*.yaml
var vocabularyFiles embed.FS

// languageWords is every language's vocabulary merged: class ("sections",
// "fields", "columns", "states", "months") to key to words, in the
// order of the files (by name) and of the words in them.
var languageWords = readVocabularies()

// readVocabularies reads and merges the embedded files.
func readVocabularies() map[string]map[string][]string {
	merged := map[string]map[string][]string{}
	entries, _ := vocabularyFiles.ReadDir("vocabulary")
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		b, err := vocabularyFiles.ReadFile("vocabulary/" + e.Name())
		if err != nil {
			panic(err)
		}
		for class, keys := range parseVocabulary(string(b)) {
			if merged[class] == nil {
				merged[class] = map[string][]string{}
			}
			for k, words := range keys {
				merged[class][k] = append(merged[class][k], words...)
			}
		}
	}
	return merged
}

// parseVocabulary reads the plain YAML of a vocabulary file: a class at
// the start of a line ("sections:"), and under it, indented, a key and
// its words in brackets ("  impact: [Auswirkung, Auswirkungen]"). A word
// with a comma is written in double quotes. It is read by hand, not by a
// YAML library, so that start-up stays cheap; a test checks that a YAML
// library reads every file the same.
func parseVocabulary(src string) map[string]map[string][]string {
	out := map[string]map[string][]string{}
	class := ""
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, " \t\r\n")
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		key, value, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			continue
		}
		if line[0] != ' ' {
			class = key
			out[class] = map[string][]string{}
			continue
		}
		value = strings.TrimSpace(value)
		if class == "" || len(value) < 2 || value[0] != '[' || value[len(value)-1] != ']' {
			continue
		}
		out[class][key] = append(out[class][key], splitWords(value[1:len(value)-1])...)
	}
	return out
}

// splitWords splits a bracketed list's inside at commas outside double
// quotes.
func splitWords(s string) []string {
	var words []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		var w string
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				end = len(s) - 1
			}
			w, s = s[1:end+1], s[end+2:]
			_, s, _ = strings.Cut(s, ",")
		} else {
			var found bool
			w, s, found = strings.Cut(s, ",")
			if !found {
				s = ""
			}
			w = strings.TrimSpace(w)
		}
		if w != "" {
			words = append(words, w)
		}
	}
	return words
}

// withLocal returns names (a key's words, as the English vocabulary
// gives them) with the words of the class for the same keys added after
// them. Keys the English vocabulary does not have are left out: they are
// read elsewhere (a record of what was done, a resolution, lessons).
func withLocal(class string, names map[string][]string) map[string][]string {
	out := make(map[string][]string, len(names))
	for k, v := range names {
		out[k] = append(slices.Clip(v), languageWords[class][k]...)
	}
	return out
}

// localPhrase is a heading phrase of another language: its section key,
// its words as headingName gives them, and whether it is written without
// spaces (Chinese, Japanese, Korean), so found anywhere in a heading.
type localPhrase struct {
	key, words string
	dense      bool
}

// localPhraseRank orders the section keys of local phrases found in one
// heading equally long: a record of what was done before an action list,
// as in headingVocabulary.
var localPhraseRank = map[string]int{
	SectionRecord: 0, "remediation": 1, "timeline": 2, "what_happened": 3, "root_cause": 4, "impact": 5,
	SectionResolution: 6, SectionLessons: 7, "short_summary": 8, "description": 9, SectionDetection: 10,
	"bug_tickets": 11, "additional_info": 12, "tags": 13,
}

// localPhrases are the heading phrases of the other languages, and
// localPhraseStarts the indexes of those that open with a word (or, for
// dense ones, a character).
var localPhrases, localPhraseStarts = indexLocalPhrases(languageWords["sections"])

func indexLocalPhrases(sections map[string][]string) ([]localPhrase, map[string][]int) {
	var phrases []localPhrase
	starts := map[string][]int{}
	keys := make([]string, 0, len(sections))
	for k := range sections {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, w := range sections[k] {
			p := localPhrase{key: k, words: headingName(w)}
			if p.words == "" {
				continue
			}
			first, _, _ := strings.Cut(p.words, " ")
			if r, n := utf8.DecodeRuneInString(p.words); denseRune(r) {
				p.dense, first = true, p.words[:n]
			}
			starts[first] = append(starts[first], len(phrases))
			phrases = append(phrases, p)
		}
	}
	return phrases, starts
}

// denseRune reports a character of a script written without spaces
// between words: Chinese, Japanese kana and kanji, and Korean (whose
// words take their endings without a space).
func denseRune(r rune) bool {
	return r >= 0x2E80 && r <= 0xD7FF || r >= 0xF900 && r <= 0xFAFF
}

// localHeadingKey returns the section key of the longest local phrase
// in a heading's words (spaced at both ends, as headingKey makes them),
// skipping keys skip names; "" if none.
func localHeadingKey(words string, skip map[string][]string, only string) string {
	best, bestLen := "", 0
	for i := 1; i < len(words); {
		end := strings.IndexByte(words[i:], ' ')
		if end < 0 {
			break
		}
		token := words[i : i+end]
		for _, j := range localPhraseStarts[token] {
			best, bestLen = betterPhrase(words[i:], j, false, skip, only, best, bestLen)
		}
		for k := 0; k < len(token); {
			r, n := utf8.DecodeRuneInString(token[k:])
			if r >= utf8.RuneSelf && denseRune(r) {
				for _, j := range localPhraseStarts[token[k:k+n]] {
					best, bestLen = betterPhrase(words[i+k:], j, true, skip, only, best, bestLen)
				}
			}
			k += n
		}
		i += end + 1
	}
	return best
}

// betterPhrase returns the phrase j's key and length if it opens rest
// and is longer than the best so far (or as long, of an earlier rank).
func betterPhrase(rest string, j int, dense bool, skip map[string][]string, only, best string, bestLen int) (string, int) {
	p := localPhrases[j]
	if p.dense != dense || only != "" && p.key != only {
		return best, bestLen
	}
	if _, skipped := skip[p.key]; skipped || !strings.HasPrefix(rest, p.words) {
		return best, bestLen
	}
	if !dense && (len(rest) == len(p.words) || rest[len(p.words)] != ' ') {
		return best, bestLen // a whole word: "Acciones" is not "Accionesx"
	}
	n := len(p.words)
	if n > bestLen || n == bestLen && localPhraseRank[p.key] < localPhraseRank[best] {
		return p.key, n
	}
	return best, bestLen
}

// localRecordName reports whether a heading's words say its list is done
// in another language: a record phrase ("Durchgeführte Maßnahmen",
// "実施済みの対策") or a word of a done state ("Sofortmaßnahmen
// (erledigt)").
func localRecordName(words string) bool {
	if localHeadingKey(words, nil, SectionRecord) != "" {
		return true
	}
	for w := range strings.FieldsSeq(words) {
		if localStates[w] == Done && !strings.ContainsFunc(w, denseRune) {
			return true
		}
	}
	return false
}

// localStates are the states of an action in other languages, whole
// ("erledigt", "wird nicht umgesetzt", "対応済み"), normalised.
var localStates = func() map[string]Status {
	m := map[string]Status{}
	for _, s := range []struct {
		key   string
		state Status
	}{{"open", Open}, {"done", Done}, {"not_planned", NotPlanned}} {
		for _, w := range languageWords["states"][s.key] {
			m[normalize(w)] = s.state
		}
	}
	return m
}()

// localStateWords returns the words of a state's one-word names, in
// lower case, added to set: they open a status written at more length
// ("Erledigt am 3.3.").
func localStateWords(key string, set map[string]bool) map[string]bool {
	for _, w := range languageWords["states"][key] {
		if !strings.Contains(w, " ") {
			set[normalize(w)] = true
		}
	}
	return set
}

// localMonths maps a month's name in another language, in lower case and
// without a closing dot, to the month.
var localMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for k, words := range languageWords["months"] {
		n := atoi(k)
		for _, w := range words {
			m[strings.ToLower(w)] = time.Month(n)
		}
	}
	return m
}()

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
	case j-start == 4:
		return denseDate(s, start, j)
	case j-start < 1 || j-start > 2:
		return 0, 0, 0, 0
	}
	d, i = atoi(s[start:j]), j
	for _, mark := range []string{".º", ".", "º", "ª", "er"} {
		if strings.HasPrefix(s[i:], mark) {
			i += len(mark)
			break
		}
	}
	i = skipSpaces(s, i)
	i = skipWord(s, i, "de ")
	k := letterEnd(s, i)
	if k == i || k-i > 24 {
		return 0, 0, 0, 0
	}
	mo = localMonths[strings.ToLower(s[i:k])]
	if mo == 0 {
		return 0, 0, 0, 0
	}
	i = k
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		i++
	}
	if i2 := skipSpaces(s, i); i2 > i {
		i = skipWord(s, skipWord(s, i2, "de "), "del ")
	} else {
		return 0, 0, 0, 0
	}
	if e := digitRunEnd(s, i); e-i == 4 && validDate(atoi(s[i:e]), mo, d) {
		return atoi(s[i:e]), mo, d, e
	}
	return 0, 0, 0, 0
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
// no such word, or with more than a short one.
func skipLeadWord(s string, i int) int {
	k := letterEnd(s, i)
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

// isLetterRune reports a letter, as month names and weekdays are written.
func isLetterRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && unicode.IsLetter(r)
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
	rest := strings.TrimLeft(s[n:], " ,")
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) + " " + rest
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

// localItemLabels are the labels of an action's fields after its title
// in other languages ("Verantwortlich: @dana", "期限：2026年3月20日"),
// normalised, to the field: the columns' words for an owner, a due date,
// a priority and a state.
var localItemLabels = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{colOwner, colDue, colPriority, colStatus} {
		for _, w := range languageWords["columns"][k] {
			m[normalize(w)] = k
		}
	}
	return m
}()

// localField reads a part of an action item that the English fields do
// not: a state alone ("erledigt", "対応済み") or a field after a label
// of another language, with an ASCII or a full-width colon. It returns
// the field's key and its value, or "".
func localField(s string, part Span) (string, Span) {
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
	if colon < 1 || colon > 40 {
		return "", Span{}
	}
	key := lookupNormal(localItemLabels, s[:colon])
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
		if _, ok := readDue(value); !ok && !IsPlaceholder(value) {
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

// lookupState is localStates of a text, normalised.
func lookupState(s string) (Status, bool) {
	st, ok := localStates[string(appendNormal(make([]byte, 0, 32), s))]
	return st, ok
}

// stateKey is the key of an item's part that closes it: done or not
// planned.
func stateKey(st Status) string {
	if st == NotPlanned {
		return colStatus
	}
	return colDone
}
