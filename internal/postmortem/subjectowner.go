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
	if b[0] == '@' || ownerWordLead(b) {
		if m := subjectOwnerRe.FindSubmatchIndex(b); m != nil && workWords(b[m[1]-1:]) {
			p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
			return Span{item.Start + m[1] - 1, item.End}
		}
	}
	if m := bareLoginLead(b); m != nil {
		p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
		return Span{item.Start + m[1], item.End}
	}
	if at, name, ok := p.personLead(b); ok {
		p.itemField(a, colOwner, Span{item.Start + name.Start, item.Start + name.End})
		return trimSpan(p.src, Span{item.Start + at, item.End})
	}
	if !nameThenTo(b) {
		return item
	}
	m := subjectNameRe.FindSubmatchIndex(b)
	if m == nil || !p.knownPerson(string(b[m[2]:m[3]])) {
		return item
	}
	p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
	return Span{item.Start + m[1] - 1, item.End} // the expression ends on the work's first letter
}

// byDue reads a due date that ends an item after "by" or "before",
// where no separator parts it from the title ("… to the rollout by
// 2026-12-01"), and returns the item before it. Only a date the due
// reader takes whole counts: "by the cache team" and "before the next
// deploy" are the work's words.
func (p *parser) byDue(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if n := recordingMarkLen(b); n > 0 {
		b = b[:len(b)-n] // "… by Dec 9 (26:10)": the minute of the recording it was said at
		item.End -= n
	}
	tail := len(b) - min(len(b), maxEndDue+len(" before "))
	at, n := lastByWord(b[tail:])
	if at < 0 || tail+at == 0 || fieldSet(a, colDue) {
		return item
	}
	at += tail
	due := trimSpan(p.src, Span{item.Start + at + n, item.End}) // the date after the word
	if due.End > due.Start && p.src[due.End-1] == '.' {
		due.End--
	}
	if k, v := matchField(p.doc, due); k == colDue && v == due {
		p.itemField(a, colDue, v)
		return Span{item.Start, item.Start + at}
	}
	if b := p.src[due.Start:due.End]; len(b) > 4 && b[0] >= 'A' {
		// "by Fri 12/11": the weekday is read with the day in figures
		if _, rest, ok := leadingWeekday(string(b)); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			if m := keyedDue.re.FindStringSubmatchIndex("by " + rest); m != nil && m[2] == len("by ") && m[3] == len("by ")+len(rest) {
				p.itemField(a, colDue, Span{due.End - len(rest), due.End})
				return Span{item.Start, item.Start + at}
			}
		}
	}
	return item
}

// lastByWord returns where the last " by " or " before " in b starts,
// and its length; -1 when there is none. It finds the b's with
// IndexByte: most items hold few.
func lastByWord(b []byte) (at, n int) {
	at = -1
	for i := 1; i < len(b); i++ {
		k := bytes.IndexByte(b[i:], 'b')
		if k < 0 {
			break
		}
		i += k
		if b[i-1] != ' ' {
			continue
		}
		switch rest := b[i:]; {
		case bytes.HasPrefix(rest, []byte("by ")):
			at, n = i-1, len(" by ")
		case bytes.HasPrefix(rest, []byte("before ")):
			at, n = i-1, len(" before ")
		}
	}
	if at < 0 {
		return bySentence(b) // "… answers. By December 15."
	}
	return at, n
}

// bySentence returns where the last sentence of b that "By" opens
// starts, after the full stop before it, and the length of " By "; -1
// when there is none. A sentence of its own gives the due date of the
// work the sentences before it tell: "… rather than only checking that
// the service answers. By December 15."
func bySentence(b []byte) (at, n int) {
	if !bytes.Contains(b, []byte(". By ")) {
		return -1, 0 // the quick answer for most items (Contains is quicker than LastIndex)
	}
	return bytes.LastIndex(b, []byte(". By ")) + 1, len(" By ")
}

