package postmortem

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A note in another language that gives every time of the document its
// zone: "Alle Uhrzeiten in diesem Bericht sind MEZ (UTC+1).", "Toutes
// les heures sont en heure de Paris (CET).", "| Zona horaria | Hora
// peninsular (CEST, UTC+2) |", "※時刻はすべて日本時間（JST）です。",
// "本文所有时间均为北京时间（UTC+8）", "Tider: svensk tid (CET, UTC+1)",
// "### Časová osa (SEČ)". A line of such a note holds a word of the
// time in the languages of the vocabulary and a zone, an abbreviation
// the zone table knows or an offset from UTC.

// localTimeWords are the words of the time, the times and the time zone
// in the languages of the vocabulary, lower case; a word of Latin,
// Greek or Cyrillic letters counts where it starts a word ("Uhrzeiten",
// "tider", "horaria"), one of a script that joins its prepositions to
// the word or writes no spaces (Hebrew, Arabic, Thai, Chinese, Japanese,
// Korean) anywhere: "بتوقيت", "בשעון".
var localTimeWords = []string{
	"uhrzeit", "zeiten", "zeitangabe", "zeitzone", "zeitstempel", // German
	"heure", "fuseau", // French
	"hora", "horario", // Spanish, Portuguese
	"horário", "fuso", // Portuguese, Italian
	"orari", "ora di", // Italian
	"tijd",         // Dutch
	"tid",          // Swedish, Danish, Norwegian
	"aika", "ajat", // Finnish
	"czas", "godzin", // Polish
	"čas",         // Czech, Slovak
	"saat",        // Turkish
	"waktu",       // Indonesian
	"час",         // Ukrainian, Russian, Bulgarian
	"врем",        // Russian, Bulgarian: "время", "времени"
	"ώρα", "ώρες", // Greek
	"hores", "horari", // Catalan
	"ora",            // Romanian
	"idő",            // Hungarian
	"aeg", "kellaaj", // Estonian
	"vrijem", "vremen", // Croatian
	"laik",           // Latvian, Lithuanian
	"tím",            // Icelandic: "tímar", "íslenskum tíma"
	"amser",          // Welsh
	"saa ",           // Swahili, with its space: not "SaaS"
	"oras",           // Tagalog
	"ordu",           // Basque: "ordu-eremua", "orduan"
	"tydsone", "tye", // Afrikaans
	"giờ", "thời gian", // Vietnamese
	"توقيت", "الأوقات", "الوقت", // Arabic
	"שעות", "שעון", "זמן", // Hebrew
	"เวลา",               // Thai
	"時刻", "時間", "タイムゾーン", // Japanese
	"时间", "时区", "時區", // Chinese
	"시각", "시간", "표준시", // Korean
}

// clockInLine is a time of day in a line: a line that gives one is a
// field or an entry, whose zone is its own, not a note for all times.
var clockInLine = lazyRe(`\d[:.h時시点]\d\d`)

// clockOfDayIn reports a match of clockInLine in line that is no offset
// from UTC, "(KST, UTC+09:00)" gives none, nor a date written with dots
// ("27.10.2026").
func clockOfDayIn(line string) bool {
	for from := 0; from < len(line); {
		m := clockInLine.FindStringIndex(line[from:])
		if m == nil {
			return false
		}
		i, end := from+m[0], from+m[1]
		for i > 0 && isDigit(line[i-1]) {
			i--
		}
		dotted := end+1 < len(line) && line[end] == '.' && isDigit(line[end+1])
		if !dotted && (i == 0 || line[i-1] != '+' && line[i-1] != '-' && !strings.HasSuffix(line[:i], "−")) {
			return true
		}
		from += m[1]
	}
	return false
}

// localZoneLineMax is the longest line read as such a note: a sentence
// of prose that happens to name a zone is longer.
const localZoneLineMax = 200

