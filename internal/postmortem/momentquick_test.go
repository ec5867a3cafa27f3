package postmortem

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mayTellMomentByRune is mayTellMoment as it was first written: a rune
// at a time, then a search for each clock word.
func mayTellMomentByRune(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(r) {
				return true
			}
		}
	}
	return strings.Contains(text, " Uhr") || strings.Contains(text, " uur") || strings.Contains(text, "kl.") || strings.Contains(text, "Kl.") || strings.Contains(text, "klo ")
}

// TestMayTellMomentQuick: the quick test of another language's summary
// answers as the plain one does, over texts long enough for its 32-byte
// steps and short ones, with letters, marks and clock words anywhere.
func TestMayTellMomentQuick(t *testing.T) {
	long := strings.Repeat("The checkout API began returning 502 errors. ", 3)
	texts := quickTexts(13, 20000, []string{"", "kl.", "Kl.", "klo ", " Uhr", " uur", "Uhr", "uur", "klo", "k", "ä", "—", "’"},
		long, "x", " ", "k", "l", ".", "o", "U", "u", "h", "r", "kl", "K", " U", " u", "ä", "—", "’", "時", "\u2071",
		"\xff", "\xe2\x80", "\n", "07:31", "ok ", "Uhrzeit", "sku ")
	for n := range 100 { // a mark or a letter after every length of ASCII
		for _, tail := range []string{"ä", "—", "—ä", "’ x", "kl.", " uur"} {
			texts = append(texts, strings.Repeat("a", n)+tail, strings.Repeat("a", n)+tail+long)
		}
	}
	for _, text := range texts {
		if got, want := mayTellMoment(text), mayTellMomentByRune(text); got != want {
			t.Errorf("%q: the quick test says %v, the plain one %v", text, got, want)
		}
	}
}
