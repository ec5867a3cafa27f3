package postmortem

import (
	"strings"
	"unicode"
)

// A documentation site written in MDX states an incident's facts as the
// props of a component of its own: "<IncidentFacts severity="SEV-1"
// lead="@ada" started="2026-11-05T19:12:00+01:00" … />". Each prop whose
// name is a field's ("startedAt" is "started at") is that field. A
// component with children ("<ActionItem owner=…>title</ActionItem>") is
// an item of its own, not the document's facts.

// componentRe is a self-closing JSX component other than an action's
// (jsxActionRe reads those).
var componentRe = lazyRe(`^<[A-Z][A-Za-z0-9.]*\s[^<>]*/>\s*$`)

// componentProps reads the fields a self-closing component's props give.
func (p *parser) componentProps(span Span) bool {
	b := p.src[span.Start:span.End]
	if len(b) < 4 || b[0] != '<' || b[1] < 'A' || b[1] > 'Z' || !componentRe.Match(b) || jsxActionRe.Match(b) {
		return false
	}
	eachProp(b, span.Start, func(label, value Span) {
		p.addField(camelWords(p.doc.Text(label)), p.doc.Text(value), label, value)
	})
	return true
}

// camelWords writes a prop's name in camel case as words: "startedAt"
// is "started At".
func camelWords(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
