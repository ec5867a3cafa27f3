package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// mailHeaderNames are the headers an email opens with; a paragraph of
// three or more of them, one of them From, is the email's header.
var mailHeaderNames = map[string]bool{"from": true, "to": true, "cc": true, "bcc": true, "date": true, "sent": true, "subject": true, "reply to": true}

// mailHeaders reads the sender of a post-mortem sent as an email as its
// contact: "From: Tariq Haddad <tariq@example.com>" opening a paragraph
// of headers (To, Cc, Date, Subject) before the first section.
func (p *parser) mailHeaders(n ast.Node) {
	lines := n.Lines()
	if len(p.doc.Sections) > 0 || lines.Len() < 3 {
		return
	}
	var from Span
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		label, _, ok := strings.Cut(p.doc.Text(ls), ":")
		if !ok || !mailHeaderNames[normalize(label)] {
			return
		}
		if normalize(label) == "from" {
			from = trimMarks(p.src, Span{ls.Start + len(label) + 1, ls.End}, " \t\r")
		}
	}
	if from.Valid() && from.Len() > 0 {
		v := senderName(p.doc.Text(from), from)
		p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "From", Value: p.doc.Text(v), Span: v})
	}
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