// localZoneNote returns the zone a note in another language gives, or "".
func localZoneNote(text string) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if len(line) > localZoneLineMax {
			if z := sentenceZoneNote(line); z != "" {
				return z
			}
			continue // prose
		}
		if z := lineZoneNote(line); z != "" {
			return z
		}
		if strings.Contains(line, ". ") && holdsLocalTimeWord(line) && clockOfDayIn(line) {
			if z := sentenceZoneNote(line); z != "" {
				return z // "Exportado em 27/11/2026 10:20. Horários de Brasília (BRT, UTC−3)."
			}
		}
	}
	return ""
}

// lineZoneNote is the zone a line that is a note gives, or "".
func lineZoneNote(line string) string {
	line = plainMarks(line)
	z := lineZone(line)
	if z == "" && !clockOfDayIn(line) && holdsLocalTimeWord(line) {
		return localZoneIn(line) // "Все время указано по московскому времени."
	}
	if z != "" && !clockOfDayIn(line) && holdsLocalTimeWord(line) {
		return z // the zone of a note, not of a time that carries its own
	}
	if label, _, ok := strings.Cut(line, ":"); z != "" && ok && len(label) <= 40 && holdsLocalTimeWord(label) {
		return lineZone(label) // "Časy (SEČ): začiatok 9:45 · zistené 9:58": the label's zone is its times'
	}
	return ""
}

// localZoneIn is the zone of the first zone's name in another language
// a line holds as whole words ("hora peninsular", "по Москве", and in
// the scripts written without spaces anywhere: "日本時間"), or "".
func localZoneIn(line string) string {
	n := normalize(line)
	best, at := "", len(n)
	for _, w := range localZoneWords {
		for k := 0; k < at; {
			i := strings.Index(n[k:], w.word)
			if i < 0 || k+i >= at {
				break
			}
			i += k
			if wholeWordAt(n, i, i+len(w.word)) {
				best, at = w.key, i
				break
			}
			k = i + 1
		}
	}
	return best
}

