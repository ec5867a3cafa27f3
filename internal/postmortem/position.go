package postmortem

import (
	"bytes"
	"encoding/binary"
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

// lineBlock is the size of the blocks of the source whose first line
// blockLines keeps: a block holds a line start or two of prose, so that
// lineIndex steps over few from there.
const lineBlock = 64

// blockLinesOf returns, for each block of lineBlock bytes of a source of
// size bytes with the line starts given, the index of the line of its
// first byte.
func blockLinesOf(starts []int, size int) []int32 {
	out := make([]int32, size/lineBlock+1)
	line := 0
	for b := range out {
		for line+1 < len(starts) && starts[line+1] <= b*lineBlock {
			line++
		}
		out[b] = int32(line)
	}
	return out
}

var newline = []byte{'\n'}

// Position returns the 1-based line and column of a byte offset. Columns
// count characters (runes), not bytes.
func (d *Document) Position(offset int) (line, col int) {
	offset = max(0, min(offset, len(d.Source)))
	i := d.lineIndex(offset)
	return i + 1, column(d.Source[d.lines[i]:], offset-d.lines[i])
}

// lineIndex returns the 0-based line of offset (within the source): the
// last line that starts at or before it.
func (d *Document) lineIndex(offset int) int {
	if b := offset / lineBlock; b < len(d.blockLines) {
		i := int(d.blockLines[b])
		for i+1 < len(d.lines) && d.lines[i+1] <= offset {
			i++
		}
		return i
	}
	lo, hi := 0, len(d.lines) // d.lines[0] is 0: the line is in [lo, hi)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if d.lines[mid] > offset {
			hi = mid
		} else {
			lo = mid
		}
	}
	return lo
}

// column returns the 1-based column of byte off of a line. An offset
// inside a multi-byte character is that character's column, so that
// columns never decrease as the offset grows. Bytes of ASCII are a
// column each, and are counted without decoding.
func column(line []byte, off int) int {
	j := asciiPrefix(line[:off])
	col := 1 + j
	for ; j < off; col++ {
		_, n := utf8.DecodeRune(line[j:])
		if j+n > off {
			break
		}
		j += n
	}
	return col
}

// asciiPrefix returns how many bytes b opens with below utf8.RuneSelf.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// Line returns the 1-based line of a byte offset.
func (d *Document) Line(offset int) int {
	return d.lineIndex(max(0, min(offset, len(d.Source)))) + 1
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
