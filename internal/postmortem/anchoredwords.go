package postmortem

import (
	mathbits "math/bits"
	"strings"
)

// anchoredWords reads a text for the words of a guard set as mayMatchAt
// does, but from the places where one of a few rarer letters stands,
// which strings.IndexByte finds many bytes at a time, rather than from
// every word start. Every word holds one of the letters (its anchor) a
// fixed number of bytes after its start: no letter before it may be
// written with more bytes, as foldPrefix reads the Kelvin sign as a k
// and the long s as an s, and no rune beyond ASCII is read as the anchor
// or as the letters before it.
type anchoredWords struct {
	set     *guardSet
	anchors []wordAnchor
}

// wordAnchor is a letter and the places, after the starts of the words
// it anchors, where it stands in them.
type wordAnchor struct {
	letter  byte // lower case
	offsets []int
}

// newAnchoredWords anchors each word of set at the first of letters
// (lower-case ASCII, none of them k or s) it holds before a k or an s.
func newAnchoredWords(set *guardSet, letters string) *anchoredWords {
	a := &anchoredWords{set: set}
	for _, words := range set.words.byFirst {
		for _, w := range words {
			at := strings.IndexAny(w, letters)
			if at < 0 || strings.ContainsAny(w[:at], "ks") {
				panic("newAnchoredWords: no anchor in " + w)
			}
			a.add(w[at], at)
		}
	}
	return a
}

// add files an anchor's letter at one more place.
func (a *anchoredWords) add(letter byte, at int) {
	for i := range a.anchors {
		if a.anchors[i].letter == letter {
			if !containsInt(a.anchors[i].offsets, at) {
				a.anchors[i].offsets = append(a.anchors[i].offsets, at)
			}
			return
		}
	}
	a.anchors = append(a.anchors, wordAnchor{letter: letter, offsets: []int{at}})
}

// containsInt reports whether n is one of ns.
func containsInt(ns []int, n int) bool {
	for _, m := range ns {
		if m == n {
			return true
		}
	}
	return false
}

// mayMatchAt is guardSet.mayMatchAt: the guards a word of text leads, and
// in first, where given, the place the first of each guard's words
// starts.
func (a *anchoredWords) mayMatchAt(text string, first []int) uint32 {
	bits := a.set.always
	for _, anchor := range a.anchors {
		for _, c := range [2]byte{anchor.letter, anchor.letter - 'a' + 'A'} {
			for j := strings.IndexByte(text, c); j >= 0; {
				for _, o := range anchor.offsets {
					bits = a.matchAt(text, j-o, bits, first)
				}
				k := strings.IndexByte(text[j+1:], c)
				if k < 0 {
					break
				}
				j += 1 + k
			}
		}
	}
	return bits
}

// matchAt adds to bits the guards whose words start at text[i:], where
// a word of text starts there, noting in first where one starts first.
func (a *anchoredWords) matchAt(text string, i int, bits uint32, first []int) uint32 {
	if i < 0 || !a.set.words.opens[text[i]] || i > 0 && wordBytes[text[i-1]] {
		return bits
	}
	c := text[i] | 0x20 - 'a'
	lx, ascii := lowerAt(text, i)
	for j := range a.set.heads[c] {
		h := &a.set.heads[c][j]
		if ascii && !h.long && lx&h.mask == h.head || (!ascii || h.long) && a.set.words.startsLong(text, i, lx, ascii, c, j) {
			n := mathbits.TrailingZeros32(h.own)
			if first != nil && (bits&h.own == 0 || i < first[n]) {
				first[n] = i
			}
			bits |= h.own
		}
	}
	return bits
}
