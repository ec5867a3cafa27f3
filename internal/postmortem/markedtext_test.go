package postmortem

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarkedReaderAsGoldmark holds markedReader to goldmark's inline
// parse: the documents of the repository's development sets and
// layouts, and hand-made lines at every break, escape and mark, give
// the same tree read either way.
func TestMarkedReaderAsGoldmark(t *testing.T) {
	docs := readDocs(t, "../../testdata/dev-*/*.md", "../../testdata/layouts*/*.md", "../../testdata/postmortems/*.md", "testdata/*/*.md")
	if len(docs) < 100 {
		t.Fatalf("only %d documents found", len(docs))
	}
	for _, l := range markedProbeLines {
		docs = append(docs, l, "# T\n\n"+l+"\n", "# T\n\n"+l, "para\n\n"+l+"\n\nmore `x`\n")
	}
	for _, doc := range docs {
		if msg := markedReaderDiff([]byte(doc)); msg != "" {
			t.Fatalf("%s:\n%s", msg, clip(doc))
		}
	}
}

// FuzzMarkedReader holds markedReader to goldmark's inline parse on any
// text: a block goldmark would read into other nodes is a document
// misread, whatever the input.
func FuzzMarkedReader(f *testing.F) {
	for _, l := range markedProbeLines {
		f.Add([]byte(l))
		f.Add([]byte("# T\n\n" + l + "\n"))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4096 {
			return
		}
		if msg := markedReaderDiff(src); msg != "" {
			t.Fatalf("%s:\n%q", msg, src)
		}
	})
}

// markedReaderDiff reads src with the package's parsers and with
// goldmark's inline parse alone, and returns where the trees first
// differ, or "".
func markedReaderDiff(src []byte) string {
	if got, want := treeOf(markdown, src), treeOf(goldmarkOnlyParser, src); got != want {
		return "the trees differ for " + firstDiff(got, want)
	}
	if got, want := treeOf(mystMarkdown, src), treeOf(mystOnlyParser, src); got != want {
		return "the trees of MyST's reading differ for " + firstDiff(got, want)
	}
	return ""
}

// goldmarkOnlyParser and mystOnlyParser are the package's parsers with
// goldmark's inline parse in place of markedReader.
var (
	goldmarkOnlyParser = newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true})
	mystOnlyParser     = newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true, directives: true})
)

// firstDiff returns the first line where two dumps differ, both ways.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "got  " + g[i] + "\nwant " + w[i]
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// markedProbeLines are hand-made lines at every break, escape and mark.
var markedProbeLines = []string{
	"a `b` c", "`a`", "a `b`", "``a` b", "a ``b` c `` d", "` a `", "`  `", "a\\`b` c`", "a \\\\`b` c",
	"**a** _b_ *c*", "a ~~b~~ ~c~", "[a](b) ![c](d \"e\") [f] <http://g> <b>h</b>", "a\\*b\\\\*c*", "\\",
	"a  \nb", "a\\\nb", "a \\\n`b`", "a\r\nb  \r\nc\\\r\nd", "a\\\\\\\nb", "`a\nb` c", "*a\nb*",
	"- [ ] `a` b", "- [x] a *b*", "> a `b`\n> c", "| a | `b` |\n| - | - |\n| `c\\|d` | e |", "# a `b`", "a\n===\n`b`",
	"a   ", "a\\", "`a` \\\n", "&amp; `b`", "1. a `b`\n   c `d`\n\n   e", "- a\n\n  `b`\n- c", "\ta `b`",
	"a\t`b`\tc", "a\\ b", "é `ü` ß", "a <!-- `b` --> c", "[a `b`](c)", "`[a](b)`", "a ** b ** c", "_a_b",
	"- a\n\t`b` c", "1.\t`a`\n\tb *c*", ">\t`a`\n>\tb", "- [ ]\t`a`", "  - x\n\t\t*y* `z`\\\n\t\tw",
}
