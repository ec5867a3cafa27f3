package postmortem

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// A link reference definition is still read behind the quick test: the
// link it defines is a link to a ticket, so its text is not prose.
func TestLinkReferenceDefinitions(t *testing.T) {
	for _, src := range []string{
		"See [the pager rota][rb] now.\n\n[rb]: https://example.com/issues/7\n",
		"See [the pager rota][rb] now.\n\n  \n   [rb]: https://example.com/issues/7\n",
		"See [the pager rota][rb] now.\n\n[x]: /a\n[rb]: https://example.com/issues/7\n",
	} {
		d, err := Parse([]byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Prose) != 1 || d.Prose[0].Text != "See link now." {
			t.Errorf("%q: prose %+v, want one paragraph \"See link now.\"", src, d.Prose)
		}
	}
}

// TestDefinitionQuickTest: every paragraph in which goldmark reads a link
// reference definition passes mayOpenDefinition, over the repository's
// documents and random paragraphs of labels, task boxes and colons.
func TestDefinitionQuickTest(t *testing.T) {
	bare := gparser.NewParser(gparser.WithBlockParsers(gparser.DefaultBlockParsers()...), gparser.WithInlineParsers(gparser.DefaultInlineParsers()...))
	docs := readDocs(t, "../../testdata/postmortems/*.md", "../../testdata/layouts/*.md", "../../testdata/dev-docs*/*.md")
	texts := quickTexts(29, 30000, docs, "[", "]", ":", " ", "\n", "x", "ab", "\\", "- ", "  ", "\t", "/url", "\"t\"", "<u>", "[ ] ", "[x] ",
		"[x]: /a\n", "[1]:", "[]", "[[", "]]", "é", "> ", "[\\]]: /u\n", "[\\]")
	defined := 0
	for _, src := range texts {
		doc := bare.Parse(text.NewReader([]byte(src)))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			p, ok := n.(*ast.Paragraph)
			if !ok || !entering {
				return ast.WalkContinue, nil
			}
			var lines text.Segments // a copy: the transform changes the paragraph's
			lines.AppendAll(slices.Clone(p.Lines().Sliced(0, p.Lines().Len())))
			pc := gparser.NewContext()
			gparser.LinkReferenceParagraphTransformer.Transform(p, text.NewReader([]byte(src)), pc)
			if len(pc.References()) > 0 {
				defined++
				if !mayOpenDefinition([]byte(src), &lines) {
					t.Fatalf("%q: goldmark reads a definition the quick test rules out", src)
				}
			}
			return ast.WalkSkipChildren, nil
		})
	}
	if defined < 100 {
		t.Errorf("only %d definitions read", defined)
	}
}

// The task boxes read without goldmark's task list extension are those it
// reads, at the same places.
func TestTaskBoxesAsGoldmark(t *testing.T) {
	theirs := goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList, extension.Strikethrough)).Parser()
	src := []byte("- [ ] open\n- [x] done\n- [X]done too\n- [\t] tab\n- []  none\n- [ ]\n" +
		"- [y] no\n- text [x] later\n\n[x] not an item\n\n1. [ ]   numbered\n   - [x] nested\n> - [ ] quoted\n" +
		"- > [ ] in a quote\n-\n  [x] after a blank\n- [x]\n  [ ] second line\n")
	if got, want := boxes(markdown, src), boxes(theirs, src); !slices.Equal(got, want) {
		t.Errorf("task boxes %q, goldmark's %q", got, want)
	}
}

// boxes lists the task boxes of a parse with what follows each.
func boxes(md gparser.Parser, src []byte) []string {
	var out []string
	_ = ast.Walk(md.Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if box, ok := n.(*east.TaskCheckBox); ok && entering {
			next := ""
			if t, ok := box.NextSibling().(*ast.Text); ok {
				next = string(t.Segment.Value(src))
			}
			out = append(out, fmt.Sprintf("%v %q", box.IsChecked, next))
		}
		return ast.WalkContinue, nil
	})
	return out
}

// withGoldmarkTables is the Markdown reader with goldmark's own table
// and strikethrough extensions in place of tableRows, tableCode and
// strikes.
var withGoldmarkTables = newBlockParser(extension.NewTableParagraphTransformer(), extension.NewTableASTTransformer(), extension.NewStrikethroughParser(), readings{lastLines: true})

// dumpTree writes every node of a tree with what the model reads of it:
// kind, position, lines, text segments, alignments and the fields of
// inline nodes.
func dumpTree(b *strings.Builder, n ast.Node, depth int) {
	fmt.Fprintf(b, "%*s%s pos=%d", depth*2, "", n.Kind(), n.Pos())
	if n.Type() == ast.TypeBlock {
		for i := 0; i < n.Lines().Len(); i++ {
			fmt.Fprintf(b, " %+v", n.Lines().At(i))
		}
	}
	switch n := n.(type) {
	case *ast.Text:
		fmt.Fprintf(b, " %+v soft=%v hard=%v raw=%v", n.Segment, n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw())
	case *east.Table:
		fmt.Fprintf(b, " %v", n.Alignments)
	case *east.TableRow:
		fmt.Fprintf(b, " %v", n.Alignments)
	case *east.TableCell:
		fmt.Fprintf(b, " %v", n.Alignment)
	case *east.TaskCheckBox:
		fmt.Fprintf(b, " checked=%v", n.IsChecked)
	case *ast.String:
		fmt.Fprintf(b, " %q raw=%v code=%v", n.Value, n.IsRaw(), n.IsCode())
	case *ast.Link:
		fmt.Fprintf(b, " dest=%q title=%q", n.Destination, n.Title)
	case *ast.Image:
		fmt.Fprintf(b, " dest=%q title=%q", n.Destination, n.Title)
	case *ast.AutoLink:
		fmt.Fprintf(b, " autolink=%d", n.AutoLinkType)
	case *ast.Emphasis:
		fmt.Fprintf(b, " level=%d", n.Level)
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			fmt.Fprintf(b, " %+v", n.Segments.At(i))
		}
	}
	if n.Type() != ast.TypeInline && n.HasBlankPreviousLines() {
		b.WriteString(" blank")
	}
	for _, a := range n.Attributes() {
		fmt.Fprintf(b, " %s=%v", a.Name, a.Value)
	}
	b.WriteByte('\n')
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dumpTree(b, c, depth+1)
	}
}

