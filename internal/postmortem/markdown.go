package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is safe for concurrent use: each Parse has its own context.
// Linkify is left out: it costs a third of the parse, and the language
// rules recognise bare URLs in the text themselves. Nothing here imports
// goldmark's extension package, whose start compiles its expressions
// (linkify's among them) in every run of the command.
var markdown = newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true, markedTexts: true})

// mystMarkdown is markdown with MyST's directives, for the documents that
// write them (see mayHoldDirective).
var mystMarkdown = newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true, directives: true, markedTexts: true})

// readings are the readings of newBlockParser that goldmark's parser
// does not have.
type readings struct {
	lastLines  bool // paragraphs' last lines are read as paragraphs says
	plainTexts bool // blocks without inline marks are read as plainTexts says
	directives bool // MyST's directives in fences of backticks are containers
	// markedTexts: blocks with inline marks are read as plainTexts says
	// too, by a markedReader (which needs plainTexts)
	markedTexts bool
}

// newBlockParser is goldmark's default parser, but for the reading of
// link reference definitions, which is put behind a quick test, with the
// task boxes of list items read as goldmark's task list reads them,
// tables as its table extension reads them and struck text as its
// strikethrough extension does (the model renders nothing), and with
// the readings asked for.
func newBlockParser(tables gparser.ParagraphTransformer, cells gparser.ASTTransformer, strike gparser.InlineParser, with readings) gparser.Parser {
	blocks := gparser.DefaultBlockParsers()
	inlines := append(gparser.DefaultInlineParsers(), util.Prioritized(taskBoxes{}, 0), util.Prioritized(strike, 500))
	transforms := []util.PrioritizedValue{util.Prioritized(cells, 0)}
	for i, b := range blocks {
		if b.Priority == listPriority {
			blocks[i].Value = lists{b.Value.(gparser.BlockParser)}
		}
	}
	if with.lastLines {
		for i, b := range blocks {
			if b.Priority == paragraphPriority {
				blocks[i].Value = paragraphs{b.Value.(gparser.BlockParser)}
			}
		}
		inlines = append(inlines, util.Prioritized(lineBreaks{}, 1000))
	}
	if plain := newPlainTexts(inlines, with.lastLines); plain != nil && with.plainTexts {
		inlines = append(inlines, util.Prioritized(plain, 1100))
		transforms = append(transforms, util.Prioritized(plainLines{}, -100))
		if with.markedTexts {
			plain.withMarked(inlines)
		}
	}
	blocks = append(blocks, util.Prioritized(containers{}, 650), util.Prioritized(wikiHeadings{}, 660), util.Prioritized(bracketHeadings{}, 661), util.Prioritized(rstHeadings{}, 990))
	if with.directives {
		blocks = append(blocks, util.Prioritized(directives{}, 650))
	}
	return gparser.NewParser(
		gparser.WithBlockParsers(blocks...),
		gparser.WithInlineParsers(inlines...),
		gparser.WithParagraphTransformers(util.Prioritized(linkReferences{}, 100), util.Prioritized(tables, 200), util.Prioritized(bulletLines{}, 300)),
		gparser.WithASTTransformers(transforms...),
	)
}

// paragraphPriority and listPriority are those of goldmark's paragraph
// and list parsers among its default block parsers.
const (
	paragraphPriority = 1000
	listPriority      = 300
)

// lists is goldmark's list parser, but for the text blocks Close makes
// of the paragraphs of a tight list's items, which it allocates in one
// array for the list rather than one by one.
type lists struct{ gparser.BlockParser }

