package postmortem

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// dashSeparatorByIndex is dashSeparator as a search for each dash in
// turn: what spacedDashes must agree with.
func dashSeparatorByIndex(line []byte) (int, int) {
	for _, d := range [][]byte{[]byte(" — "), []byte(" – ")} {
		if i := bytes.Index(line, d); i > 0 {
			return i, len(d)
		}
	}
	return -1, 0
}

// TestDashSeparator holds dashSeparator to a search for each dash, on
// the sample lines and on generated ones of dashes, spaces and other
// runes that open with the dashes' lead byte.
func TestDashSeparator(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	lines := sampleLines(t)
	for range 50000 {
		var b strings.Builder
		if r.IntN(2) == 0 {
			b.WriteByte(' ') // a dash may open the line
		}
		lines = append(lines, joinedAtRandom(r, &b, []string{"—", "–", "-", "’", "…", "x", "Label", ":", "é", "\xe2", "\xe2\x80"},
			[]string{" ", "", "", "  "}, 8))
	}
	found := 0
	for _, l := range lines {
		got, gotN := dashSeparator([]byte(l))
		want, wantN := dashSeparatorByIndex([]byte(l))
		if got != want || gotN != wantN {
			t.Fatalf("%q: got %d, %d; want %d, %d", l, got, gotN, want, wantN)
		}
		if got > 0 {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d lines hold a dash between spaces", found)
	}
}
