package postmortem

import "strings"

// An essay names who will do each thing in the sentence that says it:
// "Dee (@dee-ol) will make the origin fail over …, by 20 November.",
// "The platform team (@acme/platform) will …", "I will …" (the author),
// "Marcus will also …" (a person the document named with a login
// before). Each is a plan with that owner.

// namedPlanRe is a sentence whose subject is a person or a team and
// whose verb follows "will": the subject is group 1, the verb group 2.
var namedPlanRe = lazyRe(`^(?:[^,.;:]{1,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Ll}+\s+){0,2}\(@[A-Za-z0-9][A-Za-z0-9/_-]*\)|@[A-Za-z0-9][A-Za-z0-9/_-]*|I|\p{Lu}\p{Ll}+)\s+will\s+(?:also\s+|then\s+|now\s+)?(\p{Ll}+)\b`)

// mentionRe is a person named with a login: "Dee Okafor (@dee-ol)".
// The name, group 1, may open with a capitalised word that is no part
// of it ("Thanks Marcus Yi (@marcus-yi)").
var mentionRe = lazyRe(`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*\(@([A-Za-z0-9][A-Za-z0-9-]*)\)`)

// namedPlan returns the plan a sentence states with its owner's login,
// or ok false.
func (p *parser) namedPlan(s Span) (verb Span, owner string, ok bool) {
	b := p.src[s.Start:s.End]
	if !strings.Contains(string(b), " will ") {
		return Span{}, "", false
	}
	m := namedPlanRe.FindSubmatchIndex(b)
	if m == nil || planVerbsNot[string(b[m[4]:m[5]])] {
		return Span{}, "", false
	}
	owner = p.planSubject(string(b[m[2]:m[3]]))
	if owner == "" {
		return Span{}, "", false
	}
	v := Span{s.Start + m[4], s.End}
	for v.End > v.Start && strings.IndexByte(".!:;", p.src[v.End-1]) >= 0 {
		v.End--
	}
	return v, owner, v.Len() >= 12
}

// planSubject returns the login of a plan's subject: the one written
// with it, the author's for "I", that of a person the document names
// with a login for a first name alone; "" for any other subject.
func (p *parser) planSubject(subject string) string {
	if i := strings.LastIndex(subject, "@"); i >= 0 {
		return strings.TrimSuffix(subject[i+1:], ")")
	}
	if subject == "I" {
		return p.authorLogin()
	}
	return p.loginOfName(subject)
}

// authorLogin returns the login of the document's author, where a field
// or a sign-off names one.
func (p *parser) authorLogin() string {
	for _, f := range append(p.doc.Fields, p.proseFields...) {
		if f.Key == FieldCreatedBy {
			if m := loginInRe.FindStringSubmatch(f.Value); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

var loginInRe = lazyRe(`@([A-Za-z0-9][A-Za-z0-9-]*)`)

// loginOfName returns the login the document gives a name with,
// "Marcus (@marcus-yi)", "Thanks Marcus Yi (@marcus-yi)", or "".
func (p *parser) loginOfName(name string) string {
	if p.nameLogins == nil {
		p.nameLogins = map[string]string{}
		for _, m := range mentionRe.FindAllStringSubmatch(p.doc.text, -1) {
			for _, w := range strings.Fields(m[1]) {
				if _, ok := p.nameLogins[w]; !ok {
					p.nameLogins[w] = m[2]
				}
			}
		}
	}
	return p.nameLogins[name]
}

// donePlanRe is a sentence that says the team has already done a thing
// it lists with its plans, marked "(done)": "We have already moved the
// encoder to its own power strip (done)." The verb is group 1.
var donePlanRe = lazyRe(`(?s)^(?:[^,.;:]{1,40},\s+)?(?i:we|I)\s+(?:have|['’]ve)\s+(?:already\s+)?(\p{Ll}+ed)\b.*\(done\)[.!]?$`)

// donePlan returns the done plan a sentence states, from its verb to its
// end, or ok false.
func (p *parser) donePlan(s Span) (Span, bool) {
	b := p.src[s.Start:s.End]
	if len(b) < 8 || !strings.Contains(string(b[len(b)-8:]), "(done)") {
		return Span{}, false
	}
	m := donePlanRe.FindSubmatchIndex(b)
	if m == nil {
		return Span{}, false
	}
	v := Span{s.Start + m[2], s.End}
	for v.End > v.Start && strings.IndexByte(".!", p.src[v.End-1]) >= 0 {
		v.End--
	}
	return v, true
}
