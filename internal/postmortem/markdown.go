package postmortem

import (
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
	goldmark.WithParser(newBlockParser()),
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
)

// newBlockParser is goldmark's default parser, but for the reading of
// link reference definitions, which is put behind a quick test, with the
// task boxes of list items read as goldmark's task list reads them.
func newBlockParser() gparser.Parser {
	return gparser.NewParser(
		gparser.WithBlockParsers(gparser.DefaultBlockParsers()...),
		gparser.WithInlineParsers(append(gparser.DefaultInlineParsers(), util.Prioritized(taskBoxes{}, 0))...),
		gparser.WithParagraphTransformers(util.Prioritized(linkReferences{}, 100)),
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
