package postmortem

import (
	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markedReader reads the inline content of a block that holds marks as
// goldmark's inline parse does, but steps over the runs of bytes where
// that parse does nothing: goldmark looks at every byte of a block, a
// dozen tests each, where only a mark, a backslash and the end of a line
// can make a node. plainTexts keeps such blocks from goldmark's parse as
// it keeps the plain ones, and plainLines reads them with this after it:
// a block's inline parse reads only its lines, the link references read
// with the blocks, and what its closers clear, so that read after the
// others it gives what goldmark gives in document order.
type markedReader struct {
	parsers [256][]gparser.InlineParser // by the byte each starts at, in goldmark's order
	closers []gparser.CloseBlocker      // what goldmark calls after each block's inline parse
	stops   [256]bool                   // the bytes a run of nothing ends at: marks, '\\' and '\n'
}

// newMarkedReader is the markedReader of a parser of the given inline
// parsers, which it orders as goldmark does (util.PrioritizedSlice.Sort
// of the same list), so that ties fall alike.
func newMarkedReader(inlines []util.PrioritizedValue, marks *[256]bool) *markedReader {
	sorted := util.PrioritizedSlice(append([]util.PrioritizedValue(nil), inlines...))
	sorted.Sort()
	m := &markedReader{stops: *marks}
	m.stops['\n'] = true
	for _, v := range sorted {
		ip := v.Value.(gparser.InlineParser)
		if cb, ok := ip.(gparser.CloseBlocker); ok {
			m.closers = append(m.closers, cb)
		}
		for _, b := range ip.Trigger() {
			m.parsers[b] = append(m.parsers[b], ip)
		}
	}
	return m
}

// Line break forms of a line's end, as goldmark's inline parse tells
// them.
const (
	breakSoft uint8 = 1 << iota
	breakHard
	breakVisible // a backslash before the line break
)

// markedLineEnd returns how many bytes of a line the inline parse reads
// (without a hard break's backslash or trailing spaces) and the form of
// its break.
func markedLineEnd(line []byte) (int, uint8) {
	n := len(line)
	if line[n-1] != '\n' {
		return n, 0
	}
	switch {
	case n >= 3 && line[n-2] == '\\' && line[n-3] != '\\' || n == 2 && line[0] == '\\':
		return n - 2, breakHard | breakVisible // "…\\\n"
	case n >= 4 && line[n-3] == '\\' && line[n-2] == '\r' && line[n-4] != '\\' || n == 3 && line[0] == '\\' && line[1] == '\r':
		return n - 3, breakHard | breakVisible // "…\\\r\n"
	case n >= 3 && line[n-3] == ' ' && line[n-2] == ' ':
		return n - 3, breakHard // "…  \n"
	case n >= 4 && line[n-4] == ' ' && line[n-3] == ' ' && line[n-2] == '\r':
		return n - 4, breakHard // "…  \r\n"
	}
	return n, breakSoft
}

// read makes the inline nodes of block n from its lines, with the
// block reader given, and closes the block as goldmark does: delimiters
// paired, each closer told.
func (m *markedReader) read(n ast.Node, block text.BlockReader, pc gparser.Context) {
	src := block.Source()
	block.Reset(n.Lines())
	escaped := false // a backslash came last; it may end a line and reach the next
lines:
	for {
		line, _ := block.PeekLine()
		if line == nil {
			break
		}
		length, breaks := markedLineEnd(line)
		l, start := block.Position()
		read := 0 // bytes passed since the reader's position
		for i := 0; i < length; i++ {
			c := line[i]
			if !escaped && !m.stops[c] {
				// a run where the parse only counts bytes: to its end at once
				j := i + 1
				for _, b := range line[j:length] {
					if m.stops[b] {
						break
					}
					j++
				}
				read += j - i
				i = j - 1
				continue
			}
			if c == '\n' {
				break
			}
			punct := util.IsPunct(c)
			// a parser is tried at a mark not escaped, and at the line's
			// start: there at a mark only, as no parser starts at a space
			if at := m.parsers[c]; (punct && !escaped || i == 0 && punct) && at != nil {
				block.Advance(read)
				read = 0
				savedLine, savedPos := block.Position()
				if i != 0 {
					_, pos := block.Position()
					ast.MergeOrAppendTextSegment(n, start.Between(pos))
					_, start = block.Position()
				}
				var node ast.Node
				for _, ip := range at {
					if node = ip.Parse(n, block, pc); node != nil {
						if node.Pos() < 0 {
							node.(interface{ SetPos(int) }).SetPos(start.Start)
						}
						break
					}
					block.SetPosition(savedLine, savedPos)
				}
				if node != nil {
					n.AppendChild(n, node)
					continue lines // the rest of the line, from where the parser left it
				}
			}
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			}
			read++
		}
		if read != 0 {
			block.Advance(read)
		}
		if l2, pos := block.Position(); l2 == l {
			span := start.Between(pos)
			if breaks&(breakHard|breakVisible) != breakHard|breakVisible {
				span = span.TrimRightSpace(src)
			}
			t := ast.NewTextSegment(span)
			t.SetSoftLineBreak(breaks&breakSoft != 0)
			t.SetHardLineBreak(breaks&breakHard != 0)
			n.AppendChild(n, t)
			block.AdvanceLine()
		}
	}
	gparser.ProcessDelimiters(nil, pc)
	for _, cb := range m.closers {
		cb.CloseBlock(n, block, pc)
	}
}
