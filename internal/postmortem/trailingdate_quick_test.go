package postmortem

import (
	"math/rand"
	"slices"
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

// TestProseBetweenQuickTest: every text proseBetweenRe finds something in
// passes its quick test.
func TestProseBetweenQuickTest(t *testing.T) {
	words := []string{"Between", "between", "BETWEEN", "betweenness", "and", "14:02", "UTC", "2026-11-02", ".", "!", "data", "\n", "18:20", "PST"}
	rnd := rand.New(rand.NewSource(2))
	matched := 0
	for i := 0; i < raceScaled(20000); i++ {
		var b strings.Builder
		for n := rnd.Intn(9); n >= 0; n-- {
			b.WriteString(words[rnd.Intn(len(words))])
			b.WriteString(" \t"[rnd.Intn(2):][:1])
		}
		s := b.String()
		if proseBetweenRe.MatchString(s) {
			matched++
			if !proseBetweenWord.in(s) {
				t.Errorf("%q: the expression matches, the quick test says no", s)
			}
		}
	}
	if matched == 0 {
		t.Fatal("no text matched: the test tries nothing")
	}
}

// TestLowerPrefix: lowerPrefix answers as strings.HasPrefix of the
// lower-cased text does, for ASCII, mixed case and other scripts.
func TestLowerPrefix(t *testing.T) {
	texts := []string{"", "h", "H", "hrs", "HRS IST", "Hours", "hr", "hRs", "h IST", "hx", "ſrs", "Ꮒrs", "İhrs", "hr\u0130", "UTC", "ho", "HOURS later", "KELVIN", "\u212Ars"}
	for _, s := range texts {
		for _, w := range []string{"hrs", "hours", "hr", "h"} {
			if got, want := lowerPrefix(s, w), strings.HasPrefix(strings.ToLower(s), w); got != want {
				t.Errorf("lowerPrefix(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestZoneSaidGuarded: the guarded expression finds in a note what the
// expression alone finds, and the quick test has words to look for.
func TestZoneSaidGuarded(t *testing.T) {
	if zoneSaying.words == nil {
		t.Fatal("zoneSaidRe gives no lead words: the quick test tries every text")
	}
	for _, text := range []string{
		"Timeline (PT)", "Timestamp (IST)", "Time, UTC+05:30", "Times are in PDT", "All timestamps are IST (UTC+05:30)",
		"times in UTC+2", "timeouts at 14:02 UTC", "The time was 14:02", "Timeline (all times in CET)", "the downtime, UTC",
		"Start Time 14:02 UTC", "timeline", "", "TIMES ARE IN utc", "datetime (UTC)", "run_time (UTC)", "x.times are in EST",
	} {
		if m, want := zoneSaying.FindStringSubmatchIndex(text), zoneSaidRe.FindStringSubmatchIndex(text); !slices.Equal(m, want) {
			t.Errorf("%q: guarded %v, expression %v", text, m, want)
		}
	}
}
