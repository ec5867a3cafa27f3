package postmortem

import "testing"

// TestWordSpace: where wordSpace passes a space over, neither hardBreak
// nor spacedSeparator would have found a separator there, and wherever
// readLabelAt reads a label, mayOpenLabel lets it; over items of words,
// labels in either case, marks and separators put together at random.
func TestWordSpace(t *testing.T) {
	items := quickTexts(23, 20000, []string{"Add an alert — owner: @dana, due: 2026-12-01", "Fix it. Status: done", "a b"},
		"Add", "alert", "owner:", "Owner:", "OWNER=", "due:", "Due", "deadline:", "target date:", "Target", "prio:", "status:",
		"state:", "milestone:", "assignee:", "Done", "completed 2026-12-01", "Closed.", "Priority:", "Verantwortlich:", "Frist:", "._", " ", "  ", "\n", "\t", ".", "*", "_", "-", "--", "|", "/", "·", "—", "5", "x_y", "é", "(", ")")
	passed := 0
	for _, item := range items {
		src := []byte(item)
		text := Span{0, len(src)}
		for i := range src {
			for _, sentence := range []bool{false, true} {
				if readLabelAt(src, i, text.End, sentence) && !mayOpenLabel(src, i, text.End) {
					t.Fatalf("%q at %d: a label mayOpenLabel does not let through", item, i)
				}
			}
			if !wordSpace(src, i, text) {
				continue
			}
			passed++
			if n := hardBreak(src, i, text); n > 0 {
				t.Fatalf("%q at %d: a line break of %d bytes passed over", item, i, n)
			}
			if n := spacedSeparator(src, i, text); n > 0 {
				t.Fatalf("%q at %d: a separator of %d bytes passed over", item, i, n)
			}
		}
	}
	if passed == 0 {
		t.Fatal("no space passed over")
	}
}
