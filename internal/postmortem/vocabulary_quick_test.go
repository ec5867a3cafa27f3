package postmortem

import (
	"strings"
	"testing"
)

// trimNumbering, which steps over the numbering bytes by table, reads
// what trimming them as a cut set reads, in the repository's documents
// and in texts of digits, dots, parentheses, spaces and letters.
func TestTrimNumberingAsCutSet(t *testing.T) {
	texts := append(repoDocLines(t), randomTexts(51, 5000, 12, "0123456789.) aZ8D\u00e9")...)
	for _, s := range texts {
		want := strings.TrimLeft(s, "0123456789.) ")
		if n := len(s) - len(want); n > 0 && want != "" && isDigit(s[n-1]) && (want[0]|0x20 >= 'a' && want[0]|0x20 <= 'z') {
			want = s
		}
		if got := trimNumbering(s); got != want {
			t.Fatalf("trimNumbering(%q) = %q, trimming the cut set gives %q", s, got, want)
		}
	}
}

// The heading phrases are looked for with a space on either side, made
// once: each is its phrase so spaced.
func TestSpacedHeadingPhrases(t *testing.T) {
	if len(spacedHeadingPhrases) != len(headingVocabulary) {
		t.Fatalf("%d spaced phrases for %d phrases", len(spacedHeadingPhrases), len(headingVocabulary))
	}
	for i, hp := range headingVocabulary {
		if spacedHeadingPhrases[i] != " "+hp.phrase+" " {
			t.Errorf("spaced phrase %d is %q, want %q", i, spacedHeadingPhrases[i], " "+hp.phrase+" ")
		}
	}
}
