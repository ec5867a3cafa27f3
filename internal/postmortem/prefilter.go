package postmortem

import "strings"

// keywords is a quick test for regular expressions whose every match
// holds one of some words at a word boundary: texts without any of the
// words are spared the regular expression. It reads a text once, without
// allocating, looking only at word starts.
type keywords struct {
	byFirst [26][]string // lower-case words, by their first letter
}

// newKeywords makes a test for words (lower-case ASCII, starting with a
// letter; matched as prefixes, without regard to case; a word may end in
// a space to need one).
func newKeywords(words ...string) *keywords {
	k := &keywords{}
	for _, w := range words {
		k.byFirst[w[0]-'a'] = append(k.byFirst[w[0]-'a'], w)
	}
	return k
}

// in reports whether a word of text starts with one of the words.
func (k *keywords) in(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c < 'a' || c > 'z' || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		for _, w := range k.byFirst[c-'a'] {
			if len(text)-i >= len(w) && strings.EqualFold(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// isWordByte reports a byte of \w: a letter, a digit or an underscore.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// mayContainExact reports whether text holds any of needles, with case.
func mayContainExact(text string, needles ...string) bool {
	for _, n := range needles {
		if strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// hasDigit reports whether text holds an ASCII digit.
func hasDigit(text string) bool {
	return strings.ContainsAny(text, "0123456789")
}
