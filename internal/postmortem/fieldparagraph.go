package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// fieldParagraph reports a paragraph of two or more lines each of which
// is a field's "Label: value" ("**Severity:** SEV1", "**Incident
// lead:** @a"): the document's fields, whatever section key holds them,
// as an admonition titled "Incident details" does. A paragraph of one
// such line is a field there too where its value is a name or a code,
// not a sentence ("Incident commander: Ana Ruiz", "Contact: @ana"),
// except in an action list, whose "Owner: @a" is an action's.
func (p *parser) fieldParagraph(n ast.Node, key string) bool {
	lines := n.Lines()
	if lines.Len() == 1 {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(0).Start))
		return key != "remediation" && key != SectionRecord && p.loneField(ls) || p.fieldsLine(ls)
	}
	if lines.Len() < 2 {
		return false
	}
	if key == "additional_info" {
		return p.notesFields(lines)
	}
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		label, _, ok := p.keyValue(ls)
		if !ok || p.fieldKey(p.doc.Text(label)) == "" {
			return false
		}
	}
	return true
}

// fieldsLine reports a line of two or more fields joined by " · " and
// nothing else ("**Severity:** S2 · **Incident lead:** @x · **Review:**
// 11.11.2026"): the document's fields in any section, an action list's
// too, since an action's line has its title.
func (p *parser) fieldsLine(ls Span) bool {
	if parts := attributeParts(ls, p.doc.Text(ls)); parts != nil {
		return p.knownLabel(parts) // "[severity: sev2] [lead: @x] [status: reviewed]"
	}
	if !containsAround(p.doc.Text(ls), 0xb7, " \xc2", " ") { // " · ", from the middle dot's last byte
		return false
	}
	parts := p.lineParts(ls)
	for _, part := range parts {
		if label, _, ok := p.keyValue(part); !ok || p.fieldKey(p.doc.Text(label)) == "" {
			return false
		}
	}
	return len(parts) >= 2
}

// loneField reports a line that is a field's label and a value that
// reads as a value: a login, a name of a few words (a role after it in
// parentheses aside), a time or a code.
func (p *parser) loneField(ls Span) bool {
	if colon := bytes.IndexByte(p.src[ls.Start:min(ls.End, ls.Start+60)], ':'); colon < 2 {
		return false // a label is short, and a colon ends it
	}
	label, value, ok := p.keyValue(ls)
	if !ok || p.fieldKey(p.doc.Text(label)) == "" {
		return false
	}
	v := p.doc.Text(value)
	if before, _, cut := strings.Cut(v, "("); cut {
		v = before // "Ana Ruiz (SRE on call)"
	}
	return strings.TrimSpace(v) != "" && !isProse(v)
}

// knownLabel reports a part that is a field's "Label: value".
func (p *parser) knownLabel(parts []Span) bool {
	for _, part := range parts {
		if label, _, ok := p.keyValue(part); ok && p.fieldKey(p.doc.Text(label)) != "" {
			return true
		}
	}
	return false
}

// notesFields reports lines of a notes section that are the document's
// fields, as a meeting's or an alert's notes open with them: every line
// a label and its value, two or more of the labels a field's, the
// others of the team's own ("Time zone: EET").
func (p *parser) notesFields(lines *text.Segments) bool {
	known := 0
	for i := 0; i < lines.Len(); i++ {
		field, ok := p.noteLine(p.doc.LineSpan(p.doc.Line(lines.At(i).Start)), "")
		if !ok {
			return false
		}
		if field {
			known++
		}
	}
	return known >= 2
}

// noteLine reads a line of a notes section's opening: field reports a
// field's label and value, ok a label of the team's own where it is not
// one (the marks of cut, a list item's, left off first).
func (p *parser) noteLine(ls Span, cut string) (field, ok bool) {
	if _, _, field := p.keyValue(ls); field {
		return true, true
	}
	return false, labelLine(bytes.TrimLeft(p.src[ls.Start:ls.End], cut))
}

// labelLine reports a line that opens with a label of a few words and a
// colon, in a bold run or not: "**Time zone:** EET", "Room: 4B".
func labelLine(line []byte) bool {
	colon := bytes.IndexByte(line[:min(len(line), 120)], ':')
	return colon >= 2 && len(bytes.Fields(line[:colon])) <= 5 && !bytes.Contains(line[:colon], []byte(". "))
}

// notesFieldList reports a list of a notes section whose items are the
// document's fields, as notesFields does a paragraph's lines: each item
// a label and its value, two or more of the labels a field's. The
// answer for the last list asked is kept, as each item asks it.
func (p *parser) notesFieldList(list ast.Node) bool {
	if list == p.notesList.node {
		return p.notesList.fields
	}
	known, fields := 0, true
	for li := list.FirstChild(); li != nil && fields; li = li.NextSibling() {
		para := li.FirstChild()
		if para == nil || para.Lines().Len() == 0 {
			fields = false
			break
		}
		field, ok := p.noteLine(p.doc.LineSpan(p.doc.Line(para.Lines().At(0).Start)), " \t-*+")
		if field {
			known++
		}
		fields = ok
	}
	p.notesList.node, p.notesList.fields = list, fields && known >= 2
	return p.notesList.fields
}
