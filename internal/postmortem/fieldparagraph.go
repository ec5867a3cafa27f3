package postmortem

import "github.com/yuin/goldmark/ast"

// fieldParagraph reports a paragraph of two or more lines each of which
// is a field's "Label: value" ("**Severity:** SEV1", "**Incident
// lead:** @a"): the document's fields, whatever section holds them, as
// an admonition titled "Incident details" does.
func (p *parser) fieldParagraph(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		label, _, ok := p.keyValue(ls)
		if !ok || fieldKey(p.doc.Text(label)) == "" {
			return false
		}
	}
	return true
}