func treeOf(md gparser.Parser, src []byte) string {
	var b strings.Builder
	dumpTree(&b, md.Parse(text.NewReader(src)), 0)
	return b.String()
}

// TestTableRowsAsGoldmark: tables are read into the same tree as
// goldmark's table extension reads them, over the sample documents and
// random paragraphs of rows, delimiter rows and the marks around them.
func TestTableRowsAsGoldmark(t *testing.T) {
	docs := readDocs(t, "../../testdata/postmortems/*.md", "../../testdata/layouts/*.md", "../../testdata/dev-docs*/*.md")
	lines := []string{"| a | b |", "|---|:-:|", "-- | --", "a | b", `x \| y`, "`c \\| d` | e", "  | x |", "\t| y |", "> | q |",
		"- | li |", ":-- | --:", "para", "", "| : |", "|-\v-|", "| --- |", "|:-|-:|:-:|---|", "1 | 2 | 3", "    | code |", "| ::- |",
		"*a* | [l](u) | `c`", "|", "||", "| - |", "-|-", "| x | y | z | w |", "1. | n |", "| a |\r", ":-:", "| -- \v|", "|\v:-| - |", "a | b\v",
		"~~old~~ | new", "a ~b~ c | ~~~d~~~", "`x \\| y \\| z` | `w \\| v`", "\\| `q` \\| | r", "~~a | b~~", "`a\\|` | ~x", "~ | ~~"}
	texts := quickTexts(13, 20000, docs, func() []string {
		var ls []string
		for _, l := range lines {
			ls = append(ls, l+"\n")
		}
		return ls
	}()...)
	for _, src := range texts {
		if got, want := treeOf(markdown, []byte(src)), treeOf(withGoldmarkTables, []byte(src)); got != want {
			t.Fatalf("%q:\nread as\n%s\ngoldmark reads\n%s", src, got, want)
		}
	}
}

// TestLastLinesAsGoldmark: with paragraphs' last lines read with their
// line break, the tree is the one goldmark's own paragraph parser gives,
// over the repository's documents and random paragraphs of lines that
// end in inline nodes, escapes, marks and breaks of every kind.
func TestLastLinesAsGoldmark(t *testing.T) {
	stock := newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{})
	docs := readDocs(t, "../../testdata/postmortems/*.md", "../../testdata/layouts/*.md", "../../testdata/dev-docs*/*.md", "testdata/*/*.md", "../../docs/*.md", "../../*.md")
	if len(docs) < 20 {
		t.Fatalf("%d documents read", len(docs))
	}
	parts := []string{"text", "`code`", "[link](u)", "[ref]", "*em*", "**strong**", "~~gone~~", "a *b", "c*", "_x_",
		"<span>", "<http://example.com>", "<!-- note", "-->", "foo\\", "  ", "\t", "\\*", "&amp;", "&", "- ", "- [ ]", "- [x] ",
		"1. ", "> ", "    ", "[ref]: /u", "#", "## H", "---", "===", "| a |", "|--|", "\r", "@dana", "~", "`", "[", "]", "(", ")", "!", "<", ">",
		"== Wiki ==", "h2. Jira", "=====", "~~~~~", "*****", "Title", "```", "<div>", "</div>", "    code"}
	texts := quickTexts(17, 30000, docs, func() []string {
		var ps []string
		for _, p := range parts {
			ps = append(ps, p, p+"\n", p+"\n\n")
		}
		return ps
	}()...)
	for _, src := range texts {
		if got, want := treeOf(markdown, []byte(src)), treeOf(stock, []byte(src)); got != want {
			t.Fatalf("%q:\nread as\n%s\ngoldmark reads\n%s", src, got, want)
		}
	}
}

// readDocs reads the files the globs match.
func readDocs(t *testing.T, globs ...string) []string {
	var docs []string
	for _, glob := range globs {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(src))
		}
	}
	return docs
}

// TestLineSlabAsGoldmark: paragraphs and table cells whose lines come
// from a parse's lineSlab read as goldmark reads them where they fill
// an array, cross from one to the next or outgrow one, with setext
// headings and link references among them.
func TestLineSlabAsGoldmark(t *testing.T) {
	stock := newBlockParser(extension.NewTableParagraphTransformer(), extension.NewTableASTTransformer(), extension.NewStrikethroughParser(), readings{})
	for _, lines := range []int{1, 2, 3, 31, 62, 63, 64, 65, 130} {
		var b strings.Builder
		for p := 0; p < 150/lines+3; p++ {
			for l := 0; l < lines; l++ {
				fmt.Fprintf(&b, "paragraph %d line %d\n", p, l)
			}
			switch p % 4 {
			case 1:
				b.WriteString("===\n")
			case 2:
				b.WriteString("\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n")
			case 3:
				b.WriteString("\n[ref]: /u\nunder a definition\n")
			}
			b.WriteString("\n")
		}
		src := []byte(b.String())
		if got, want := treeOf(markdown, src), treeOf(stock, src); got != want {
			t.Fatalf("paragraphs of %d lines:\nread as\n%s\ngoldmark reads\n%s", lines, got, want)
		}
	}
}
