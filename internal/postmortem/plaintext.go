package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// plainTexts keeps from goldmark's inline parse, which looks at them a
// byte at a time to find nothing, the blocks whose lines hold no byte an
// inline parser starts at, nor a backslash: when the inline parse closes
// its first block, every block read, it takes their lines from them,
// and plainLines gives them back after the parse with their texts, a
// text a line, as goldmark makes them. With markedRead, it keeps the
// blocks with marks too, which plainLines reads with it.
type plainTexts struct {
	marks     *[256]bool // the bytes inline parsers start at, and '\\'
	list      []byte     // the same, in a list
	lastLines bool       // lineBreaks ends each block's inline parse
	// markedRead reads the blocks with marks, which are kept from goldmark's
	// parse too where it is set (withMarked).
	markedRead *markedReader
}

// withMarked has p keep the blocks with marks from goldmark's inline
// parse too, for a markedReader of the parser's inline parsers, every
// one (p's among them), to read.
func (p *plainTexts) withMarked(inlines []util.PrioritizedValue) {
	p.markedRead = newMarkedReader(inlines, p.marks)
}

// newPlainTexts is plainTexts for the given inline parsers; nil when one
// of them starts at a space, which goldmark tries at every line's start.
func newPlainTexts(inlines []util.PrioritizedValue, lastLines bool) *plainTexts {
	marks := new([256]bool)
	marks['\\'] = true
	for _, v := range inlines {
		for _, b := range v.Value.(gparser.InlineParser).Trigger() {
			marks[b] = true
		}
	}
	if marks[' '] {
		return nil
	}
	var list []byte
	for b := range marks {
		if marks[b] {
			list = append(list, byte(b))
		}
	}
	return &plainTexts{marks: marks, list: list, lastLines: lastLines}
}

func (*plainTexts) Trigger() []byte { return nil }

func (*plainTexts) Parse(ast.Node, text.Reader, gparser.Context) ast.Node { return nil }

// plainBlocks are the blocks a parse's plainTexts kept, with their lines.
type plainBlocks struct {
	kept []plainBlock
	none text.Segments // the lines the inline parse gets for them
	with *plainTexts
}

type plainBlock struct {
	node   ast.Node
	lines  text.Segments
	box    int  // the bytes of the task box that opens it, with the spaces after it
	marked bool // the block has marks: markedReader reads it
}

var plainBlocksKey = gparser.NewContextKey()

// CloseBlock takes the plain blocks' lines when the inline parse closes
// its first block (that one read already, and only raw blocks before
// it).
func (p *plainTexts) CloseBlock(first ast.Node, reader text.Reader, pc gparser.Context) {
	if pc.Get(plainBlocksKey) != nil {
		return
	}
	read := &plainBlocks{kept: make([]plainBlock, 0, 64), with: p} // most documents have fewer
	pc.Set(plainBlocksKey, read)
	root := first
	for root.Parent() != nil {
		root = root.Parent()
	}
	read.keep(root, first, reader.Source())
}

// keep takes the lines of the plain blocks under n, but for first's.
func (read *plainBlocks) keep(n, first ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch {
		case c == first || c.Type() == ast.TypeInline:
		default:
			if box, ok := read.with.plain(c, src); ok {
				read.kept = append(read.kept, plainBlock{node: c, lines: *c.Lines(), box: box})
				c.SetLines(&read.none)
			} else if read.with.markedRead != nil && !c.IsRaw() && !c.HasChildren() && c.Lines().Len() > 0 {
				read.kept = append(read.kept, plainBlock{node: c, lines: *c.Lines(), marked: true})
				c.SetLines(&read.none)
			} else {
				read.keep(c, first, src)
			}
		}
	}
}

// plain reports a block the inline parse would make only texts of, but
// for the task box that may open a list item's (box bytes, with the
// spaces after it): a leaf with lines, not raw, each line without
// padding, each but the last ending in a line break, and no mark from
// its first line, after the box, to its last (what lies between lines, a
// quote's ">" or an item's indent, is looked at too: a mark there only
// costs goldmark's parse).
func (p *plainTexts) plain(n ast.Node, src []byte) (box int, ok bool) {
	lines := n.Lines()
	if n.IsRaw() || n.HasChildren() || lines.Len() == 0 {
		return 0, false
	}
	first, last := lines.At(0), lines.At(lines.Len()-1)
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if seg.Padding != 0 || seg.Start >= seg.Stop || seg.Start < first.Start || (i < lines.Len()-1 && (seg.Start >= last.Stop || src[seg.Stop-1] != '\n')) {
			return 0, false
		}
	}
	box = taskBoxAt(n, src[first.Start:first.Stop])
	return box, !p.marked(src[first.Start+box : last.Stop])
}

