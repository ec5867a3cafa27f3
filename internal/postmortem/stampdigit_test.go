package postmortem

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// stampPieces are what the generated entries open with: stamps of every
// form stampAt reads, near misses, and the words and marks around them.
var stampPieces = []string{
	"14:02", "9:05", "14:02:33", "14:02:33.5", "2026-11-02", "2026/11/2", "11/02/2026", "02-13-2025", "1.", "3.2", "12.",
	"1700000000", "1700000000000", "3", "14th", "November", "Nov", "2026", "12/September./2026", "12-Sep-2026",
	"Mon", "Tuesday", "UTC", "PST", "Europe/Paris", "(CET)", "pm", "PM", "am", "T", "+5m", "T+1h04m", "-", "—",
	"<time:2026-11-02T14:02>", "[ana", "14:02]", "`14:02`", "~", "about", "approx.", "Update:", "at", "on", "**",
	"_", "[", "(", ")", "x", "The", "queue", "paged", "Taipei", "time", "0", "00", "123:45",
	"3 November 2026 14:02", "14th Nov, 2026 at 9:05 pm PST", "21 March 14:02:33 UTC", "1 Jan 2026, 00:00",
}

var stampGaps = []string{" ", " ", "  ", "", "\t", ", ", " - ", "T", ":", "\n"}

// generatedStampText joins pieces and gaps at random, most opening with a
// digit.
func generatedStampText(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(4) > 0 {
		b.WriteByte(byte('0' + r.IntN(10)))
	}
	return joinedAtRandom(r, &b, stampPieces, stampGaps, 6)
}

// TestStampDigitOpening holds stampAt, which passes over the openings of
// words and marks where a text starts with a digit, to stampOf reading
// them all, on the lines of the sample documents and generated entries.
func TestStampDigitOpening(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	var texts []string
	for _, l := range sampleLines(t) {
		texts = append(texts, l, strings.TrimLeft(l, "-*|> "))
	}
	for range 50000 {
		texts = append(texts, generatedStampText(r))
	}
	digits := 0
	for _, text := range texts {
		src := []byte(text)
		p := &parser{src: src, doc: &Document{Source: src}}
		s := Span{0, len(src)}
		if got, want := p.stampAt(s), p.stampOf(s, true); got != want {
			t.Fatalf("%q: stampAt %v, reading every opening %v", text, got, want)
		}
		if text != "" && isDigit(text[0]) {
			digits++
		}
	}
	if digits < 10000 {
		t.Fatalf("only %d texts open with a digit", digits)
	}
}

// FuzzStampDigitOpening holds stampAt to stampOf reading every opening.
func FuzzStampDigitOpening(f *testing.F) {
	for _, s := range []string{"14:02 UTC paged", "3 Nov 2026 14:02", "1. 14:02", "12/September./2026 14:02 x", "1700000000 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		src := []byte(text)
		p := &parser{src: src, doc: &Document{Source: src}}
		s := Span{0, len(src)}
		if got, want := p.stampAt(s), p.stampOf(s, true); got != want {
			t.Fatalf("%q: stampAt %v, reading every opening %v", text, got, want)
		}
	})
}
