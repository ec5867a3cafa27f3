package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A Word document converted by pandoc with its tracked changes kept
// writes what an author deleted in a span of its own: "[Buy a second log
// volume. Owner: Infrastructure.]{.deletion author="…" date="…"}". An
// item so deleted is no longer in the document: no action, no entry, no
// prose.

// deletedItem reports a list item whose text is wholly a tracked
// deletion.
func (p *parser) deletedItem(li ast.Node) bool {
	first, last := li.FirstChild(), li.LastChild()
	if first == nil {
		return false
	}
	start, end := linesSpan(first), linesSpan(last)
	if !start.Valid() || !end.Valid() {
		return false
	}
	return trackedDeletion(p.doc.Text(Span{start.Start, end.End}))
}

// trackedDeletion reports text that is one deletion span: a bracket
// opens it, and the first span's attributes, ".deletion", close it.
func trackedDeletion(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "}") {
		return false
	}
	i := strings.Index(t, "]{.")
	return i > 0 && strings.HasPrefix(t[i:], "]{.deletion") && strings.IndexByte(t[i:], '}') == len(t)-1-i
}
