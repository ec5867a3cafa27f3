package postmortem

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Who is to do an action is often its sentence's subject, as minutes
// and chat write one: "@kim to page on cache write errors", "@omar will
// add a canary stage", "Owner @dana: tune the eviction policy", "Dana to
// add a write canary by 2026-12-01". The owner opens the item, the work
// follows, and a due date may end it after "by" or "before".

// subjectOwnerRe is a login, after an optional "Owner", that opens an
// item as who is to do it, then what joins it to the work.
var subjectOwnerRe = lazyRe(`^(?:(?i:owner|assignee|dri)\s+)?(@[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9])(?:\s+(?:to|will|shall|is to|is going to|needs to)\s+|\s*[:—–]\s+)\S`)

// subjectNameRe is a name of one or two capitalised words that opens an
// item, then "to" or "will" and a word in lower case: "Priya Shah will
// document …".
var subjectNameRe = lazyRe(`^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)\s+(?:to|will)\s+\p{Ll}`)

// subjectOwner reads an owner that opens an item as its subject and
// returns the item after it. A name counts only when the document
// already names that person (a field's value, such as the contact, or
// the owner of an item above): "Need to add …" or "Teams will …" name no one.
func (p *parser) subjectOwner(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 6 || fieldSet(a, colOwner) {
		return item
	}
	if c := b[0] | 0x20; b[0] == '@' || c == 'o' || c == 'a' || c == 'd' {
		if m := subjectOwnerRe.FindSubmatchIndex(b); m != nil {
			p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
			return Span{item.Start + m[1] - 1, item.End}
		}
	}
	if at, name, ok := p.personLead(b); ok {
		p.itemField(a, colOwner, Span{item.Start + name.Start, item.Start + name.End})
		return trimSpan(p.src, Span{item.Start + at, item.End})
	}
	if r, _ := utf8.DecodeRune(b); !unicode.IsUpper(r) || !bytes.Contains(b[:min(len(b), 40)], []byte(" to ")) && !bytes.Contains(b[:min(len(b), 40)], []byte(" will ")) {
		return item
	}
	m := subjectNameRe.FindSubmatchIndex(b)
	if m == nil || !p.knownPerson(string(b[m[2]:m[3]])) {
		return item
	}
	p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
	return Span{item.Start + m[1] - len("x"), item.End}
}

// byDueWords open a due date that ends an item's sentence.
var byDueWords = [...]string{" by ", " before ", " no later than "}

// byDue reads a due date that ends an item after "by" or "before",
// where no separator parts it from the title ("… to the rollout by
// 2026-12-01"), and returns the item before it. Only a date the due
// reader takes whole counts: "by the cache team" and "before the next
// deploy" are the work's words.
func (p *parser) byDue(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 12 || fieldSet(a, colDue) || !hasDigit(string(b[max(0, len(b)-maxEndDue):])) {
		return item
	}
	for _, w := range byDueWords {
		at := bytes.LastIndex(b, []byte(w))
		if at <= 0 || len(b)-at > maxEndDue {
			continue
		}
		due := trimSpan(p.src, Span{item.Start + at + len(w), item.End}) // the date after the word
		if due.End > due.Start && p.src[due.End-1] == '.' {
			due.End--
		}
		if k, v := matchField(p.doc, due); k == colDue && v == due {
			p.itemField(a, colDue, v)
			return Span{item.Start, item.Start + at}
		}
	}
	return item
}

// personLeadRe is a person set apart at an item's start: "[Dana] …",
// "(Kim Lee) …", "**Kim Lee** — …", "Dana: …". The first group that
// matched is the person.
var personLeadRe = lazyRe(`^(?:\[(@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\]|\((@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\)|\*\*(@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\*\*\s*[—–:-]|(@?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}):)\s+\S`)

// personLead returns where the work starts after a person set apart at
// the start of b, and the person's bytes, when b opens so and the person
// is a login or one the document already names: "[Infra] …", "(Optional)
// …" and "Dashboards: …" name no one.
func (p *parser) personLead(b []byte) (int, Span, bool) {
	if c := b[0]; c != '[' && c != '(' && c != '*' && !(c >= 'A' && c <= 'Z') && c < 0x80 {
		return 0, Span{}, false
	}
	m := personLeadRe.FindSubmatchIndex(b)
	if m == nil {
		return 0, Span{}, false
	}
	g := firstGroup(m)
	name := string(b[m[g]:m[g+1]])
	if name[0] != '@' && !p.knownPerson(name) {
		return 0, Span{}, false
	}
	return m[1] - 1, Span{m[g], m[g+1]}, true
}
