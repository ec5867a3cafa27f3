package postmortem

import (
	"testing"

	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// TestPlainTextsAsGoldmark: blocks read by plainTexts get the tree
// goldmark's inline parse gives them, over the repository's documents
// and random texts of lines with and without marks, ending in every
// kind of break, in every kind of block; and plainTexts reads some.
func TestPlainTextsAsGoldmark(t *testing.T) {
	inline := newBlockParser(tableRows{}, tableCode{}, strikes{}, readings{lastLines: true})
	docs := readDocs(t, "../../testdata/postmortems/*.md", "../../testdata/layouts/*.md", "../../testdata/dev-docs*/*.md", "testdata/*/*.md", "../../docs/*.md", "../../*.md")
	if len(docs) < 20 {
		t.Fatalf("%d documents read", len(docs))
	}
	parts := []string{"text", "two words", " ", "  ", "\t", "\v", "\f", "\r", "\n", "  \n", "  \r\n", "\r\n", "\n\n", "- ", "1. ", "> ",
		"    ", ">\t", "-\t", "1.\t", "  -\t\t", "# ", "## H\n", "---\n", "===\n", "| a | b |\n", "|---|---|\n", "a | b\n", "`", "*", "_", "~", "[", "]", "!", "<", "\\",
		"```\n", "~~~\n", "<div>\n", ":::note\n", ":::\n", "h2. Jira\n", "== Wiki ==\n", "Title\n=====\n", "\u00a0", "é", ".", ",", "&amp;", "@dana",
		"- [ ] ", "- [x] ", "* [X]\t", "1. [ ]", "[ ] ", "[x]", " [ ]  ", "[\t] ", "[y] "}
	texts := quickTexts(23, 30000, docs, parts...)
	read := 0
	for _, src := range texts {
		if got, want := treeOf(markdown, []byte(src)), treeOf(inline, []byte(src)); got != want {
			t.Fatalf("%q:\nread as\n%s\ngoldmark reads\n%s", src, got, want)
		}
		read += plainRead([]byte(src))
	}
	if read < len(texts)/4 {
		t.Errorf("plainTexts read %d blocks of %d texts", read, len(texts))
	}
}

// plainRead counts the blocks plainTexts reads in a parse of src.
func plainRead(src []byte) int {
	pc := gparser.NewContext()
	markdown.Parse(text.NewReader(src), gparser.WithContext(pc))
	read, _ := pc.Get(plainBlocksKey).(*plainBlocks)
	if read == nil {
		return 0
	}
	return len(read.kept)
}