// Close is goldmark's: a list is loose when an item, or a block of an
// item after its first, follows a blank line; the paragraphs of a tight
// list's items become text blocks.
func (lists) Close(node ast.Node, _ text.Reader, _ gparser.Context) {
	list := node.(*ast.List)
	for c := node.FirstChild(); c != nil && list.IsTight; c = c.NextSibling() {
		if c.FirstChild() != nil && c.FirstChild() != c.LastChild() {
			for c1 := c.FirstChild().NextSibling(); c1 != nil; c1 = c1.NextSibling() {
				if c1.HasBlankPreviousLines() {
					list.IsTight = false
					break
				}
			}
		}
		if c != node.FirstChild() && c.HasBlankPreviousLines() {
			list.IsTight = false
		}
	}
	if !list.IsTight {
		return
	}
	n := 0
	for child := node.FirstChild(); child != nil; child = child.NextSibling() {
		for gc := child.FirstChild(); gc != nil; gc = gc.NextSibling() {
			if _, ok := gc.(*ast.Paragraph); ok {
				n++
			}
		}
	}
	blocks := make([]ast.TextBlock, n)
	for child := node.FirstChild(); child != nil; child = child.NextSibling() {
		for gc := child.FirstChild(); gc != nil; {
			paragraph, ok := gc.(*ast.Paragraph)
			gc = gc.NextSibling()
			if ok {
				textBlock := &blocks[0]
				blocks = blocks[1:]
				textBlock.SetLines(paragraph.Lines())
				child.ReplaceChild(child, paragraph, textBlock)
			}
		}
	}
}

// paragraphs is goldmark's paragraph parser, but for the end of a
// paragraph's last line, which its Close trims: when what it trimmed is
// only the line break, the line takes the break back for the inline
// parse, which reads a line that does not end in one byte by byte
// (blockReader.Advance) and one that does at once. Only the line's last
// text differs then, the break being read as a soft one, and an empty
// text after an inline node ending the line: lineBreaks, which every
// block's inline parse ends with, takes both back, and the break.
type paragraphs struct{ gparser.BlockParser }

// Open is goldmark's, but for the paragraph, which it takes from the
// parse's paragraphSlab rather than allocating it alone.
func (p paragraphs) Open(parent ast.Node, reader text.Reader, pc gparser.Context) (ast.Node, gparser.State) {
	line, segment := reader.PeekLine()
	if util.IsBlank(line) {
		return nil, gparser.NoChildren
	}
	slab := paragraphSlabOf(pc)
	node := slab.paragraph()
	lines := slab.lines.open()
	lines.Append(segment)
	node.SetLines(&lines)
	slab.lines.took(1)
	reader.AdvanceToEOL()
	return node, gparser.NoChildren
}

// Continue is goldmark's, which appends the line to the paragraph's, and
// marks the lines the paragraph has taken of the parse's lineSlab: the
// paragraph is the one open, as a leaf is, and the last that took some.
func (p paragraphs) Continue(node ast.Node, reader text.Reader, pc gparser.Context) gparser.State {
	state := p.BlockParser.Continue(node, reader, pc)
	paragraphSlabOf(pc).lines.took(node.Lines().Len())
	return state
}

// paragraphSlab holds the paragraphs a parse has yet to hand out, made
// several at once: a document has dozens, the items of a list one each;
// and the segments of their lines.
type paragraphSlab struct {
	free  []ast.Paragraph
	lines lineSlab
}

var paragraphSlabKey = gparser.NewContextKey()

// paragraphSlabOf returns the parse's paragraphSlab.
func paragraphSlabOf(pc gparser.Context) *paragraphSlab {
	slab, _ := pc.Get(paragraphSlabKey).(*paragraphSlab)
	if slab == nil {
		slab = &paragraphSlab{}
		pc.Set(paragraphSlabKey, slab)
	}
	return slab
}

// paragraph returns an empty paragraph from the slab.
func (slab *paragraphSlab) paragraph() *ast.Paragraph {
	if len(slab.free) == 0 {
		slab.free = make([]ast.Paragraph, 16)
	}
	node := &slab.free[0]
	slab.free = slab.free[1:]
	return node
}

// lineSlab hands out the segments of blocks' lines from arrays of
// lineSlabSize, where goldmark allocates each block's as its first line
// is appended and again as they grow. One block at a time takes lines
// (open), which are appended in place while the array has room and
// copied elsewhere by append once it has not; took marks how many it
// holds so far, and the segment after them, which is kept free: a
// segment put in place before a block's lines (Segments.Unshift, as a
// setext heading's Close may) moves them one further.
type lineSlab struct {
	segs text.Segments // the array: its free part starts at used
	at   int           // where the last lines handed out start
	used int
}

