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
	if n < raceScaled(1000) {
		t.Errorf("only %d texts turned away", n)
	}
}

// TestZoneQuickAnswers: the answers given without the zone expressions
// are theirs: a run of zone bytes ending in "UTC" or "GMT" ends in a
// zone, and a text without a bracket holds no zone note.
func TestZoneQuickAnswers(t *testing.T) {
	texts := quickTexts(23, 5000, []string{"UTC", "GMT", "14:02UTC", "+05UTC", "(UTC)", "[CET]", "Start (UTC)"},
		"UTC", "GMT", "+", "-", "05", ":", "30", "(", ")", "[", "]", " ", "CET", "Europe/Berlin", "x", "PT")
	for _, s := range texts {
		run := zoneRun(s)
		if got, want := zoneRunEnds(run), zoneAtEnd.MatchString(run); got != want {
			t.Errorf("%q: zone at the end %v, want %v", run, got, want)
		}
		if !strings.ContainsAny(s, "([") && noteZoneRe.MatchString(s) {
			t.Errorf("%q: a zone note without a bracket", s)
		}
	}
}

// TestMayOpenTrackerDate: trackerDateRe matches no text the quick test
// turns away, as bytes or as a string.
func TestMayOpenTrackerDate(t *testing.T) {
	texts := quickTexts(31, 20000, []string{"12/Nov/26 2:14 AM", "3-Dec-2026 14:05 UTC", "1/jan/2026", "14:02 UTC", "2026-11-02"},
		"1", "12", "/", "-", "Nov", "dec", "September.", "26", "2026", " ", ":", "x")
	turned := 0
	for _, s := range texts {
		if mayOpenTrackerDate(s) != mayOpenTrackerDate([]byte(s)) {
			t.Errorf("%q: the quick tests of bytes and string differ", s)
		}
		if !mayOpenTrackerDate(s) {
			turned++
			if trackerDateRe.MatchString(s) {
				t.Errorf("%q: turned away, the expression matches", s)
			}
		}
	}
	if turned < raceScaled(1000) {
		t.Errorf("only %d texts turned away", turned)
	}
}

// TestAtLeastFields counts fields as strings.Fields splits them.
func TestAtLeastFields(t *testing.T) {
	texts := quickTexts(37, 5000, []string{"", "a b c d", "Chaos Eng Preventable", "\u00a0a\u2003b c\td"},
		"a", " ", "\t", "\n", "\u00a0", "\u2003", "é", "bc", "\xff")
	for _, s := range texts {
		for n := 1; n <= 5; n++ {
			if got, want := atLeastFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("%q, %d: %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestMoreLetters: a label with more letters than the longest key of
// headingFieldKeys is none of them.
func TestMoreLetters(t *testing.T) {
	texts := quickTexts(41, 5000, []string{"Owner", "**Tracking issue**", "Tracking  issue", "The runbook at https", "1. Due date"},
		"owner", "due", " ", "-", "_", "*", "tracking", "issue", "DATE", "é", "x", "1.", "`")
	turned := 0
	for _, s := range append(texts, sampleLines(t)...) {
		if moreLetters(s, maxHeadingFieldKey) {
			turned++
			if k := lookupNormal(headingFieldKeys, s); k != "" {
				t.Errorf("%q: turned away, reads as %q", s, k)
			}
		}
	}
	if turned < raceScaled(1000) || maxHeadingFieldKey != len("tracking issue") {
		t.Errorf("%d turned away, longest key %d", turned, maxHeadingFieldKey)
	}
}

// TestPlaceholderWordLength: every placeholder word fits the buffer
// isPlaceholderWord lower-cases into, and one written in runes that
// lower-case to fewer bytes is still read.
func TestPlaceholderWordLength(t *testing.T) {
	for w := range placeholderWords {
		if len(w) > 16 {
			t.Errorf("%q is longer than 16 bytes", w)
		}
	}
	if !isPlaceholderWord("FIXME") || !isPlaceholderWord("UNKNOWN") || isPlaceholderWord(strings.Repeat("\u212a", 17)) {
		t.Error("placeholder words misread")
	}
}
