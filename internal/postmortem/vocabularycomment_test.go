package postmortem

import (
	"fmt"
	"testing"
)

// A comment after a key's list keeps the list; before, the generator
// dropped the key's words without a word.
func TestVocabularyListWithComment(t *testing.T) {
	got := parseVocabulary("months:\n  12: [prosinac, prosinca] # December\n  11: [\"a # b\", c]  # a hash in quotes\n")
	want := map[string]map[string][]string{"months": {"12": {"prosinac", "prosinca"}, "11": {"a # b", "c"}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// A key's line that is no list fails the generator rather than drop it.
func TestVocabularyUnreadableLinePanics(t *testing.T) {
	for _, src := range []string{
		"months:\n  12: [prosinac, prosinca # December\n",
		"months:\n  12: prosinac\n",
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%q: read without complaint", src)
				}
			}()
			parseVocabulary(src)
		}()
	}
}