// personLeadRe is a person set apart at an item's start: "[Dana] …",
// "(Kim Lee) …", "**Kim Lee** — …", "Dana: …". The first group that
// matched is the person.
var personLeadRe = lazyRe(`^(?:\[(@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\]|\((@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\)|\*\*(@?[\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}'’-]*){0,2})\*\*\s*[—–:-]|(@?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?::|\s[—–]))\s+\S`)

// personLead returns where the work starts after a person set apart at
// the start of b, and the person's bytes, when b opens so and the person
// is a login or one the document already names: "[Infra] …", "(Optional)
// …" and "Dashboards: …" name no one.
func (p *parser) personLead(b []byte) (int, Span, bool) {
	if !mayLeadPerson(b) {
		return 0, Span{}, false
	}
	m := personLeadRe.FindSubmatchIndex(b)
	if m == nil {
		return 0, Span{}, false
	}
	g := matchedGroup(m)
	name := string(b[m[g]:m[g+1]])
	if !workWords(b[m[1]-1:]) || name[0] != '@' && !p.knownPerson(name) && !p.dashNamed(b, m, name) {
		return 0, Span{}, false
	}
	return m[1] - 1, Span{m[g], m[g+1]}, true
}

// ownerWordLead is the quick test of subjectOwnerRe's label: "owner",
// "assignee" or "dri" and a space open b, in any case.
func ownerWordLead(b []byte) bool {
	sp := bytes.IndexByte(b[:min(len(b), 9)], ' ')
	if sp < 3 || sp+1 >= len(b) || b[sp+1] != '@' {
		return false
	}
	switch string(bytes.ToLower(b[:sp])) {
	case "owner", "assignee", "dri":
		return true
	}
	return false
}

// nameThenTo is the quick test of subjectNameRe: one or two words that
// each open with a capital, then "to" or "will".
func nameThenTo(b []byte) bool {
	for words, i := 0, 0; words < 3 && i < len(b); words++ {
		if r, _ := utf8.DecodeRune(b[i:]); !unicode.IsUpper(r) {
			return false
		}
		sp := bytes.IndexByte(b[i:min(len(b), i+32)], ' ')
		if sp < 0 {
			return false
		}
		i += sp + 1
		if bytes.HasPrefix(b[i:], []byte("to ")) || bytes.HasPrefix(b[i:], []byte("will ")) {
			return words < 2
		}
	}
	return false
}

// mayLeadPerson is the quick test of personLeadRe: a bracket, a
// parenthesis or bold opens b, or a colon follows its first words.
func mayLeadPerson(b []byte) bool {
	switch c := b[0]; {
	case c == '[' || c == '(' || c == '*' && len(b) > 1 && b[1] == '*':
		return true
	case c == '@' || c >= 'A' && c <= 'Z' || c >= 0x80:
		colon := bytes.IndexByte(b[:min(len(b), 48)], ':')
		if colon < 0 && bytes.IndexByte(b[:min(len(b), 32)], 0xE2) > 0 {
			colon = bytes.Index(b[:min(len(b), 32)], []byte(" \u2014 ")) // "Dale — renew the certs"
		}
		return colon > 0 && bytes.Count(b[:colon], []byte(" ")) <= 2
	}
	return false
}

// workWords reports a piece of work after an owner that opens an item:
// three words or more. A legend's "@dana — platform" gives a team.
func workWords(rest []byte) bool {
	return len(bytes.Fields(rest[:min(len(rest), 80)])) >= 3
}

// recordingMarkLen returns the length of the mark a meeting recorder's
// notes end an item with, the minute and second of the recording it was
// said at, with the space before it, "… by Dec 9 (26:10)", "(1:02:45)";
// 0 where none ends b.
func recordingMarkLen(b []byte) int {
	if len(b) < 7 || b[len(b)-1] != ')' {
		return 0
	}
	m := recordingMarkRe.FindIndex(b)
	if m == nil {
		return 0
	}
	return len(b) - m[0]
}

// recordingMarkRe is the mark recordingMarkLen finds.
var recordingMarkRe = lazyRe(`\s+\((?:\d{1,2}:)?\d{1,3}:\d{2}\)$`)
