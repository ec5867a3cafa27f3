package postmortem

import (
	"strings"
	"testing"
	"time"
)

// dottedDigitsByByte is dottedDigits as it was first written: each byte
// asked whether it is a dot or a slash between two digits.
func dottedDigitsByByte(b []byte) bool {
	for k := 1; k+1 < len(b); k++ {
		if (b[k] == '.' || b[k] == '/') && isDigit(b[k-1]) && isDigit(b[k+1]) {
			return true
		}
	}
	return false
}

// epochTrimmed is epoch without its quick test.
func epochTrimmed(s string) (time.Time, bool) {
	for _, z := range []string{" UTC", " GMT", "Z"} {
		s = strings.TrimSuffix(s, z)
	}
	if len(s) != 10 && len(s) != 13 || digitRunEnd(s, 0) != len(s) {
		return time.Time{}, false
	}
	return epoch(s)
}

// TestStampQuickTests: dottedDigits finds by IndexByte what a loop over
// every byte finds, and epoch's quick test rules out no value the trims
// would have read, over random texts of digits, marks and zones.
func TestStampQuickTests(t *testing.T) {
	texts := quickTexts(17, 20000, []string{"", "1.2", "1/2", "./1", "1.", ".1", "26.11 18:00", "1795061520", "1795061520000 UTC",
		"1795061520Z GMT UTC", "1795061520000Z GMT UTC"},
		"1", "12", ".", "/", " ", "a", "Z", " UTC", " GMT", "1795061520", "000", "wt. ", "**", "14:02")
	for _, text := range texts {
		if got, want := dottedDigits([]byte(text)), dottedDigitsByByte([]byte(text)); got != want {
			t.Errorf("dottedDigits(%q) = %v, byte by byte %v", text, got, want)
		}
		gt, gok := epoch(text)
		wt, wok := epochTrimmed(text)
		if gok != wok || !gt.Equal(wt) {
			t.Errorf("epoch(%q) = %v %v, without the quick test %v %v", text, gt, gok, wt, wok)
		}
	}
}
