package postmortem

import (
	"slices"
	"strings"
	"testing"
)

// TestLabelAfterSeparator: a label right after another separator splits
// nothing that separator does not, so the item reads as labelled only
// where a label alone ends a part.
func TestLabelAfterSeparator(t *testing.T) {
	for text, want := range map[string]bool{
		"Add a lag alert — owner: @ruth-a, due: 2026-12-10, priority: P1": false,
		"Add a lag alert, owner: @ruth-a":                                 false,
		"Add a lag alert (owner: @ruth-a)":                                false,
		"Add a lag alert owner: @ruth-a":                                  true,
		"Add a lag alert. Owner: @ruth-a":                                 true,
		"Add a lag alert —  owner: @ruth-a due: 2026-12-10":               true,
	} {
		if _, got := splitParts(nil, []byte(text), Span{0, len(text)}, true); got != want {
			t.Errorf("%q: labelled %v, want %v", text, got, want)
		}
	}
}

// TestUnlabelledSplitsAlike holds splitParts to its promise: an item it
// reads with labels as not labelled splits into the same parts without
// labels, which the older reading of its title takes for granted.
func TestUnlabelledSplitsAlike(t *testing.T) {
	texts := append(sampleTexts(t), readDocs(t, "../../testdata/dev-docs*/*.md")...)
	texts = append(texts, "Fix it — owner: @a — due: 2026-01-02", "Fix it;  due: 2026-01-02", "Fix it — Status: done",
		"[Fix it — now](https://x) — owner: @a", "Fix it |\towner: @a", "Fix it. Due 2026-10-16.", "Fix it — Done 2026-10-01")
	n := 0
	for _, doc := range texts {
		for _, line := range strings.Split(doc, "\n") {
			src := []byte(line)
			text := trimSpan(src, Span{0, len(src)})
			if text.Len() == 0 {
				continue
			}
			with, labelled := splitParts(nil, src, text, true)
			if labelled {
				continue
			}
			n++
			if without, _ := splitParts(nil, src, text, false); !slices.Equal(with, without) {
				t.Errorf("%q: parts %v with labels, %v without", line, with, without)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d lines read", n)
	}
}
