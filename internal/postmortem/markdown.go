package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is safe for concurrent use: each Parse has its own context.
// Linkify is left out: it costs a third of the parse, and the language
// rules recognise bare URLs in the text themselves.
var markdown = goldmark.New(
	goldmark.WithParser(newBlockParser(tableRows{})),
	goldmark.WithExtensions(extension.Strikethrough),
)

// newBlockParser is goldmark's default parser, but for the reading of
// link reference definitions, which is put behind a quick test, with the
// task boxes of list items read as goldmark's task list reads them and
// tables as its table extension reads them (the model renders nothing).
func newBlockParser(tables gparser.ParagraphTransformer) gparser.Parser {
	return gparser.NewParser(
		gparser.WithBlockParsers(append(gparser.DefaultBlockParsers(), util.Prioritized(containers{}, 650), util.Prioritized(wikiHeadings{}, 660), util.Prioritized(rstHeadings{}, 990))...),
		gparser.WithInlineParsers(append(gparser.DefaultInlineParsers(), util.Prioritized(taskBoxes{}, 0))...),
		gparser.WithParagraphTransformers(util.Prioritized(linkReferences{}, 100), util.Prioritized(tables, 200)),
		gparser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
}

// linkReferences reads the link reference definitions ("[1]: https://…")
// that open a paragraph, as goldmark does, but only in a paragraph whose
// text opens with a bracket, as every definition does: goldmark's reader
// otherwise makes a reader and a slice for every paragraph to find none.
type linkReferences struct{}

func (linkReferences) Transform(n *ast.Paragraph, reader text.Reader, pc gparser.Context) {
	if opensWithBracket(reader.Source(), n.Lines()) {
		gparser.LinkReferenceParagraphTransformer.Transform(n, reader, pc)
	}
}

// opensWithBracket reports whether the first byte of the lines that is
// not white space is "[".
func opensWithBracket(src []byte, lines *text.Segments) bool {
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for _, b := range src[seg.Start:seg.Stop] {
			if !util.IsSpace(b) {
				return b == '['
			}
		}
	}
	return false
}

// taskBoxes reads the box that opens a list item's text, "[ ]" or "[x]"
// and the spaces after it, into a task box node, as goldmark's task list
// extension does, without its regular expression for three bytes.
type taskBoxes struct{}

func (taskBoxes) Trigger() []byte { return []byte{'['} }

func (taskBoxes) Parse(parent ast.Node, block text.Reader, _ gparser.Context) ast.Node {
	if !firstInItem(parent) {
		return nil
	}
	line, _ := block.PeekLine()
	mark := byte(0)
	if len(line) >= 3 && line[0] == '[' && line[2] == ']' {
		mark = line[1]
	}
	if !isREspace(mark) && mark != 'x' && mark != 'X' {
		return nil
	}
	n := 3
	for n < len(line) && isREspace(line[n]) {
		n++
	}
	block.Advance(n)
	return east.NewTaskCheckBox(mark == 'x' || mark == 'X')
}

func (taskBoxes) CloseBlock(ast.Node, gparser.Context) {}

// firstInItem reports whether parent, still empty, is the first block of
// a list item.
func firstInItem(parent ast.Node) bool {
	item, ok := parent.Parent().(*ast.ListItem)
	return ok && item.FirstChild() == parent && !parent.HasChildren()
}

// isREspace reports white space as \s reads it: no vertical tab.
func isREspace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// tableRows turns a paragraph whose second line or a later one is a
// delimiter row into a table, as goldmark's table extension does, but
// reads the delimiter row without its four regular expressions a
// column. A paragraph with an escaped pipe ("\|"), which goldmark marks
// in code spans through its own context, is left to goldmark's reader.
type tableRows struct{}

var goldmarkTables = extension.NewTableParagraphTransformer()

func (tableRows) Transform(node *ast.Paragraph, reader text.Reader, pc gparser.Context) {
	lines := node.Lines()
	if lines.Len() < 2 {
		return
	}
	if escapedPipe(reader.Source(), lines) {
		goldmarkTables.Transform(node, reader, pc)
		return
	}
	for i := 1; i < lines.Len(); i++ {
		seg := lines.At(i)
		alignments := delimiterRow(seg.Value(reader.Source()))
		if alignments == nil {
			continue
		}
		header := tableRow(lines.At(i-1), alignments, true, reader.Source())
		if len(alignments) != header.ChildCount() {
			return
		}
		makeTable(node, i, alignments, header, reader.Source())
	}
}

