package lint

import (
	"math/rand"
	"regexp"
	"testing"
)

// The pattern opensWithTime replaced; the scanner must agree with it.
var opensWithTimeRe = regexp.MustCompile(`^[\s*_\x60\[(]*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}`)

func TestOpensWithTimeAgreesWithPattern(t *testing.T) {
	cases := []string{
		"", "14:02", "**14:02 UTC** x", "2026-11-02 14:02", "2026-11-02T4:02", "[14:02]", "`9:30`",
		"123:45", "1:2", "12:3x", "2026-11-02", "2026-11-02 ", "2026-11-0214:02", "20:26-11-02",
		" \t\n(_*[ 7:05", "x 14:02", "2026-1-02 14:02", "2026-11-02X14:02", "٣:٤٥",
	}
	rnd := rand.New(rand.NewSource(1))
	const alphabet = "0123456789:-T *_`[( x"
	for range 20000 {
		b := make([]byte, rnd.Intn(18))
		for k := range b {
			b[k] = alphabet[rnd.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := opensWithTime(s), opensWithTimeRe.MatchString(s); got != want {
			t.Errorf("opensWithTime(%q) = %v, want %v", s, got, want)
		}
	}
}
