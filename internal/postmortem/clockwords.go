package postmortem

import (
	"strings"
	"unicode/utf8"
)

// The words a language writes around a clock, which the vocabulary's
// clock class lists (vocabulary/README.md): before it, the word for
// "at" ("saat 14:05", "o godz. 14:05", "в 14:05", "às 14h05", "lúc
// 14:05"); after it, the word of the hour ("14:05 Uhr", "14:05 ч.",
// "14.05 น."), between the hour and the minutes ("14 giờ 05", "14 óra
// 5 perc"), and the half of the day ("2:05 de la tarde", "2:05 CH",
// "du. 2:05"); and noon and midnight said in words. clockWords writes
// them as the readers of times read them: "14:05", "2:05 pm", "12:00".

// englishClockWords are noon and midnight in English.
var englishClockWords = map[string]string{
	"noon": "noon", "12 noon": "noon", "midday": "noon", "12 midday": "noon",
	"midnight": "midnight", "12 midnight": "midnight",
}

// oclockWords are the words of the hour that say a clock's hour alone
// ("14 Uhr", "o'clock"), where others ("2 h", "2 óra") may be a length.
var oclockWords = map[string]bool{"uhr": true, "órakor": true, "นาฬิกา": true, "o'clock": true, "oclock": true}

// clockWordsMax is the most words read around a clock: a longer text is
// a sentence.
const clockWordsMax = 12

// clockKey is the key of a phrase of the clock class, or "".
func clockKey(phrase string) string {
	return clockWordsKey([]string{phrase})
}

// clockWordsKey is clockKey of words written with a space between,
// normalised a word at a time on the stack.
func clockWordsKey(words []string) string {
	var buf [96]byte
	n := buf[:0]
	for i, w := range words {
		if i > 0 {
			n = append(n, ' ')
		}
		if len(n)+len(w) > len(buf) {
			return ""
		}
		n = appendNormal(n, w)
	}
	if k := englishClockWords[string(n)]; k != "" {
		return k
	}
	return findLocal(localClockWords, n)
}

// mayHoldClockWords is clockWords' quick test: a letter beyond ASCII,
// one in lower case, or two capitals that are no zone's abbreviation
// ("2:05 CH", not "14:05 UTC").
func mayHoldClockWords(s string) bool {
	if len(s) > 160 {
		return false
	}
	upper := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c >= 'a' && c <= 'z':
			return true
		case c >= 'A' && c <= 'Z' && upper < 0:
			upper = i
		}
	}
	if upper < 0 {
		return false
	}
	z := s[upper:]
	if i := strings.IndexAny(z, " )"); i > 0 {
		z = z[:i]
	}
	_, zone := abbreviationOffset(z)
	return !zone && z != "T" && z != "Z"
}

