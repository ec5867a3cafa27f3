package postmortem

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// indexByWords is keywords.index read the slow way: every word start at
// or after from, every word, by foldPrefix.
func indexByWords(k *keywords, text string, from int) int {
	for i := from; i < len(text); i++ {
		if !wordBytes[text[i]] || i > 0 && wordBytes[text[i-1]] {
			continue
		}
		for _, words := range k.byFirst {
			for _, w := range words {
				if foldPrefix(text[i:], w) {
					return i
				}
			}
		}
	}
	return -1
}

// keywordSets are the sets the parser reads with, and a few of words
// that open with common letters, so that many word starts are looked at.
func keywordSets() []*keywords {
	sets := append([]*keywords{}, paragraphSets...)
	sets = append(sets, paragraphWords.words, zoneNoteWords.words, markerWords.words,
		newKeywords("the", "a", "in"), newKeywords(spaced("it")...), newKeywords("s", "k", "t_x", "x9"))
	return sets
}

// keywordPieces are what the generated texts are made of: words, their
// near misses and what may stand between them, in runs that cross the
// eight bytes index reads at a time.
var keywordPieces = []string{
	"the", "The", "THE", "time", "Times", "all", "all times", "ALL DATES", "in", "it", "it\t", "It ", "its", "from",
	"on", "ON", "by", "by\n", "back", "fully", "restored", "outage", "incident", "impact", "errors", "jan", "Mar",
	"a", "s", "k", "t_x", "x9", "_", "9", "2026-11-02", "14:02", "\u212a", "\u017f", "é", "ſtarted", "Ke\u212a",
	"abcdefgh", "abcdefghijklmnop", "x", "@", "[", "`", "{",
}

var keywordGaps = []string{" ", "", "", "  ", "\t", ", ", ". ", "-", "_", "\n", "(", ") ", "\u00a0", "0"}

// joinedAtRandom appends to b up to most pieces, each with a gap after
// it, taken at random.
func joinedAtRandom(r *rand.Rand, b *strings.Builder, pieces, gaps []string, most int) string {
	for n := r.IntN(most); n >= 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
		b.WriteString(gaps[r.IntN(len(gaps))])
	}
	return b.String()
}

// TestKeywordsIndexAgrees holds keywords.index, which reads eight bytes
// at a time, to indexByWords, from every place of generated texts and of
// the sample documents' lines.
func TestKeywordsIndexAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	texts := sampleTexts(t)
	for range 20000 {
		texts = append(texts, joinedAtRandom(r, new(strings.Builder), keywordPieces, keywordGaps, 12))
	}
	for _, k := range keywordSets() {
		for _, text := range texts {
			for from := 0; from <= len(text); from += 1 + r.IntN(8) {
				if got, want := k.index(text, from), indexByWords(k, text, from); got != want {
					t.Fatalf("index(%q, %d) = %d, want %d", text, from, got, want)
				}
			}
		}
	}
}

// FuzzKeywordsIndex holds keywords.index to indexByWords on any text.
func FuzzKeywordsIndex(f *testing.F) {
	f.Add("All times are UTC", 0)
	f.Add("xx_time the Time", 3)
	f.Add("éé ſtart \u212aey all dates", 1)
	sets := keywordSets()
	f.Fuzz(func(t *testing.T, text string, from int) {
		if from < 0 || from > len(text) {
			return
		}
		for _, k := range sets {
			if got, want := k.index(text, from), indexByWords(k, text, from); got != want {
				t.Fatalf("index(%q, %d) = %d, want %d", text, from, got, want)
			}
		}
	})
}

// TestAnchoredWordsAgree holds zoneNoteAnchors, which reads from the
// l's and m's of a text, to the guard set it reads for: the same guards
// and, for each, the same first place, over generated texts and the
// sample documents' lines.
func TestAnchoredWordsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 17))
	texts := sampleTexts(t)
	pieces := append([]string{"date fields", "Date Fields", "all hours", "ALL CLOCK TIMES", "timestamps", "TimeſTamps",
		"times in the", "Times In This", "ml", "LM", "l", "m"}, keywordPieces...)
	for range 20000 {
		texts = append(texts, joinedAtRandom(r, new(strings.Builder), pieces, keywordGaps, 12))
	}
	for _, text := range texts {
		var got, want [wordSets]int
		if g, w := zoneNoteAnchors.mayMatchAt(text, got[:]), zoneNoteWords.mayMatchAt(text, want[:]); g != w || got != want {
			t.Fatalf("mayMatchAt(%q) = %b %v, want %b %v", text, g, got, w, want)
		}
	}
}