// taskBoxAt returns the length of the task box, with the spaces after
// it, that taskBoxes reads at the start of line, the first of block n,
// when text follows it on the line; else 0.
func taskBoxAt(n ast.Node, line []byte) int {
	if len(line) < 4 || line[0] != '[' || line[2] != ']' || !firstInItem(n) {
		return 0
	}
	if mark := line[1]; !isREspace(mark) && mark != 'x' && mark != 'X' {
		return 0
	}
	k := 3
	for k < len(line) && isREspace(line[k]) {
		k++
	}
	if k == len(line) {
		return 0 // the box alone
	}
	return k
}

// marked reports a mark in b: past a few dozen bytes, a search a mark
// costs less than a look at every byte.
func (p *plainTexts) marked(b []byte) bool {
	if len(b) < 64 {
		for _, c := range b {
			if p.marks[c] {
				return true
			}
		}
		return false
	}
	for _, m := range p.list {
		if bytes.IndexByte(b, m) >= 0 {
			return true
		}
	}
	return false
}

// read appends the texts of n's lines to n, after the task box of box
// bytes that opens it, and ends as n's inline parse would. The texts are
// the first of texts, as many as n has lines.
func (p *plainTexts) read(n ast.Node, box int, texts []ast.Text, reader text.Reader, pc gparser.Context) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if i == 0 && box > 0 {
			n.AppendChild(n, taskBoxNode(reader.Source(), seg.Start))
			seg.Start += box
		}
		n.AppendChild(n, lineText(&texts[i], reader.Source(), seg))
	}
	if p.lastLines {
		lineBreaks{}.CloseBlock(n, reader, pc)
	}
}

// taskBoxNode is the node taskBoxes makes of the box at src[at:], where the
// inline parse of its line starts.
func taskBoxNode(src []byte, at int) ast.Node {
	box := east.NewTaskCheckBox(src[at+1] == 'x' || src[at+1] == 'X')
	box.SetPos(at)
	return box
}

// lineText makes t the text goldmark's inline parse makes of a line with
// no mark (ast.NewTextSegment, in a node of the caller's): up to its
// break, spaces trimmed on the right, soft or hard.
func lineText(t *ast.Text, src []byte, seg text.Segment) *ast.Text {
	line := src[seg.Start:seg.Stop]
	length, soft, hard := lineBreak(line)
	n := bytes.IndexByte(line[:length], '\n')
	if n < 0 {
		n = length
	}
	read := text.NewSegment(seg.Start, seg.Start+n)
	*t = ast.Text{Segment: read.TrimRightSpace(src)}
	t.SetSoftLineBreak(soft)
	t.SetHardLineBreak(hard)
	return t
}

// lineBreak returns the length of a line without a backslash before its
// hard break ("  \n"), and which break it ends in.
func lineBreak(line []byte) (length int, soft, hard bool) {
	n := len(line)
	if line[n-1] != '\n' {
		return n, false, false
	}
	if n >= 3 && line[n-3] == ' ' && line[n-2] == ' ' {
		return n - 3, false, true
	}
	if n >= 4 && line[n-4] == ' ' && line[n-3] == ' ' && line[n-2] == '\r' {
		return n - 4, false, true
	}
	return n, true, false
}

// plainLines gives the blocks plainTexts kept from the inline parse
// their lines back, and their texts.
type plainLines struct{}

func (plainLines) Transform(_ *ast.Document, reader text.Reader, pc gparser.Context) {
	read, _ := pc.Get(plainBlocksKey).(*plainBlocks)
	if read == nil {
		return
	}
	n := 0
	for i := range read.kept {
		if !read.kept[i].marked {
			n += read.kept[i].lines.Len()
		}
	}
	texts := make([]ast.Text, n) // the texts of every plain line, in one allocation
	var block text.BlockReader   // made for the first block with marks
	for i, b := range read.kept {
		b.node.SetLines(&read.kept[i].lines)
		if b.marked {
			if block == nil {
				block = text.NewBlockReader(reader.Source(), nil)
			}
			read.with.markedRead.read(b.node, block, pc)
			continue
		}
		read.with.read(b.node, b.box, texts, reader, pc)
		texts = texts[b.lines.Len():]
	}
}
