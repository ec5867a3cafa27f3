package postmortem

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexSpaced holds indexSpaced to strings.Index of the spaced
// needle, on the sample lines and generated ones of words, spaces and
// dashes, every word with both tails.
func TestIndexSpaced(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 7))
	texts := append(sampleTexts(t), " by", " by x", " — y", " - ", "by", " ", "")
	for range 30000 {
		texts = append(texts, joinedAtRandom(r, new(strings.Builder), []string{"by", "bye", "—", "–", "-", "--", "x", "chaired", "{{a}}"},
			[]string{" ", "", "  "}, 8))
	}
	for _, s := range texts {
		for _, w := range []string{"by", "—", "–", "-", "on"} {
			for _, after := range []string{"", " "} {
				if got, want := indexSpaced(s, w, after), strings.Index(s, " "+w+after); got != want {
					t.Fatalf("indexSpaced(%q, %q, %q) = %d, want %d", s, w, after, got, want)
				}
			}
		}
	}
}
