package postmortem

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHoldsCheckMark holds holdsCheckMark to a search for each mark, on
// the sample lines and generated ones of marks, dashes and their bytes.
func TestHoldsCheckMark(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 4))
	lines := sampleLines(t)
	for range 30000 {
		lines = append(lines, joinedAtRandom(r, new(strings.Builder), []string{"✅", "✔", "☑", "✓", "—", "–", "x", "\xe2", "\xe2\x9c", "\x9c\x85"},
			[]string{" ", ""}, 5))
	}
	marked := 0
	for _, l := range lines {
		want := false
		for _, m := range []string{"✅", "✔", "☑", "✓"} {
			want = want || bytes.Contains([]byte(l), []byte(m))
		}
		if got := holdsCheckMark([]byte(l)); got != want {
			t.Fatalf("%q: got %v, want %v", l, got, want)
		}
		if want {
			marked++
		}
	}
	if marked < 1000 {
		t.Errorf("only %d lines hold a mark", marked)
	}
}
