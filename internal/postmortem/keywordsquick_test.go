package postmortem

import "testing"

// wordAtByByte is keywords.wordAt as it read every word byte by byte.
func wordAtByByte(k *keywords, text string, i int) bool {
	for _, kw := range k.byFirst[text[i]|0x20-'a'] {
		if foldPrefix(text[i:], kw) {
			return true
		}
	}
	return false
}

// TestKeywordsEightAtOnce: the words of a quick test, compared with eight
// bytes of the text at once, are found where the byte-by-byte reading
// finds them, in texts of every case, with bytes past ASCII (the Kelvin
// sign and the long s, which (?i) reads as k and s) and near their end;
// and a guard set says which of its expressions may match as before.
func TestKeywordsEightAtOnce(t *testing.T) {
	k := newKeywords("alert", "all times", "recovered", "returned to normal", "declared", "incidents", "it ", "s", "time")
	texts := quickTexts(29, 20000, []string{"", "Alert", "ALL TIMES", "Returned to Normal", "\u212Aey", "\u017Fpotted"},
		"alert", "ALERT", "al", "all", " times", "TIMES", "all\ttimes", "recover", "Recovered", "RECOVERED ", "returned",
		" to normal", "to NORMAL", "declar", "ed", "incident", "s", "\u017F", "\u212A", "it", " ", "item", "x", "é", "—",
		"time", "TiMe", "\u212Aey", "12:00", "\n")
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if c := text[i] | 0x20; c < 'a' || c > 'z' || text[i] >= 0x80 {
				continue
			}
			if got, want := k.wordAt(text, i), wordAtByByte(k, text, i); got != want {
				t.Fatalf("wordAt(%q, %d) = %v, byte by byte %v", text, i, got, want)
			}
		}
	}
	sets := newWordSets(k, newKeywords("outage", "time"), nil)
	for _, text := range texts {
		want := sets.always
		for n, set := range []*keywords{k, newKeywords("outage", "time")} {
			if set.in(text) {
				want |= 1 << n
			}
		}
		if got := sets.mayMatch(text); got != want {
			t.Fatalf("mayMatch(%q) = %b, want %b", text, got, want)
		}
	}
}
