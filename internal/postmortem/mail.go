package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// mailHeaderNames are the headers an email or a memo opens with, in
// English and in the languages of the vocabulary, by what they are; a
// paragraph of three or more of them, one of them From, is its header.
// A paragraph all of whose lines are headers is needed, so the short
// words ("de", "da", "an") read nothing elsewhere.
var mailHeaderNames = func() map[string]string {
	m := map[string]string{}
	for name, words := range map[string]string{
		"from":    "from|de la|von|de|da|van|från|fra|od|lähettäjä|kimden|dari|daripada|от|від|από|feladó|mittente|remitente|expéditeur|afzender|nadawca|odesílatel",
		"to":      "to|către|catre|an|à|a|para|aan|till|til|do|vastaanottaja|kime|kepada|кому|προς|címzett|destinatario|destinataire|pentru",
		"cc":      "cc|bcc|reply to|kopie|copie|kopia|kopi|копия|копія|κοιν",
		"date":    "date|sent|data|datum|fecha|dato|päivämäärä|tarih|tarikh|tanggal|дата|ημερομηνία|dátum|enviado|envoyé|gesendet|verzonden|skickat|sendt|wysłano|trimis",
		"subject": "subject|subiect|betreff|objet|asunto|assunto|oggetto|onderwerp|ämne|emne|temat|předmět|aihe|konu|perkara|subjek|тема|θέμα|tárgy",
	} {
		for _, w := range strings.Split(words, "|") {
			m[normalize(w)] = name
		}
	}
	return m
}()

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
		name := mailHeaderNames[normalize(label)]
		if !found || name == "" {
			return from, sent, false
		}
		value := trimMarks(p.src, Span{ls.End - len(line) + len(label) + 1, ls.End}, " \t\r*_")
		switch name {
		case "from":
			from = value
		case "date":
			sent = value
		}
	}
	return from, sent, from.Len() > 0
}

// senderName narrows a From header's value to the sender's name where
// one is written before the address: "Tariq Haddad <tariq@example.com>"
// is "Tariq Haddad", a bare address stays as it is; a mail system's
// hierarchical name, "Andrei Vlăsceanu/Centru/BancaCarpatica", is its
// first part.
func senderName(value string, span Span) Span {
	if k := strings.IndexByte(value, '/'); k > 0 && strings.IndexByte(value[:k], ' ') > 0 && !strings.ContainsAny(value[:k], "<@") {
		return Span{span.Start, span.Start + len(strings.TrimSpace(value[:k]))} // "Andrei Vlăsceanu/Centru/Banca": a mail system's hierarchical name
	}
	i := strings.IndexByte(value, '<')
	name := strings.TrimSpace(strings.Trim(strings.TrimSpace(value[:max(i, 0)]), `"`))
	if i <= 0 || name == "" {
		return span
	}
	start := strings.Index(value, name)
	return Span{span.Start + start, span.Start + start + len(name)}
}
