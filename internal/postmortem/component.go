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

var (
	// componentRe opens a self-closing JSX component.
	componentRe = lazyRe(`^<[A-Z][A-Za-z0-9.]*\s[^<>]*/>\s*$`)
	// propRe is one prop with a string value: name="…", name='…' or
	// name={"…"}.
	propRe = lazyRe(`([A-Za-z][A-Za-z0-9]*)=(?:"([^"]*)"|'([^']*)'|\{"([^"]*)"\})`)
)

// componentProps reads the fields a self-closing component's props give.
func (p *parser) componentProps(span Span) bool {
	b := p.src[span.Start:span.End]
	if len(b) < 4 || b[0] != '<' || b[1] < 'A' || b[1] > 'Z' || !componentRe.Match(b) {
		return false
	}
	for _, m := range propRe.get().FindAllSubmatchIndex(b, -1) {
		v := 4
		for v < 8 && m[v] < 0 {
			v += 2
		}
		label := Span{span.Start + m[2], span.Start + m[3]}
		value := Span{span.Start + m[v], span.Start + m[v+1]}
		p.addField(camelWords(p.doc.Text(label)), p.doc.Text(value), label, value)
	}
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
