package postmortem

import (
	"strings"
	"unicode/utf8"
)

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
func (k *keywords) in(text string) bool { return k.index(text, 0) >= 0 }

// index returns the first place at or after from where a word of text
// starts with one of the words, or -1.
func (k *keywords) index(text string, from int) int {
	prevWord := from > 0 && wordBytes[text[from-1]]
	for i := from; i < len(text); i++ {
		b := text[i]
		w := wordBytes[b]
		if w && !prevWord {
			if c := b | 0x20; c >= 'a' && c <= 'z' {
				for _, kw := range k.byFirst[c-'a'] {
					if foldPrefix(text[i:], kw) {
						return i
					}
				}
			}
		}
		prevWord = w
	}
	return -1
}

// foldPrefix reports whether text starts with word (lower-case ASCII)
// without regard to case, as (?i) reads it: the Kelvin sign is a k there,
// and the long s an s.
func foldPrefix(text, word string) bool {
	i := 0
	for j := 0; j < len(word); j++ {
		if i >= len(text) {
			return false
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(r == '\u212A' && word[j] == 'k' || r == '\u017F' && word[j] == 's') {
			return false
		}
		i += n
	}
	return true
}

// wordBytes are the bytes of \w: letters, digits and the underscore.
var wordBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
	}
	return t
}()

// isWordByte reports a byte of \w: a letter, a digit or an underscore.
func isWordByte(b byte) bool { return wordBytes[b] }

// onlyBytes reports whether every byte of s is in set.
func onlyBytes(s, set string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

// isLetters reports whether s is ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// hasDigit reports whether text holds an ASCII digit.
func hasDigit(text string) bool {
	return strings.ContainsAny(text, "0123456789")
}
