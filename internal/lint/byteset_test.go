package lint

import (
	"bytes"
	"strings"
	"testing"
)

// TestByteTables holds the tables of bytes to the searches they replace:
// the ends and trailing marks of a URL to strings.ContainsRune, every
// byte; trimQuoteIndent to bytes.TrimLeft, over lines of quotes, indents
// and text.
func TestByteTables(t *testing.T) {
	for c := 0; c < 256; c++ {
		if got, want := langURLEnds[c], strings.ContainsRune(" \t\r\n<>\"`", rune(c)); got != want {
			t.Errorf("URL end %#x: %v, want %v", c, got, want)
		}
		if got, want := langURLTrails[c], strings.ContainsRune(".,;:!?)]'", rune(c)); got != want {
			t.Errorf("URL trail %#x: %v, want %v", c, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		want := false
		for _, p := range tracePrefixes {
			want = want || p[0] == byte(c)
		}
		if traceFirstBytes[c] != want {
			t.Errorf("trace first byte %#x: %v, want %v", c, traceFirstBytes[c], want)
		}
	}
	for _, w := range []string{"WARN", "ERROR:", "INFO]", "Jan", "Dec", "The", "Priya", "JANUARY", "Error", "E:", "W", "May:", "WARNINGS", "I"} {
		want := logLevels[strings.TrimRight(w, ":]")] || months[w]
		if got := levelOrMonth([]byte(w)); got != want {
			t.Errorf("levelOrMonth(%q) = %v, want %v", w, got, want)
		}
	}
	for _, l := range []string{"", ">", "> > x", "\t  > code", " \t>", "x > y", ">\u00a0a", "\v> b", "  \r\n"} {
		if got, want := trimQuoteIndent([]byte(l)), bytes.TrimLeft([]byte(l), "> \t"); !bytes.Equal(got, want) {
			t.Errorf("%q: %q, want %q", l, got, want)
		}
	}
}
