package postmortem

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTrailingDateQuickTest: the quick test passes every text that
// trailingDateRe finds something in, over every short text of the
// characters that matter and random longer ones.
func TestTrailingDateQuickTest(t *testing.T) {
	const alphabet = "oOnN ,\t\fxé"
	check := func(s string) {
		if trailingDateRe.MatchString(s) && !mayHoldTrailingDate(s) {
			t.Errorf("%q: the expression matches, the quick test says no", s)
		}
		if !trailingDateRe.MatchString(s) && mayHoldTrailingDate(s) && !strings.Contains(s, ",") {
			t.Errorf("%q: the quick test passes a text the expression does not match", s)
		}
	}
	// every text of up to four characters of the alphabet, counting in
	// base len(alphabet)+1 with 0 for no character
	runes := []rune(alphabet)
	for code := 0; code < pow(len(runes)+1, 4); code++ {
		var b strings.Builder
		for c := code; c > 0; c /= len(runes) + 1 {
			if d := c % (len(runes) + 1); d > 0 {
				b.WriteRune(runes[d-1])
			}
		}
		check(b.String())
	}
	rnd := rand.New(rand.NewSource(1))
	words := []string{"UTC", "on", "On", "ON", "2026-09-14", "Sep", "14,", "connection", "\t", "PT", "once", "upon", "on\n"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rnd.Intn(8); n >= 0; n-- {
			b.WriteString(words[rnd.Intn(len(words))])
			b.WriteString(" \t"[rnd.Intn(2):][:1])
		}
		check(strings.TrimSpace(b.String()))
	}
}

func pow(b, n int) int {
	p := 1
	for ; n > 0; n-- {
		p *= b
	}
	return p
}
