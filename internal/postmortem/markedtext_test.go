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
	goldmarkOnly := newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true})
	mystOnly := newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true, plainTexts: true, directives: true})
	docs := readDocs(t, "../../testdata/dev-*/*.md", "../../testdata/layouts*/*.md", "../../testdata/postmortems/*.md", "testdata/*/*.md")
	if len(docs) < 100 {
		t.Fatalf("only %d documents found", len(docs))
	}
	lines := []string{
		"a `b` c", "`a`", "a `b`", "``a` b", "a ``b` c `` d", "` a `", "`  `", "a\\`b` c`", "a \\\\`b` c",
		"**a** _b_ *c*", "a ~~b~~ ~c~", "[a](b) ![c](d \"e\") [f] <http://g> <b>h</b>", "a\\*b\\\\*c*", "\\",
		"a  \nb", "a\\\nb", "a \\\n`b`", "a\r\nb  \r\nc\\\r\nd", "a\\\\\\\nb", "`a\nb` c", "*a\nb*",
		"- [ ] `a` b", "- [x] a *b*", "> a `b`\n> c", "| a | `b` |\n| - | - |\n| `c\\|d` | e |", "# a `b`", "a\n===\n`b`",
		"a   ", "a\\", "`a` \\\n", "&amp; `b`", "1. a `b`\n   c `d`\n\n   e", "- a\n\n  `b`\n- c", "\ta `b`",
		"a\t`b`\tc", "a\\ b", "é `ü` ß", "a <!-- `b` --> c", "[a `b`](c)", "`[a](b)`", "a ** b ** c", "_a_b",
		"- a\n\t`b` c", "1.\t`a`\n\tb *c*", ">\t`a`\n>\tb", "- [ ]\t`a`", "  - x\n\t\t*y* `z`\\\n\t\tw",
	}
	for _, l := range lines {
		docs = append(docs, l, "# T\n\n"+l+"\n", "# T\n\n"+l, "para\n\n"+l+"\n\nmore `x`\n")
	}
	for _, doc := range docs {
		src := []byte(doc)
		want := treeOf(goldmarkOnly, src)
		if got := treeOf(markdown, src); got != want {
			t.Fatalf("the trees differ for %q:\n%s", firstDiff(got, want), clip(doc))
		}
		if got, want := treeOf(mystMarkdown, src), treeOf(mystOnly, src); got != want {
			t.Fatalf("the trees of MyST's reading differ for %q:\n%s", firstDiff(got, want), clip(doc))
		}
	}
}

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
