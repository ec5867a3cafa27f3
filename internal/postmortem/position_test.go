package postmortem

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// positionByRunes is Position as it was read before its quick paths: a
// search of the line starts, and the line's runes decoded one by one.
func positionByRunes(d *Document, offset int) (line, col int) {
	offset = max(0, min(offset, len(d.Source)))
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > offset }) - 1
	b, off := d.Source[d.lines[i]:], offset-d.lines[i]
	col = 1
	for j := 0; j < off; col++ {
		_, n := utf8.DecodeRune(b[j:])
		if j+n > off {
			break
		}
		j += n
	}
	return i + 1, col
}

// Position and Line, which count ASCII without decoding and search the
// line starts without a closure, give at every offset what decoding
// every rune gives, in the repository's documents and in texts of
// ASCII, multi-byte characters, broken ones and line breaks.
func TestPositionAsDecodingRunes(t *testing.T) {
	texts := randomTexts(31, 3000, 90, "ab \n\r\tü€\xe2\x82\xff0")
	texts = append(texts, randomTexts(32, 300, 400, "abcdefgh \nü")...)
	texts = append(texts, repoDocs(t)...)
	for _, text := range texts {
		src := []byte(text)
		d := &Document{Source: src, lines: lineStarts(src)}
		for off := -2; off <= len(src)+2; off++ {
			wantLine, wantCol := positionByRunes(d, off)
			if line, col := d.Position(off); line != wantLine || col != wantCol {
				t.Fatalf("Position(%d) of %q = %d:%d, decoding every rune gives %d:%d", off, text, line, col, wantLine, wantCol)
			}
			if line := d.Line(off); line != wantLine {
				t.Fatalf("Line(%d) of %q = %d, want %d", off, text, line, wantLine)
			}
		}
	}
}

// TestLineIndexByBlocks holds lineIndex, which starts from the line of
// the offset's block of bytes, to a search of all the lines, at every
// offset of sources of short, long, blank and CRLF lines.
func TestLineIndexByBlocks(t *testing.T) {
	long := strings.Repeat("x", 150)
	for _, src := range []string{"", "a", "\n", "\n\n\n", "a\nb", long, long + "\n" + long + "\n", strings.Repeat("\n", 200),
		strings.Repeat("ab\r\n", 70), "a\n" + long + "\n\n\nb\n" + strings.Repeat("c\n", 40) + long} {
		lines := lineStarts([]byte(src))
		blocks := &Document{Source: []byte(src), lines: lines, blockLines: blockLinesOf(lines, len(src))}
		search := &Document{Source: []byte(src), lines: lines}
		for off := 0; off <= len(src); off++ {
			if got, want := blocks.lineIndex(off), search.lineIndex(off); got != want {
				t.Fatalf("%q at %d: line %d, want %d", src, off, got, want)
			}
		}
	}
}
