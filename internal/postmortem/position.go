package postmortem

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

func lineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, newline)+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

var newline = []byte{'\n'}

// Position returns the 1-based line and column of a byte offset. Columns
// count characters (runes), not bytes.
func (d *Document) Position(offset int) (line, col int) {
	offset = max(0, min(offset, len(d.Source)))
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > offset }) - 1
	return i + 1, column(d.Source[d.lines[i]:], offset-d.lines[i])
}

// column returns the 1-based column of byte off of a line. An offset
// inside a multi-byte character is that character's column, so that
// columns never decrease as the offset grows.
func column(line []byte, off int) int {
	col := 1
	for j := 0; j < off; col++ {
		_, n := utf8.DecodeRune(line[j:])
		if j+n > off {
			break
		}
		j += n
	}
	return col
}

// Line returns the 1-based line of a byte offset.
func (d *Document) Line(offset int) int {
	l, _ := d.Position(offset)
	return l
}

// LineSpan returns the bytes of 1-based line n without its line ending.
func (d *Document) LineSpan(n int) Span {
	if n < 1 || n > len(d.lines) {
		return Span{}
	}
	start, end := d.lines[n-1], len(d.Source)
	if n < len(d.lines) {
		end = d.lines[n] - 1
	}
	if end > start && d.Source[end-1] == '\r' {
		end--
	}
	return Span{start, end}
}

// LineCount returns the number of lines in the source.
func (d *Document) LineCount() int { return len(d.lines) }

// Text returns the source bytes of a span as a string: a part of the
// one string Parse made of them, so that the many small texts a document
// gives cost no copies.
func (d *Document) Text(s Span) string {
	if s.Start < 0 || s.End > len(d.Source) || s.Start > s.End {
		return ""
	}
	if len(d.text) != len(d.Source) {
		return string(d.Source[s.Start:s.End])
	}
	return d.text[s.Start:s.End]
}