// wholeWordAt reports whether s[i:j] stands as whole words: no letter
// joins it before or after, unless it is of a script written without
// spaces.
func wholeWordAt(s string, i, j int) bool {
	if r, _ := utf8.DecodeRuneInString(s[i:]); denseRune(r) || r >= 0x0E00 && r <= 0x0E7F {
		return true
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isLetterRune(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetterRune(r) {
			return false
		}
	}
	return true
}

// sentenceZoneNote is the zone a sentence of a long line gives as a
// note: a wiki's info box "Space: … › Incidents. Created from the
// template. Усі часи — за Києвом (EET, UTC+2)." A Chinese, Japanese or
// Korean sentence ends as denseSentenceEnd reads it: "…影響しました。
// 時刻はすべて日本時間（JST）です。"
func sentenceZoneNote(line string) string {
	for start := 0; start < len(line); {
		end := sentenceEnd(line, start)
		end = denseSentenceEnd(line, start, end)
		if end-start <= localZoneLineMax {
			if z := lineZoneNote(line[start:end]); z != "" {
				return z
			}
		}
		start = end
	}
	return ""
}

// denseSentenceEnd cuts the sentence line[start:end] that sentenceEnd
// read at a Chinese or Japanese full stop, or at a stop before a Korean
// letter, which sentenceEnd, waiting for a capital, passes over:
// "…몰렸습니다. 아래 시각은 모두 한국 시간(KST)입니다."
func denseSentenceEnd(line string, start, end int) int {
	s := line[start:end]
	if k := strings.Index(s, "。"); k >= 0 {
		return start + k + len("。")
	}
	for k := 0; ; {
		i := strings.Index(s[k:], ". ")
		if i < 0 {
			return end
		}
		k += i + 2
		if r, _ := utf8.DecodeRuneInString(s[k:]); r >= 0xAC00 && r <= 0xD7A3 {
			return start + k
		}
	}
}

// lineZone is the zone a line names: its first abbreviation the zone
// table knows, written in capitals, else its first offset from UTC or GMT.
func lineZone(line string) string {
	line = plainMarks(line) // "(HNE, UTC−5)": the offset, not UTC
	if hasLocalZoneLetter(line) {
		line = localZones.Replace(line)
	}
	offset := ""
	for i := 0; i < len(line); {
		j := i
		for j < len(line) && line[j] >= 'A' && line[j] <= 'Z' {
			j++
		}
		if j == i {
			i++
			continue
		}
		word := line[i:j]
		wordStart := i == 0 || !isLetterBefore(line, i)
		if wordStart && (j == len(line) || !isLetterByte(line[j])) && j-i >= 2 && j-i <= 5 {
			if (word == "UTC" || word == "GMT") && j < len(line) && (line[j] == '+' || line[j] == '-') {
				if offset == "" {
					offset = utcOffsetAt(line, i)
				}
			} else if secs, ok := abbreviationOffset(word); ok {
				return abbreviationOrOffset(word, secs, line[j:])
			}
		}
		i = j
	}
	if offset == "" && strings.IndexByte(line, '/') > 0 {
		return ianaZoneIn(line) // "Zeitzone: Europe/Berlin"
	}
	return offset
}

// ianaZoneIn is the first zone of the database a line names as the
// database does ("Europe/Berlin", "America/Argentina/Buenos_Aires"),
// or "".
func ianaZoneIn(line string) string {
	for k := strings.IndexByte(line, '/'); k > 0; {
		i := k
		for i > 0 && isLetterByte(line[i-1]) {
			i--
		}
		j := k + 1
		for j < len(line) && (isLetterByte(line[j]) || line[j] == '_' || line[j] == '/') {
			j++
		}
		if k-i >= 3 && j-k > 2 && line[i] >= 'A' && line[i] <= 'Z' && (i == 0 || !isWordByte(line[i-1])) {
			if z := strings.TrimRight(line[i:j], "/"); docZone(z) != "" {
				return z
			}
		}
		n := strings.IndexByte(line[k+1:], '/')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return ""
}

// abbreviationOrOffset is the abbreviation a line names, unless the
// offset from UTC written after it says another zone: "IST, UTC+2" is
// Israel's time, not India's, as the table reads IST.
func abbreviationOrOffset(word string, secs int, rest string) string {
	i := strings.Index(rest, "UTC")
	if i < 0 {
		return word
	}
	offset := utcOffsetAt(rest, i)
	if loc, ok, err := readZone(offset); offset != "" && ok && err == nil {
		if _, at := time.Date(2026, 1, 1, 0, 0, 0, 0, loc).Zone(); at != secs {
			return offset
		}
	}
	return word
}

// hasLocalZoneLetter reports whether s may hold a zone localZones
// rewrites: a letter of its spellings that ASCII lacks, or a full-width
// parenthesis.
func hasLocalZoneLetter(s string) bool {
	return strings.Contains(s, "Č") || strings.Contains(s, "İ") || strings.Contains(s, "（")
}

// utcOffsetAt reads "UTC+8", "GMT-03" or "UTC+05:30" at i as a zone
// docZone takes, minutes and all, or "".
func utcOffsetAt(line string, i int) string {
	if i+4 > len(line) || line[i+3] != '+' && line[i+3] != '-' {
		return ""
	}
	j := i + 4
	for j < len(line) && j < i+6 && isDigit(line[j]) {
		j++
	}
	if j == i+4 {
		return ""
	}
	if j+2 < len(line) && line[j] == ':' && isDigit(line[j+1]) && isDigit(line[j+2]) {
		j += 3 // "UTC+05:30"
	}
	return docZone(line[i:j])
}

func isLetterByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// holdsLocalTimeWord reports whether a line holds one of localTimeWords.
func holdsLocalTimeWord(line string) bool {
	lower := strings.ToLower(line)
	for _, w := range localTimeWords {
		for k := 0; ; {
			i := strings.Index(lower[k:], w)
			if i < 0 {
				break
			}
			i += k
			r, _ := utf8.DecodeRuneInString(w)
			if r >= 0x3000 || r >= 0x0590 && r < 0x0E80 || i == 0 || !isLetterBefore(lower, i) {
				return true
			}
			k = i + len(w)
		}
	}
	return false
}

// isLetterBefore reports whether a letter ends s[:i].
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}
