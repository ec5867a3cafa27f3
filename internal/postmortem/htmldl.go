package postmortem

import (
	"bytes"
)

// An HTML definition list, as pandoc writes a reStructuredText field
// list or definition list in GitHub Markdown:
//
//	<dl>
//	<dt>Incident lead</dt>
//	<dd>Dr Fiona Reyes (<code>freyes</code>)</dd>
//	</dl>
//
// Each term labels the definition after it. Outside an action list the
// pairs are the document's fields; indented under an action's item they
// are that action's fields ("Owner", "Due", "Status"). A login in code
// after a name is the owner's login, and a due date written inside a
// sentence ("before the maintenance day (2027-01-12)") is that day.

// dlPair is a term of a definition list and its definition, each
// between its tags.
type dlPair struct{ term, def Span }

// definitionPairs reads the terms and definitions of the definition
// lists in span.
func (p *parser) definitionPairs(span Span) []dlPair {
	var pairs []dlPair
	b := p.src[span.Start:span.End]
	for i := 0; ; {
		dt := tagInner(b, i, "dt")
		if dt.End < 0 {
			return pairs
		}
		dd := tagInner(b, dt.End, "dd")
		if dd.End < 0 {
			return pairs
		}
		if next := bytes.Index(b[dt.End:], []byte("<dt>")); next >= 0 && dt.End+next < dd.Start {
			i = dt.End // a term without a definition
			continue
		}
		pairs = append(pairs, dlPair{
			trimSpan(p.src, Span{span.Start + dt.Start, span.Start + dt.End}),
			trimSpan(p.src, Span{span.Start + dd.Start, span.Start + dd.End}),
		})
		i = dd.End
	}
}

// tagInner finds the next element <tag>…</tag> in b from i and returns
// the span of its content; End is -1 when there is none.
func tagInner(b []byte, i int, tag string) Span {
	open := bytes.Index(b[i:], []byte("<"+tag+">"))
	if open < 0 {
		return Span{-1, -1}
	}
	start := i + open + len(tag) + 2
	end := bytes.Index(b[start:], []byte("</"+tag+">"))
	if end < 0 {
		return Span{-1, -1}
	}
	return Span{start, start + end}
}

// definitionList reads an HTML definition list as fields, of the action
// whose item holds it or of the document; it reports whether span held
// one.
func (p *parser) definitionList(span Span) bool {
	if !bytes.Contains(p.src[span.Start:span.End], []byte("<dt>")) {
		return false
	}
	pairs := p.definitionPairs(span)
	if len(pairs) == 0 {
		return false
	}
	if p.itemAction > 0 && p.itemAction <= len(p.doc.Actions) {
		a := &p.doc.Actions[p.itemAction-1]
		for _, pr := range pairs {
			p.definitionField(a, pr)
		}
		return true
	}
	for _, pr := range pairs {
		p.addField(p.doc.Text(pr.term), p.doc.Text(pr.def), pr.term, pr.def)
	}
	return true
}

// definitionField gives an action the field a pair names.
func (p *parser) definitionField(a *Action, pr dlPair) {
	key := lookupNormal(headingFieldKeys, p.doc.Text(pr.term))
	v := pr.def
	switch key {
	case "":
		return
	case colOwner:
		if c := tagInner(p.src[:v.End], v.Start, "code"); c.End > 0 && isPlainLogin(string(p.src[c.Start:c.End])) {
			v = c // "Sam Okonjo (<code>sokonjo</code>)": the login
		}
	case colDue:
		if m := isoDayRe.FindIndex(p.src[v.Start:v.End]); m != nil {
			v = Span{v.Start + m[0], v.Start + m[1]}
		}
	case colStatus:
		if lt := bytes.IndexByte(p.src[v.Start:v.End], '<'); lt > 0 {
			v = trimSpan(p.src, Span{v.Start, v.Start + lt}) // "in progress, <a …>RC-418</a>"
		}
	}
	p.nestedFields(a, []headingFieldLine{{key, v}})
}

// isoDayRe is an ISO date anywhere in a text.
var isoDayRe = lazyRe(`\b\d{4}-\d{2}-\d{2}\b`)
