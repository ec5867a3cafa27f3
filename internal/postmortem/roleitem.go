package postmortem

import "strings"

// A list of the people of the response, under a heading whose words name
// no field ("Incident team", "Participants", "People"), gives each person
// with the role they had: "Dana Ruiz (Incident Commander)", "@dana (IC)",
// "Dana Ruiz — incident commander", "Dana Ruiz: IC". The one with a
// contact's role is the contact, as "Incident commander: Dana Ruiz" would
// say with the label first.

// roleItem reads the line part a key/value reading left, label and value
// where it split one, as a person and their role; it reports whether
// the role made the person the contact.
func (p *parser) roleItem(part, label, value Span) bool {
	text := p.doc.Text(trimMarks(p.src, part, " \t>-*+_"))
	if len(text) > 120 || text == "" {
		return false
	}
	name, ok := parenRoleName(text)
	if !ok && label.End > label.Start && value.End > value.Start {
		name, ok = p.personBeforeRole(label, value)
	}
	if !ok {
		return false
	}
	at := strings.Index(p.doc.Text(part), name)
	if at < 0 {
		return false
	}
	v := Span{part.Start + at, part.Start + at + len(name)}
	p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "Contact (by role)", Value: name, Span: v, Inferred: true})
	return true
}

// parenRoleName is the name of "Dana Ruiz (Incident Commander)" and
// "@dana (IC)": a name, and a contact's role in parentheses that end the
// line.
func parenRoleName(text string) (string, bool) {
	open := strings.IndexByte(text, '(')
	if open <= 0 || !strings.HasSuffix(strings.TrimRight(text, " .;,"), ")") || roleKey(text) != FieldContact {
		return "", false
	}
	name := strings.Trim(text[:open], " *_")
	if !namesSomeone(name) || acronymWord(name) {
		return "", false
	}
	return name, true
}

// personBeforeRole is the name of "Dana Ruiz — incident commander": a name
// of two or three words or a login before the separator, a contact's
// role after it and nothing else.
func (p *parser) personBeforeRole(label, value Span) (string, bool) {
	name := p.doc.Text(trimMarks(p.src, label, " \t*_"))
	role := strings.Trim(p.doc.Text(value), " \t*_.")
	if !contactRole(role) {
		return "", false
	}
	if !roleLineName.MatchString(name) || acronymWord(name) {
		return "", false
	}
	return name, true
}