const lineSlabSize = 64

// noSegments fill a new lineSlab's array, copied in one allocation.
var noSegments [lineSlabSize]text.Segment

// open returns empty lines that start the slab's free part, made anew
// when fewer than two segments are left.
func (s *lineSlab) open() text.Segments {
	if s.segs.Len()-s.used < 2 {
		s.segs, s.used = text.Segments{}, 0
		s.segs.AppendAll(noSegments[:])
	}
	lines := s.segs
	lines.SetSliced(s.used, s.used)
	s.at = s.used
	return lines
}

// took marks that the lines open last handed out hold n segments.
func (s *lineSlab) took(n int) {
	s.used = min(s.at+n+1, s.segs.Len())
}

func (p paragraphs) Close(node ast.Node, reader text.Reader, pc gparser.Context) {
	p.BlockParser.Close(node, reader, pc)
	lines := node.Lines()
	if node.Parent() == nil || lines.Len() == 0 {
		return
	}
	last, src := lines.At(lines.Len()-1), reader.Source()
	if last.Padding == 0 && last.Start < last.Stop && last.Stop < len(src) && src[last.Stop] == '\n' && src[last.Stop-1] != '\\' {
		last.Stop++
		lines.Set(lines.Len()-1, last)
	}
}

// lineBreaks undoes, after a block's inline parse, what paragraphs did
// to its last line: the only paragraphs whose last line ends in a line
// break, and the only text blocks of tight list items and setext
// headings, which are made of paragraphs' lines.
type lineBreaks struct{}

func (lineBreaks) Trigger() []byte { return nil }

func (lineBreaks) Parse(ast.Node, text.Reader, gparser.Context) ast.Node { return nil }

func (lineBreaks) CloseBlock(block ast.Node, reader text.Reader, _ gparser.Context) {
	if k := block.Kind(); k != ast.KindParagraph && k != ast.KindTextBlock && k != ast.KindHeading {
		return
	}
	lines := block.Lines()
	if lines.Len() == 0 {
		return
	}
	last := lines.At(lines.Len() - 1)
	if last.Start == last.Stop || reader.Source()[last.Stop-1] != '\n' {
		return
	}
	last.Stop--
	lines.Set(lines.Len()-1, last)
	t, ok := block.LastChild().(*ast.Text)
	if ok && t.Segment.Start == last.Stop && t.Segment.Stop == last.Stop {
		block.RemoveChild(block, t)
		return
	}
	if ok && t.Segment.Stop == last.Stop {
		t.SetSoftLineBreak(false)
	}
}

// strikes reads "~~struck~~" and "~struck~" into a strikethrough node,
// as goldmark's strikethrough extension does: a run of one or two
// tildes, not after a tilde, is a delimiter that pairs with another run.
type strikes struct{}

func (strikes) Trigger() []byte { return []byte{'~'} }

func (strikes) Parse(_ ast.Node, block text.Reader, pc gparser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	run := gparser.ScanDelimiter(line, before, 1, tildes{})
	if run == nil || run.OriginalLength > 2 || before == '~' {
		return nil
	}
	run.Segment = segment.WithStop(segment.Start + run.OriginalLength)
	block.Advance(run.OriginalLength)
	pc.PushDelimiter(run)
	return run
}

func (strikes) CloseBlock(ast.Node, gparser.Context) {}

// tildes pairs the tilde runs strikes reads.
type tildes struct{}

func (tildes) IsDelimiter(b byte) bool { return b == '~' }

func (tildes) CanOpenCloser(opener, closer *gparser.Delimiter) bool {
	return opener.Char == closer.Char
}

func (tildes) OnMatch(int) ast.Node { return east.NewStrikethrough() }

// linkReferences reads the link reference definitions ("[1]: https://…")
// that open a paragraph, as goldmark does, but only in a paragraph whose
// text may open with one (mayOpenDefinition): goldmark's reader otherwise
// makes a reader and a slice for every paragraph to find none.
type linkReferences struct{}

