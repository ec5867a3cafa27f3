package lint

import (
	"math/rand"
	"regexp"
	"testing"
)

// The pattern opensWithTime replaced, with the up to three words that
// may lead to the time and the dotted clock after them; the scanner
// must agree with it.
var opensWithTimeRe = regexp.MustCompile(`^[\s*_\x60\[(]*(?:(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}|` +
	`(?:[^ \d]+ [\s*_\x60\[(]*){1,3}(?:\d{1,2}:\d{2}|(?:[01]?\d|2[0-3])\.[0-5]\d(?:\D|$)))`)

func TestOpensWithTimeAgreesWithPattern(t *testing.T) {
	cases := []string{
		"", "14:02", "**14:02 UTC** x", "2026-11-02 14:02", "2026-11-02T4:02", "[14:02]", "`9:30`",
		"123:45", "1:2", "12:3x", "2026-11-02", "2026-11-02 ", "2026-11-0214:02", "20:26-11-02",
		" \t\n(_*[ 7:05", "x 14:02", "2026-1-02 14:02", "2026-11-02X14:02", "٣:٤٥",
		"At 14:02 the pool filled", "Between 07:45 and 09:10", "Alle 7.58 un autista", "Kl. 08.41 larm", "**At** 9:30",
		"Around noon the queue grew", "At 24.00", "At 7.589", "Rate at 1.5x", "Tra le 7.45 e le 9.10", "one two three four 14:02",
	}
	rnd := rand.New(rand.NewSource(1))
	const alphabet = "0123456789:.-T *_`[( xA"
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

// An event told after a word or two that lead to its time ("At 14:02",
// "Alle 7.58") has its timestamp; one told only relative to another
// does not.
func TestEventTimeAfterLeadingWords(t *testing.T) {
	fs := lintText(t, DefaultOptions(), "# Outage\n\n**Date:** 2026-11-30 · all times UTC\n\n## What happened\n\n"+
		"- At 5:30 the nightly load ran without errors\n- Between 7:45 and 9:10 the validators rejected tickets\n"+
		"- Alle 7.58 un autista ha chiamato la centrale\n- Thirteen minutes later the incident was opened\n")
	var lines []int
	for _, f := range fs {
		if f.Rule == ruleUntimedEvent {
			lines = append(lines, f.Line)
		}
	}
	if len(lines) != 1 || lines[0] != 10 {
		t.Errorf("untimed events on lines %v, want only line 10", lines)
	}
}
