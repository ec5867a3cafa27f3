package postmortem

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The span or the length of an incident written in words of other
// languages, or in forms English writes besides "47 minutes":
// "Zeitraum: 14:02–15:10 UTC", "Durée : 1 h 08", "影响时长：68分钟",
// "Duration: 1:08", "Duration: 1.5 hours". The labels and the units are
// the vocabulary's lengths class (vocabulary/*.yaml).

// localSpanLabel reports a label of another language that names the
// incident's span of time or how long it lasted, a note in parentheses
// aside: "Zeitraum", "Durée de l'incident", "影响时长 (UTC)".
func localSpanLabel(label string) bool {
	t := strings.TrimRight(label, " \t*_:：")
	if before, _, ok := strings.Cut(t, " ("); ok {
		t = before
	}
	if len(t) < 3 || len(t) > 60 || t[0] < utf8.RuneSelf && !spanFirstBytes[lowerBytes[t[0]]] {
		return false // a time, "14:02", and most English labels: a quick answer
	}
	var buf [64]byte
	return findLocal(localLengthWords, appendNormal(buf[:0], t)) == "span"
}

// spanFirstBytes are the first bytes of the vocabulary's span labels
// that open with an ASCII letter. A label that opens with another
// letter is looked up: its capital may be written with another first
// byte than its small letter ("Тривалість", "Περίοδος").
var spanFirstBytes = func() (set [256]bool) {
	for _, w := range localLengthWords {
		if w.key == "span" && w.word[0] < utf8.RuneSelf {
			set[w.word[0]] = true
		}
	}
	return set
}()

// spanLabel reports a label whose value may be the incident's span of
// time or its length, in English or another language. "When" and "Time"
// are none: a review meeting's notes give their own time under them.
func spanLabel(label, value string) bool {
	return isRangeLabel(label) || localSpan(label, value)
}

// localSpan reports a label of another language of the incident's span
// or length before a value with a digit.
func localSpan(label, value string) bool {
	return hasDigit(value) && localSpanLabel(label)
}

// localLength reads a length written with the units of another language,
// or with a decimal or a clock's colon: "68 Minuten", "1 h 08", "1,5
// Std.", "1時間8分", "1.5 hours", "1:08". A clock's form counts only
// below ten hours, since "14:02" is a time of day.
func localLength(v string) (time.Duration, bool) {
	if d, ok := colonLength(v); ok {
		return d, true
	}
	var total time.Duration
	last, pairs := time.Duration(0), 0
	for v != "" {
		n, frac, rest, ok := lengthNumber(v)
		if !ok {
			break
		}
		unit, after := lengthUnit(rest)
		if unit == 0 && last == time.Hour && pairs > 0 && strings.TrimSpace(after) == "" {
			unit = time.Minute // "1 h 08": the minutes after the hours need no unit
		}
		if unit == 0 {
			return 0, false
		}
		total += time.Duration(n)*unit + time.Duration(frac*float64(unit))
		last, pairs, v = unit, pairs+1, strings.TrimLeft(after, " \t,")
	}
	if pairs == 0 || !lengthTail(v) {
		return 0, false
	}
	return total, total > 0 && total < 30*24*time.Hour
}

// colonLength reads "1:08" or "01:08 h" as a length of under ten hours.
func colonLength(v string) (time.Duration, bool) {
	i := strings.IndexByte(v, ':')
	if i < 1 || i > 2 || len(v) < i+3 || !isDigits(v[:i]) || !isDigits(v[i+1:i+3]) {
		return 0, false
	}
	h, m := atoi(v[:i]), atoi(v[i+1:i+3])
	if h >= 10 || m >= 60 {
		return 0, false
	}
	rest := strings.TrimSpace(v[i+3:])
	if unit, after := lengthUnit(rest); unit == time.Hour {
		rest = after // "01:08 h", "1:08 Std."
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, h+m > 0 && lengthTail(rest)
}

// lengthNumber reads a number opening v, with a decimal part after a
// dot or a comma, and returns its whole and decimal parts and the rest.
func lengthNumber(v string) (int, float64, string, bool) {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 4 {
		return 0, 0, v, false
	}
	n, frac := atoi(v[:i]), 0.0
	if i+1 < len(v) && (v[i] == '.' || v[i] == ',') && isDigit(v[i+1]) {
		j, scale := i+1, 0.1
		for ; j < len(v) && isDigit(v[j]); j++ {
			frac += float64(v[j]-'0') * scale
			scale /= 10
		}
		i = j
	}
	return n, frac, v[i:], true
}

// lengthUnit reads the unit opening v, after spaces: an English unit or
// a word of the vocabulary's minutes or hours, with or without its dot
// ("Std.", "Min"); in Chinese, Japanese and Korean, written without a
// space, the longest run of characters that is one ("68分钟",
// "1時間8分").
func lengthUnit(v string) (time.Duration, string) {
	v = strings.TrimLeft(v, " \t\u00a0")
	end := 0
	for end < len(v) {
		r, n := utf8.DecodeRuneInString(v[end:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '.' {
			break
		}
		end += n
	}
	first, _ := utf8.DecodeRuneInString(v)
	for end > 0 {
		if u := unitWord(v[:end]); u != 0 {
			return u, v[end:]
		}
		switch {
		case denseRune(first):
			_, n := utf8.DecodeLastRuneInString(v[:end])
			end -= n
		case v[end-1] == '.':
			end-- // "Std" of "Std.", "h" of "h."
		default:
			return 0, v
		}
	}
	return 0, v
}

// unitWord is the unit a word stands for, or 0.
func unitWord(w string) time.Duration {
	if u, n := spacedUnit([]byte(w)); n == len(w) {
		return u
	}
	switch findLocal(localLengthWords, normalize(w)) {
	case "minutes":
		return time.Minute
	case "hours":
		return time.Hour
	}
	return 0
}

// lengthTail reports what may follow a length: nothing, punctuation, or
// a note in parentheses ("68 Minuten (14:02–15:10)").
func lengthTail(rest string) bool {
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ".;"))
	return rest == "" || rest[0] == '(' && strings.HasSuffix(rest, ")")
}
