package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// mailHeaderNames are the headers an email opens with; a paragraph of
// three or more of them, one of them From, is the email's header.
var mailHeaderNames = map[string]bool{"from": true, "to": true, "cc": true, "bcc": true, "date": true, "sent": true, "subject": true, "reply to": true}

// mailHeaders reads the sender of a post-mortem sent as an email as its
// contact and the day it was sent as its date: "From: Tariq Haddad
// <tariq@example.com>" opening a paragraph of headers (To, Cc, Date or
// Sent, Subject) before the first section. It reports whether the
// paragraph is such a header, which is no summary's prose.
func (p *parser) mailHeaders(n ast.Node) bool {
	if !p.beforeSections() {
		return false
	}
	from, sent, ok := p.mailHeader(n)
	if !ok {
		return false
	}
	v := senderName(p.doc.Text(from), from)
	p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "From", Value: p.doc.Text(v), Span: v})
	if sent.Len() > 0 {
		p.doc.Fields = append(p.doc.Fields, Field{Key: FieldDate, Label: "Sent", Value: p.doc.Text(sent), Span: sent})
	}
	return true
}

// mailHeader reads a paragraph of three or more email headers, one of
// them From, for the values of From and of Date or Sent.
func (p *parser) mailHeader(n ast.Node) (from, sent Span, ok bool) {
	lines := n.Lines()
	if lines.Len() < 3 {
		return from, sent, false
	}
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		line := strings.TrimLeft(p.doc.Text(ls), "> ") // a header quoted in a reply
		label, _, found := strings.Cut(line, ":")
		name := normalize(label)
		if !found || !mailHeaderNames[name] {
			return from, sent, false
		}
		value := trimMarks(p.src, Span{ls.End - len(line) + len(label) + 1, ls.End}, " \t\r*_")
		switch name {
		case "from":
			from = value
		case "sent", "date":
			sent = value
		}
	}
	return from, sent, from.Len() > 0
}

// senderName narrows a From header's value to the sender's name where
// one is written before the address: "Tariq Haddad <tariq@example.com>"
// is "Tariq Haddad", a bare address stays as it is.
func senderName(value string, span Span) Span {
	i := strings.IndexByte(value, '<')
	name := strings.TrimSpace(strings.Trim(strings.TrimSpace(value[:max(i, 0)]), `"`))
	if i <= 0 || name == "" {
		return span
	}
	start := strings.Index(value, name)
	return Span{span.Start + start, span.Start + start + len(name)}
}
