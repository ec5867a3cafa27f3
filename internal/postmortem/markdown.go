package postmortem

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is safe for concurrent use: each Parse has its own context.
// Linkify is left out: it costs a third of the parse, and the language
// rules recognise bare URLs in the text themselves.
var markdown = goldmark.New(
	goldmark.WithParser(newBlockParser()),
	goldmark.WithExtensions(extension.Table, extension.TaskList, extension.Strikethrough),
)

// newBlockParser is goldmark's default parser, but for the reading of
// link reference definitions, which is put behind a quick test.
func newBlockParser() gparser.Parser {
	return gparser.NewParser(
		gparser.WithBlockParsers(gparser.DefaultBlockParsers()...),
		gparser.WithInlineParsers(gparser.DefaultInlineParsers()...),
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