func (linkReferences) Transform(n *ast.Paragraph, reader text.Reader, pc gparser.Context) {
	if mayOpenDefinition(reader.Source(), n.Lines()) {
		gparser.LinkReferenceParagraphTransformer.Transform(n, reader, pc)
	}
}

// mayOpenDefinition reports whether the first byte of the lines that is
// not white space is "[", as every definition opens, and a label of more
// than one byte or a colon follows it: a task box, "[ ] …" or "[x] …",
// opens no definition.
func mayOpenDefinition(src []byte, lines *text.Segments) bool {
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for k, b := range src[seg.Start:seg.Stop] {
			if !util.IsSpace(b) {
				return b == '[' && !shortLabel(src[seg.Start+k:seg.Stop])
			}
		}
	}
	return false
}

// shortLabel reports a line that opens with a label of one byte, not
// followed by the colon a definition needs.
func shortLabel(line []byte) bool {
	return len(line) >= 4 && line[2] == ']' && line[1] != '\\' && line[1] != '[' && line[1] != ']' && line[3] != ':'
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
// column.
type tableRows struct{}

func (tableRows) Transform(node *ast.Paragraph, reader text.Reader, pc gparser.Context) {
	lines := node.Lines()
	if lines.Len() < 2 {
		return
	}
	for i := 1; i < lines.Len(); i++ {
		seg := lines.At(i)
		alignments := delimiterRow(seg.Value(reader.Source()))
		if alignments == nil {
			continue
		}
		// the header and the rows after the delimiter row, with a cell a
		// column each, are made at once
		rows := lines.Len() - i
		cells := &rowReader{src: reader.Source(), pc: pc, rows: make([]east.TableRow, rows), cells: make([]east.TableCell, rows*len(alignments))}
		header := cells.row(lines.At(i-1), alignments, true)
		if len(alignments) != header.ChildCount() {
			return
		}
		makeTable(node, i, alignments, header, cells)
	}
}

// makeTable puts after node the table whose delimiter row is node's
// line i, and leaves node the lines before the header, if any.
func makeTable(node *ast.Paragraph, i int, alignments []east.Alignment, header *east.TableRow, cells *rowReader) {
	lines := node.Lines()
	table := east.NewTable()
	table.Alignments = alignments
	table.SetPos(node.Pos())
	table.AppendChild(table, east.NewTableHeader(header))
	for j := i + 1; j < lines.Len(); j++ {
		table.AppendChild(table, cells.row(lines.At(j), alignments, false))
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

// rowReader reads the rows of a table.
type rowReader struct {
	src []byte
	pc  gparser.Context
	// rows and cells are the rows and cells made for the table that are
	// yet to be read: goldmark allocates each alone.
	rows  []east.TableRow
	cells []east.TableCell
	lines lineSlab // the cells' lines, a line each
}

// newRow returns a row of the table, as east.NewTableRow makes it.
func (r *rowReader) newRow(alignments []east.Alignment) *east.TableRow {
	if len(r.rows) == 0 {
		return east.NewTableRow(alignments)
	}
	row := &r.rows[0]
	r.rows = r.rows[1:]
	row.Alignments = alignments
	return row
}

// newCell returns a cell of the table, as east.NewTableCell makes it.
func (r *rowReader) newCell() *east.TableCell {
	if len(r.cells) == 0 {
		return east.NewTableCell()
	}
	cell := &r.cells[0]
	r.cells = r.cells[1:]
	cell.Alignment = east.AlignNone
	return cell
}

// row reads a row's cells, as goldmark does: a header row keeps every
// cell, a body row the first as many as there are columns, and either
// is filled up with empty cells.
func (r *rowReader) row(segment text.Segment, alignments []east.Alignment, isHeader bool) *east.TableRow {
	npos := segment
	segment = segment.TrimLeftSpace(r.src)
	segment = segment.TrimRightSpace(r.src)
	line := segment.Value(r.src)
	pos, limit := 0, len(line)
	row := r.newRow(alignments)
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
		cell := r.newCell()
		cell.SetPos(npos.Start + pos - npos.Padding)
		cell.Alignment = alignment
		closure := r.cellEnd(cell, line, pos, limit, segment.Start)
		seg := text.NewSegment(segment.Start+pos, segment.Start+closure)
		seg = seg.TrimLeftSpace(r.src)
		seg = seg.TrimRightSpace(r.src)
		lines := r.lines.open()
		lines.Append(seg)
		cell.SetLines(&lines)
		r.lines.took(1)
		row.AppendChild(row, cell)
		pos = closure + 1
	}
	for ; i < len(alignments); i++ {
		row.AppendChild(row, r.newCell())
	}
	return row
}

// cellEnd returns where the cell that starts at line[pos] ends: at the
// first pipe that is not escaped ("\|"), or at limit. An escaped pipe
// after a backtick of the cell may be in a code span, where goldmark
// takes its backslash out: the place of the backslash (line starts at
// start in the source) is kept for tableCode.
func (r *rowReader) cellEnd(cell *east.TableCell, line []byte, pos, limit, start int) int {
	at := pos
	for {
		i := bytes.IndexByte(line[at:limit], '|')
		if i < 0 {
			return limit
		}
		end := at + i
		if line[end-1] != '\\' {
			return end
		}
		if bytes.IndexByte(line[pos:end], '`') >= 0 {
			escapedPipeIn(r.pc, cell, start+end-1)
		}
		at = end + 1
	}
}

// escapedCell is a cell with the places of the backslashes of the
// escaped pipes tableCode looks for in its code spans.
type escapedCell struct {
	cell  *east.TableCell
	at    []int
	split bool // a code span's text was split at one of them
}

// escapedCellsKey holds a parse's escaped cells, in the order read.
var escapedCellsKey = gparser.NewContextKey()

// escapedPipeIn notes the backslash at of an escaped pipe in cell.
func escapedPipeIn(pc gparser.Context, cell *east.TableCell, at int) {
	cells, _ := pc.Get(escapedCellsKey).([]*escapedCell)
	if n := len(cells); n > 0 && cells[n-1].cell == cell {
		cells[n-1].at = append(cells[n-1].at, at)
		return
	}
	pc.Set(escapedCellsKey, append(cells, &escapedCell{cell: cell, at: []int{at}}))
}

// tableCode takes out of the code spans of table cells the backslash of
// each escaped pipe, after the inline parse, as goldmark's table
// extension does: the text is split there into two raw texts.
type tableCode struct{}

func (tableCode) Transform(_ *ast.Document, _ text.Reader, pc gparser.Context) {
	cells, _ := pc.Get(escapedCellsKey).([]*escapedCell)
	if cells == nil {
		return
	}
	pc.Set(escapedCellsKey, nil)
	for _, c := range cells {
		if c.split {
			continue
		}
		_ = ast.Walk(c.cell, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && n.Kind() == ast.KindCodeSpan {
				unescapePipes(n, cells)
			}
			return ast.WalkContinue, nil
		})
	}
}

// unescapePipes splits each text of a code span at the escaped pipes'
// backslashes within it (goldmark's extension looks at those of every
// cell), leaving the backslashes out.
func unescapePipes(code ast.Node, cells []*escapedCell) {
	for n := code.FirstChild(); n != nil; {
		next := n.NextSibling()
		if n.Kind() == ast.KindText {
			splitAtBackslashes(n.(*ast.Text), cells)
		}
		n = next
	}
}

// splitAtBackslashes splits t where the escaped cells say, each time
// the last piece, as the places come, wherever one falls in t's text.
func splitAtBackslashes(t *ast.Text, cells []*escapedCell) {
	parent, whole, last := t.Parent(), t.Segment, t
	for _, c := range cells {
		for _, at := range c.at {
			if at < whole.Start || at >= whole.Stop {
				continue
			}
			before := ast.NewRawTextSegment(last.Segment.WithStop(at))
			after := ast.NewRawTextSegment(last.Segment.WithStart(at + 1))
			parent.InsertAfter(parent, last, before)
			parent.InsertAfter(parent, before, after)
			parent.RemoveChild(parent, last)
			last = after
			c.split = true
		}
	}
}
