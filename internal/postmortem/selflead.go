package postmortem

import "strings"

// A write-up often says who led in the first person, once, in its
// story or its closing: "I was running the incident on Tuesday and am
// happy to answer questions", "For the record, I was incident lead on
// this one", "C'est moi qui coordonnais samedi matin". The one who says
// it is the speaker a transcript or a chat names in bold at the head of
// the paragraph ("**Kwame Asante** (0:12)"), else the document's writer,
// its author or the name it is signed with.

// ledWords are those first-person sentences, lower case.
var ledWords = []string{
	"i was running the incident", "i was running this one", "i ran the incident", "i ran this one", "i was running point",
	"i was incident lead", "i was the incident lead", "i was incident commander", "i was the incident commander",
	"i was ic ", "i was ic,", "i was ic.", "i was the ic", "i led the response", "i led the incident", "i was leading the incident",
	"i coordinated the response", "i coordinated our response", "i co-ordinated the response", "i was coordinating the response",
	"c'est moi qui coordonnais", "c’est moi qui coordonnais", "c'est moi qui ai coordonné", "c’est moi qui ai coordonné", "j'ai coordonné la réponse", "j’ai coordonné la réponse",
	"yo coordiné", "coordiné yo", "ich habe den einsatz geleitet", "ich habe die koordination übernommen", "ik heb de coördinatie",
}

// ledOpeners are the words ledWords open with, the quick test.
var ledOpeners = newKeywords("i was", "i ran", "i led", "i'm", "i’m", "i am", "i took", "i handled", "i managed", "i coordinated", "i co-ordinated", "c'est", "c’est", "j'ai", "j’ai", "yo ", "coordin", "ich habe", "ik heb")

// selfLead gives the contact to whoever says they led, where no other
// layout gives it.
func (p *parser) selfLead() {
	if _, ok := p.doc.Field(FieldContact); ok || !ledOpeners.in(p.doc.text) {
		return
	}
	for text, at := p.doc.text, 0; text != ""; {
		para, rest, _ := strings.Cut(text, "\n\n")
		if m := firstLeadRe.FindStringSubmatchIndex(para); ledIn(para) || m != nil {
			name, span := p.ledBy(para, at)
			if name == "" && m != nil {
				name, span = "I", Span{at + m[2], at + m[3]} // the writer, not named
			} else if name == "" {
				if i, n := ledAt(para); i >= 0 {
					name, span = p.doc.text[at+i:at+i+n], Span{at + i, at + i + n} // "C'est moi qui coordonnais"
				}
			}
			if name != "" {
				p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "Incident lead (in their own words)", Value: name, Span: span, Inferred: true})
				return
			}
		}
		at += len(para) + 2
		text = rest
	}
}

// ledIn reports a paragraph holding one of ledWords.
func ledIn(para string) bool {
	return holdsPhrase(para, ledOpeners, ledWords)
}

// ledAt is where the first of ledWords stands in para, and its length;
// -1 where none does.
func ledAt(para string) (int, int) {
	lower := strings.ToLower(para)
	for _, w := range ledWords {
		if i := strings.Index(lower, w); i >= 0 && len(lower) == len(para) {
			return i, len(w)
		}
	}
	return -1, 0
}

// holdsPhrase reports text holding one of phrases (lower case), asked
// only where a word opens as one of them does (openers).
func holdsPhrase(text string, openers *keywords, phrases []string) bool {
	if !openers.in(text) {
		return false
	}
	lower := strings.ToLower(text)
	for _, w := range phrases {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// endSignature is what follows a sign-off's dash at the end of a
// paragraph's last line, where it opens with a person's name.
func endSignature(para, dash string) (string, bool) {
	i := strings.LastIndex(para, " "+dash)
	if i < 0 || strings.Contains(para[i:], "\n") {
		return "", false
	}
	rest := para[i+1+len(dash):]
	return rest, personName(strings.TrimSpace(rest[:strings.IndexAny(rest+"(", "(,.")]))
}

// ledBy is who says the paragraph at offset at: its speaker, named in
// bold at its head, or the writer.
func (p *parser) ledBy(para string, at int) (string, Span) {
	if rest, ok := strings.CutPrefix(para, "**"); ok {
		if name, _, ok := strings.Cut(rest, "**"); ok && personName(name) {
			return name, Span{at + 2, at + 2 + len(name)}
		}
	}
	if name := signedName(para); name != "" {
		i := at + strings.Index(para, name)
		return name, Span{i, i + len(name)}
	}
	name := p.writer()
	if name == "" {
		return "", Span{}
	}
	if f, ok := p.doc.Field(FieldCreatedBy); ok {
		return name, f.Span
	}
	return name, Span{}
}

// signedName is the name a sign-off opens with after its dash, up to a
// note in parentheses or a comma: "— ville (admin; I was running this
// one, …)"; the sign-off opens the paragraph or ends its last sentence
// ("… mostly from my notes — Nadia Brook (@nbrook).").
func signedName(para string) string {
	for _, dash := range [...]string{"— ", "– ", "-- "} {
		rest, ok := strings.CutPrefix(para, dash)
		if !ok {
			rest, ok = endSignature(strings.TrimRight(para, "\n "), dash)
		}
		if ok {
			name := strings.TrimSpace(rest[:strings.IndexAny(rest+"(", "(,\n")])
			if name != "" && !strings.ContainsAny(name, "0123456789") && strings.Count(name, " ") <= 2 {
				return name
			}
		}
	}
	return ""
}
