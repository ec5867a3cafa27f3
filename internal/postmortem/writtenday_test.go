package postmortem

import (
	"strings"
	"testing"
)

// TestOpensWithNoWrittenDay: where the quick test says a text opening
// with a digit opens no written date, none of the four expressions of
// writtenDatePrefix matches it.
func TestOpensWithNoWrittenDay(t *testing.T) {
	texts := quickTexts(11, 20000, []string{"14:02 UTC", "14 Sep 14:02", "14th September 2026", "3 March 2025", "1ſt May 2026 10:00",
		"14\tSep, 14:02", "143 Sep 2026", "9 sep. 2026"},
		"1", "4", "14", ":", " ", "\t", "th", "ſt", "st ", "Sep", "September", "2026", ",", "10:00", "at ", "x", ".", "-")
	for _, l := range sampleLines(t) {
		texts = append(texts, strings.TrimLeft(l, "-*| "))
	}
	n := 0
	for _, s := range texts {
		if !opensWithNoWrittenDay(s) {
			continue
		}
		n++
		for _, re := range []*lazyRegexp{dayMonthYearRe, monthDayYearRe, monthDayRe, dayMonthRe} {
			if re.MatchString(s) {
				t.Errorf("%q: the quick test says no written date, %s matches", s, re)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d texts turned away", n)
	}
}
