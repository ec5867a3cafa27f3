package postmortem

import (
	"bytes"
	"strings"
	"testing"
)

// trimNumbering, which steps over the numbering bytes by table, reads
// what trimming them as a cut set reads, in the repository's documents
// and in texts of digits, dots, parentheses, spaces and letters.
func TestTrimNumberingAsCutSet(t *testing.T) {
	texts := append(repoDocLines(t), randomTexts(51, 5000, 12, "0123456789.) aZ8D\u00e9")...)
	for _, s := range texts {
		want := strings.TrimLeft(s, "0123456789.) ")
		if n := len(s) - len(want); n > 0 && want != "" && isDigit(s[n-1]) && (want[0]|0x20 >= 'a' && want[0]|0x20 <= 'z') {
			want = s
		}
		if got := trimNumbering(s); got != want {
			t.Fatalf("trimNumbering(%q) = %q, trimming the cut set gives %q", s, got, want)
		}
	}
}

// The heading phrases are looked for with a space on either side, made
// once: each is its phrase so spaced.
func TestSpacedHeadingPhrases(t *testing.T) {
	if len(spacedHeadingPhrases) != len(headingVocabulary) {
		t.Fatalf("%d spaced phrases for %d phrases", len(spacedHeadingPhrases), len(headingVocabulary))
	}
	for i, hp := range headingVocabulary {
		if spacedHeadingPhrases[i] != " "+hp.phrase+" " {
			t.Errorf("spaced phrase %d is %q, want %q", i, spacedHeadingPhrases[i], " "+hp.phrase+" ")
		}
	}
}

// trimLeftSet and trimRightSet, which step over a cut set's ASCII bytes
// by table, trim what strings.TrimLeft and strings.TrimRight trim, and
// trimRightBytes, trimBytes and anyByte read as bytes.TrimRight,
// strings.Trim and strings.ContainsAny read, in the repository's documents and in texts
// of the cut sets' characters, other marks, letters, characters past
// ASCII (the dashes' bytes alone among them) and broken bytes.
func TestCutSetsAsStrings(t *testing.T) {
	texts := append(repoDocLines(t), randomTexts(52, 20000, 10, " *_)]:,-\u2014\u2013a.(/&`\u00e9\xe2\x80\x94\xff\t\r\n")...)
	for _, s := range texts {
		for _, c := range []struct {
			cutset string
			ascii  [256]bool
		}{{entryOpeners, entryOpenerBytes}, {entryClosers, entryCloserBytes}, {"x\u00e9", asciiCutSet("x\u00e9")}} {
			if got, want := trimLeftSet(s, c.cutset, &c.ascii), strings.TrimLeft(s, c.cutset); got != want {
				t.Fatalf("trimLeftSet(%q, %q) = %q, strings.TrimLeft gives %q", s, c.cutset, got, want)
			}
			if got, want := trimRightSet(s, c.cutset, &c.ascii), strings.TrimRight(s, c.cutset); got != want {
				t.Fatalf("trimRightSet(%q, %q) = %q, strings.TrimRight gives %q", s, c.cutset, got, want)
			}
		}
		if got, want := string(trimRightBytes([]byte(s), &lineEndSpaces)), string(bytes.TrimRight([]byte(s), " \t\r\n")); got != want {
			t.Fatalf("trimRightBytes(%q) = %q, bytes.TrimRight gives %q", s, got, want)
		}
		if got, want := trimBytes(s, &valueMarks), strings.Trim(s, "*_`"); got != want {
			t.Fatalf("trimBytes(%q) = %q, strings.Trim gives %q", s, got, want)
		}
		if got, want := anyByte(s, &labelMarkBytes), strings.ContainsAny(s, "/()&"); got != want {
			t.Fatalf("anyByte(%q) = %v, strings.ContainsAny gives %v", s, got, want)
		}
	}
}

// hasDigit, which reads eight bytes at a time, finds a digit where
// reading a byte at a time does, in the repository's documents and in
// texts of letters, digits, the bytes around them and bytes past ASCII
// whose low bits are a digit's.
func TestHasDigitAsByBytes(t *testing.T) {
	texts := append(repoDocLines(t), randomTexts(53, 20000, 40, "aaaaaaaaaaaaaaaaaaaa/:09\xb0\xb9\xff")...)
	for _, s := range texts {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
		if got := hasDigit(s); got != want {
			t.Fatalf("hasDigit(%q) = %v, reading a byte at a time gives %v", s, got, want)
		}
	}
}

// mayHoldParts, which looks for the separators of a line's parts from
// their rarest byte, says what strings.Contains says of each, in the
// repository's documents and in texts of spaces, middle dots, their
// bytes alone, pipes, asterisks and letters.
func TestMayHoldPartsAsContains(t *testing.T) {
	texts := append(repoDocLines(t), randomTexts(54, 20000, 12, "  \u00b7\xc2\xb7|**a")...)
	for _, s := range texts {
		want := strings.IndexByte(s, '|') >= 0 || strings.Contains(s, " \u00b7 ") || strings.Contains(s, "  *")
		if got := mayHoldParts(s); got != want {
			t.Fatalf("mayHoldParts(%q) = %v, strings.Contains gives %v", s, got, want)
		}
	}
}