// clockWords rewrites the words around a clock in s as the readers of
// times read them; s is returned as it is where it holds none.
func clockWords(s string) string {
	if !mayHoldClockWords(s) {
		return s
	}
	var buf [clockWordsMax]string
	words, ok := fieldsOnto(s, buf[:0])
	if !ok {
		return s
	}
	changed := false
	for i := 0; i < len(words); i++ {
		if w := heDigitPrefix(words[i]); w != words[i] {
			words[i], changed = w, true // "ב-14:05"
		}
		if words[i] == "" || !isDigit(words[i][0]) {
			if k, n := clockPhraseAt(words, i); k == "noon" || k == "midnight" {
				clock := "12:00"
				if k == "midnight" {
					clock = "00:00"
				}
				words[i] = clock
				for j := i + 1; j < i+n; j++ {
					words[j] = ""
				}
				if i > 0 && (words[i-1] == "12" || words[i-1] == "0") {
					words[i-1] = "" // "12 noon"
				}
				changed = true
			}
			continue
		}
		if clockAround(words, i) {
			changed = true
		}
	}
	if !changed {
		return s
	}
	var b strings.Builder
	for _, w := range words {
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// fieldsOnto splits s at white space into words, as strings.Fields
// does, onto the stack's buf; ok is false for more than it holds.
func fieldsOnto(s string, buf []string) ([]string, bool) {
	for i := 0; i < len(s); {
		for i < len(s) && reSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !reSpace(s[j]) {
			j++
		}
		if j > i {
			if len(buf) == cap(buf) {
				return buf, false
			}
			buf = append(buf, s[i:j])
		}
		i = j
	}
	return buf, true
}

// clockPhraseAt returns the key of the longest phrase of the clock
// class, of up to three words, opening words[i:], and its length in
// words; "" and 0 where none opens there.
func clockPhraseAt(words []string, i int) (string, int) {
	for n := min(3, len(words)-i); n >= 1; n-- {
		if words[i] == "" || words[i+n-1] == "" {
			continue
		}
		if isDigit(words[i][0]) {
			break // a number is no such word, and numbering drops it
		}
		if k := clockWordsKey(words[i : i+n]); k != "" {
			return k, n
		}
	}
	return "", 0
}

// clockAround reads the words around words[i], which opens with a
// digit, where it is a clock or the hour of one, and writes them as
// the readers of times read them; it reports a change.
func clockAround(words []string, i int) bool {
	t := words[i]
	lead, period := false, ""
	for n := min(3, i); n >= 1; n-- {
		if words[i-n] == "" || isDigit(words[i-n][0]) {
			continue
		}
		switch clockWordsKey(words[i-n : i]) {
		case "at":
			lead = true
		case "am_before":
			period = "am"
		case "pm_before":
			period = "pm"
		default:
			continue
		}
		for j := i - n; j < i; j++ {
			words[j] = ""
		}
		break
	}
	hour, clock := hourDigits(t), clockDigits(t)
	if hour == 0 && clock == 0 {
		return lead || period != ""
	}
	t = t[:max(hour, clock)] + clockSuffix(t[max(hour, clock):]) // "14:05-kor", "14.05'te", "14h05min"
	j := i + 1
	if j < len(words) && clockKey(words[j]) == "hour" && !zoneFrom(words, j) {
		switch {
		case clock > 0:
			words[j], j = "", j+1 // "14:05 Uhr", "14.05 น."
			lead = true
		case j+1 < len(words) && hourDigits(words[j+1]) > 0 && hourDigits(words[j+1]) == len(words[j+1]) && (lead || atoi(t) >= 10 || j+2 >= len(words) || clockKey(words[j+2]) != "minute"):
			t = t + ":" + two(atoi(words[j+1])) // "14 giờ 05", "14 ч. 05 мин."
			words[j], words[j+1], j = "", "", j+2
			if j < len(words) && clockKey(words[j]) == "minute" {
				words[j], j = "", j+1
			}
			clock, lead = len(t), true
		case lead || oclockWords[strings.ToLower(words[j])]:
			t = t + ":00" // "14 Uhr", "à 14 h"
			words[j], j = "", j+1
			clock = len(t)
		}
	}
	if k, n := clockPhraseAt(words, j); k == "am" || k == "pm" {
		period = k
		for m := j; m < j+n; m++ {
			words[m] = ""
		}
	}
	if clock > 0 && (lead || !strings.ContainsAny(t[:clock], ":.")) {
		t = colonClock(t) // "kl. 14.05": the word makes the dotted form a clock; "14u05"
	}
	if period != "" && (clock > 0 || hour > 0) {
		t += " " + period
	}
	if t == words[i] {
		return lead
	}
	words[i] = t
	return true
}

// hourDigits returns the length of t where it is one or two digits of
// an hour and nothing else; 0 otherwise.
func hourDigits(t string) int {
	n := digitRunEnd(t, 0)
	if n == 0 || n > 2 || n < len(t) || atoi(t[:n]) > 24 {
		return 0 // a clock, which clockDigits reads, or no hour
	}
	return n
}

// fusedClock reports a letter of the hour written between an hour and
// its minutes, as Dutch, Vietnamese and French write them: "14u05",
// "14g05", "14h05".
func fusedClock(t string, n int) bool {
	return n+3 == len(t) && (t[n] == 'u' || t[n] == 'g' || t[n] == 'h') && isDigit(t[n+1]) && isDigit(t[n+2])
}

// clockDigits returns the length of a clock opening t, "14:05", "14.05"
// or the fused "14u05", where what follows is no digit; 0 otherwise.
func clockDigits(t string) int {
	n := digitRunEnd(t, 0)
	if n == 0 || n > 2 || n+3 > len(t) {
		return 0
	}
	if c := t[n]; c != ':' && c != '.' && !fusedClock(t[:n+3], n) {
		return 0
	}
	if !isDigit(t[n+1]) || !isDigit(t[n+2]) || n+3 < len(t) && (isDigit(t[n+3]) || t[n+3] == '.' && t[n] == '.') {
		return 0
	}
	if n+3 < len(t) && t[n+3] == ':' {
		if k := digitRunEnd(t, n+4); k == n+6 {
			return k // seconds
		}
	}
	return n + 3
}

// clockSuffix drops a case ending joined to a clock, as Hungarian
// ("14:05-kor", "-től", "-ig") and Turkish ("14:05'te", "14.05’de")
// write them, and the minutes' "min" ("14h05min"); a range ("-15:00")
// or anything else stays.
func clockSuffix(rest string) string {
	if len(rest) < 2 {
		return rest
	}
	if rest == "min" {
		return "" // "14h05min", as Portuguese writes it
	}
	cut := 0
	switch {
	case rest[0] == '-' || rest[0] == '\'':
		cut = 1
	case strings.HasPrefix(rest, "’"):
		cut = len("’")
	default:
		return rest
	}
	if letterEnd(rest, cut) == len(rest) && len(rest) > cut {
		return ""
	}
	return rest
}

// colonClock writes a clock's dot or fused letter between hour and
// minutes as a colon: "14.05" and "14u05" are "14:05".
func colonClock(t string) string {
	n := digitRunEnd(t, 0)
	if n > 0 && n < len(t) && t[n] != ':' {
		return t[:n] + ":" + t[n+1:]
	}
	return t
}

// heDigitPrefix drops the Hebrew "ב" ("at"), joined to a clock with a
// hyphen or without: "ב-14:05", "ב14:05".
func heDigitPrefix(w string) string {
	const bet = "ב"
	if !strings.HasPrefix(w, bet) {
		return w
	}
	r := strings.TrimPrefix(strings.TrimPrefix(w[len(bet):], "-"), "־")
	if r != "" && isDigit(r[0]) && clockDigits(r) > 0 {
		return r
	}
	return w
}

// zoneFrom reports whether words[j:] name a zone, as "hora de Brasília"
// does, whose first word is also the word of the hour.
func zoneFrom(words []string, j int) bool {
	_, ok, err := readZone(strings.Join(words[j:], " "))
	return ok && err == nil
}

// clockClause reports a clause that opens with the word for "at" and
// a clock: ", ora 14:05", ", godz. 14:05" after a date go with it.
func clockClause(s string) bool {
	c := clockWords(s)
	return c != s && c != "" && isDigit(c[0])
}