// makeTable puts after node the table whose delimiter row is node's
// line i, and leaves node the lines before the header, if any.
func makeTable(node *ast.Paragraph, i int, alignments []east.Alignment, header *east.TableRow, src []byte) {
	lines := node.Lines()
	table := east.NewTable()
	table.Alignments = alignments
	table.SetPos(node.Pos())
	table.AppendChild(table, east.NewTableHeader(header))
	for j := i + 1; j < lines.Len(); j++ {
		table.AppendChild(table, tableRow(lines.At(j), alignments, false, src))
	}
	lines.SetSliced(0, i-1)
	node.Parent().InsertAfter(node.Parent(), node, table)
	if lines.Len() == 0 {
		node.Parent().RemoveChild(node.Parent(), node)
		return
	}
	last := lines.At(i - 2)
	last.Stop--
	lines.Set(i-2, last)
}

// escapedPipe reports a line holding "\|".
func escapedPipe(src []byte, lines *text.Segments) bool {
	for i := 0; i < lines.Len(); i++ {
		if seg := lines.At(i); bytes.Contains(src[seg.Start:seg.Stop], []byte(`\|`)) {
			return true
		}
	}
	return false
}

// delimiterRow returns the alignments of a delimiter row ("| :-- | --: |"),
// or nil when line is none.
func delimiterRow(line []byte) []east.Alignment {
	if !mayBeDelimiterRow(line) {
		return nil
	}
	cols := bytes.Split(line, []byte{'|'})
	if util.IsBlank(cols[0]) {
		cols = cols[1:]
	}
	if len(cols) > 0 && util.IsBlank(cols[len(cols)-1]) {
		cols = cols[:len(cols)-1]
	}
	var alignments []east.Alignment
	for _, col := range cols {
		a, ok := columnAlignment(col)
		if !ok {
			return nil
		}
		alignments = append(alignments, a)
	}
	return alignments
}

// mayBeDelimiterRow reports a line indented less than four columns that
// holds nothing but spaces, hyphens, pipes and colons, and not hyphens
// alone.
func mayBeDelimiterRow(line []byte) bool {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return false
	}
	hyphens := true
	for _, b := range line {
		if b != '-' {
			hyphens = false
		}
		if !util.IsSpace(b) && b != '-' && b != '|' && b != ':' {
			return false
		}
	}
	return !hyphens
}

// columnAlignment reads a delimiter cell, as `^\s*:?-+:?\s*$` (white
// space as \s reads it: no vertical tab) with a colon on the left, the
// right, both or neither.
func columnAlignment(col []byte) (east.Alignment, bool) {
	col = bytes.Trim(col, " \t\n\f\r")
	left, right := bytes.HasPrefix(col, []byte(":")), bytes.HasSuffix(col, []byte(":"))
	if left {
		col = col[1:]
	}
	if right && len(col) > 0 {
		col = col[:len(col)-1]
	}
	if len(col) == 0 || len(bytes.Trim(col, "-")) > 0 {
		return east.AlignNone, false
	}
	switch {
	case left && right:
		return east.AlignCenter, true
	case left:
		return east.AlignLeft, true
	case right:
		return east.AlignRight, true
	}
	return east.AlignNone, true
}

// tableRow reads a row's cells, as goldmark does: a header row keeps
// every cell, a body row the first as many as there are columns, and
// either is filled up with empty cells.
func tableRow(segment text.Segment, alignments []east.Alignment, isHeader bool, src []byte) *east.TableRow {
	npos := segment
	segment = segment.TrimLeftSpace(src)
	segment = segment.TrimRightSpace(src)
	line := segment.Value(src)
	pos, limit := 0, len(line)
	row := east.NewTableRow(alignments)
	row.SetPos(npos.Start)
	if len(line) > 0 && line[pos] == '|' {
		pos++
	}
	if len(line) > 0 && line[limit-1] == '|' {
		limit--
	}
	i := 0
	for ; pos < limit; i++ {
		alignment := east.AlignNone
		if i < len(alignments) {
			alignment = alignments[i]
		} else if !isHeader {
			return row
		}
		cell := east.NewTableCell()
		cell.SetPos(npos.Start + pos - npos.Padding)
		cell.Alignment = alignment
		closure := pos + cellEnd(line[pos:limit])
		seg := text.NewSegment(segment.Start+pos, segment.Start+closure)
		seg = seg.TrimLeftSpace(src)
		seg = seg.TrimRightSpace(src)
		cell.Lines().Append(seg)
		row.AppendChild(row, cell)
		pos = closure + 1
	}
	for ; i < len(alignments); i++ {
		row.AppendChild(row, east.NewTableCell())
	}
	return row
}

// cellEnd returns where the first pipe of b is, or len(b). (A row with an
// escaped pipe is goldmark's to read.)
func cellEnd(b []byte) int {
	if i := bytes.IndexByte(b, '|'); i >= 0 {
		return i
	}
	return len(b)
}
