package postmortem

import "strings"

// signatureLine reads a by-line with no label under the title: a name,
// then, parted by dashes or commas, the writer's role or team and the
// day it was written: "Dana Ruiz — Payments SRE — 2026-11-05", "*Dana
// Ruiz, Payments SRE, November 5, 2026*", "@dana — 5 Nov 2026" (roleLine
// reads the same parted by middle dots or bars, and the day too). The day makes it a signature: a name and a role alone may
// be anyone's ("Dana Ruiz, Payments SRE" under a title may name who was
// paged). The name is the author's, a field no other field gave.
func (p *parser) signatureLine(span Span, text string, lines int) {
	if lines != 1 || len(text) > 160 || !p.beforeSections() || p.namesSomeone() {
		return
	}
	if _, _, ok := roleLine(text); ok {
		return // read by byLine, with its day
	}
	t := strings.TrimLeft(text, "*_> ")
	lead := len(text) - len(t)
	t = strings.TrimRight(t, "*_ ")
	n := leadingPerson(t)
	if n == 0 || t[0] != '@' && !strings.Contains(t[:n], " ") || !signedDay(t[n:], t[0] == '@') {
		return // one capitalised word may be anything: "Summary · 2026-11-05"
	}
	vs := Span{span.Start + lead, span.Start + lead + n}
	p.proseFields = append(p.proseFields, Field{Key: FieldCreatedBy, Label: "Signature", Value: p.doc.Text(vs), Span: vs, Inferred: true})
}

// signatureSeps part a signature's name, role and day.
var signatureSeps = [...]string{" · ", " — ", " – ", " | ", ", ", " - "}

// signedDay reports what follows a signature's name: a note in
// parentheses ("Dana Ruiz (Payments SRE), 2026-11-05"), a separator, the
// writer's role or team, and a whole date at the end after a separator.
// Without a role, only a login signs: "Checkout API · 2026-11-05" is a
// subtitle.
func signedDay(rest string, login bool) bool {
	note := ""
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 0 {
			note, rest = t[:i], t[i+1:]
		}
	}
	if t := strings.TrimLeft(rest, " "); t == "" || !strings.ContainsRune("·—–|,-", []rune(t)[0]) {
		return false
	}
	for i := range len(rest) {
		for _, s := range signatureSeps {
			if strings.HasPrefix(rest[i:], s) && wholeDate(rest[i+len(s):]) {
				role := strings.Trim(rest[:i], " ·—–|,-")
				return shortRole(role) && (login || signedRole(note+" "+role))
			}
		}
	}
	return false
}

// wholeDate reports text that is a calendar date and nothing else:
// "2026-11-05", "November 5, 2026", "5 Nov 2026".
func wholeDate(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ". "))
	d, _, _, n := leadingDate(s, 2)
	return d > 0 && n == len(s) && strings.ContainsAny(s, "0123456789")
}

// shortRole reports the part of a signature between the name and the
// day: at most five words with no digit in them.
func shortRole(s string) bool {
	return !strings.ContainsAny(s, "0123456789:.!?") && len(strings.Fields(s)) <= 5
}

// signatureRoles are words of a writer's role or team.
var signatureRoles = wordSet("sre sres engineer engineering lead manager team on-call oncall developer director head architect owner commander ic analyst administrator admin responder author writer cto vp principal senior staff reliability devops squad")

// signedRole reports a role or a team among the words of s.
func signedRole(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '(' || r == ')' }) {
		if signatureRoles[w] || roleWords[w] {
			return true
		}
	}
	return false
}
