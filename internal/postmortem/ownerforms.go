package postmortem

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleWords end an owner written as a role or a group after a dash:
// "— Branch Operations manager", "— SRE Guild", "— Squad lead",
// "— Monitoring group", "— Communications office".
var roleWords = wordSet(`manager managers lead leads guild squad desk owner owners on-call oncall chapter crew supervisor supervisors group office ops department`)

// roleOwner reports an owner written as a role or a group: two to four
// words, the first capitalised, the last a role's word.
func roleOwner(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || words[0][0] < 'A' || words[0][0] > 'Z' {
		return false
	}
	return roleWords[strings.ToLower(words[len(words)-1])]
}

// namedLogin reports an owner written as a login without "@" that the
// document gives in parentheses after a person's name elsewhere: "—
// jwisniewski — till 18.12" where the review says "me, Jakub
// (jwisniewski)". A word in lower case between dashes is else the
// work's.
func (p *parser) namedLogin(t string) bool {
	if len(t) < 3 || t[0] < 'a' || t[0] > 'z' || !isPlainLogin(t) {
		return false
	}
	text := p.doc.text
	for at := 0; ; {
		k := strings.Index(text[at:], "("+t+")")
		if k < 0 {
			return false
		}
		k += at
		name := strings.TrimRight(text[:k], " ")
		if w := strings.LastIndexAny(name, " \n,(*_"); len(name) > w+1 {
			if r, _ := utf8.DecodeRuneInString(name[w+1:]); unicode.IsUpper(r) && len(name) == k-1 {
				return true // "Jakub (jwisniewski)"
			}
		}
		at = k + len(t) + 2
	}
}

// projectTag reports an owner written as a tracker's project tag after a
// dash, "— #maps-cartography": the team the tag names. A tag is lower
// case, opens with a letter and is no issue number.
func projectTag(t string) bool {
	if len(t) < 3 || t[0] != '#' || t[1] < 'a' || t[1] > 'z' {
		return false
	}
	for i := 2; i < len(t); i++ {
		if c := t[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// ownerDash reports what stands before an owner written without a label:
// a dash, an arrow ("→ Petra Vogel"), a middle dot between a task's
// fields ("· Diego Ferraz ·") or a person's emoji ("👤 Mira Holm").
func ownerDash(between string) bool {
	for _, d := range [...]string{"—", "–", " - ", " -- ", "→", "➜", "➔", "⇒", " -> ", " / ", " · ", "👤", "👥"} {
		if strings.Contains(between, d) {
			return true
		}
	}
	return false
}

// teamAcronyms are teams written by their acronym alone after a dash,
// "— SRE", "— DBA": other capitals there are a component or a state.
var teamAcronyms = map[string]bool{"SRE": true, "SREs": true, "QA": true, "IT": true, "DBA": true, "DBAs": true,
	"DBRE": true, "NOC": true, "SOC": true, "PM": true, "UX": true, "HR": true, "CX": true, "DevOps": true, "SecOps": true, "NetOps": true}

// lowerTeam reports a team written in lower case, "the platform team",
// "data squad": two to four words of letters, the last a team's word.
func lowerTeam(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	switch words[len(words)-1] {
	case "team", "squad", "guild", "crew":
	default:
		return false
	}
	return lowerWords(words)
}

// localTeam reports a team as other languages name one after a dash: a
// word for a team and the team's name in capitals, "tým Dispečink",
// "ομάδα Πληρωμών", "zespół Płatności", "team Biglietteria", or a
// name and a word for a department, "Teknisk avdeling", "IT-afdeling".
func localTeam(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	if teamWords[strings.ToLower(words[0])] {
		for _, w := range words[1:] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) && departmentWords[strings.ToLower(words[len(words)-1])]
}

// teamWords are the words for a team that open a team's name in the
// vocabulary's languages; departmentWords, the words for a department
// that end one.
var (
	teamWords       = wordSet("team tým tím ομάδα zespół команда команди équipe equipo equipa squadra ekip ekibi tiimi csapat echipa echipă nhóm tim")
	departmentWords = wordSet("avdeling avdelning afdeling abteilung oddělení oddelenie osztály dział departamento département dipartimento")
)

// endParenNameRe: a name in parentheses that ends an item's title,
// "Page on relay faults (Jonas Brandt)".
var endParenNameRe = lazyRe(`\s\((\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\)$`)

// parenOwners reads the name in parentheses that ends a list item's
// title as its owner where the document names that person elsewhere, as
// the owner of another action or in a field ("Incident commander: Jonas
// Brandt"): "(Redis Cluster)" alone is no person by its form.
//
// In a list whose items, two or more, each end their title in
// parentheses before a dash and the due date or state after it, "Point
// the agent back (Priya Nandakumar) — end of month", "Alert on the queue
// (integration team) — by 11/12", the parentheses are the owner's place:
// a name or a team there is the owner though named nowhere else.
func (p *parser) parenOwners() {
	dashed := p.parenBeforeDash()
	for i := range p.doc.Actions {
		a := &p.doc.Actions[i]
		if a.Owner != "" || a.cells != nil || a.TitleSpan.Len() < 4 || p.src[a.TitleSpan.End-1] != ')' {
			continue
		}
		place := dashed[a.Section] >= 2 && p.dashAfterTitle(a)
		if place {
			if m := endParenTeamRe.FindSubmatchIndex(p.src[a.TitleSpan.Start:a.TitleSpan.End]); m != nil {
				if t := string(p.src[a.TitleSpan.Start+m[2] : a.TitleSpan.Start+m[3]]); lowerTeam(t) || roleOwner(t) {
					p.parenOwner(a, m)
					continue
				}
			}
		}
		m := endParenNameRe.FindSubmatchIndex(p.src[a.TitleSpan.Start:a.TitleSpan.End])
		if m == nil || !place && !p.knownPerson(string(p.src[a.TitleSpan.Start+m[2]:a.TitleSpan.Start+m[3]])) {
			continue
		}
		p.parenOwner(a, m)
	}
	p.selfOwners()
}

// selfOwners gives the actions the writer owns ("— me, end of January")
// to the writer: the contact the document marks as the writer ("Point
// person: Joost (me)"), else its author; to nobody where it names
// neither.
func (p *parser) selfOwners() {
	for i := range p.doc.Actions {
		a := &p.doc.Actions[i]
		if selfOwner(a.Owner) {
			a.Owner = p.writer()
		}
	}
}

// writer is the name of the one who wrote the document, or "".
func (p *parser) writer() string {
	for _, f := range p.doc.Fields {
		if f.Key != FieldContact {
			continue
		}
		if name, ok := strings.CutSuffix(strings.TrimSpace(f.Value), "(me)"); ok {
			return strings.TrimSpace(name)
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(f.Value), "me ("); ok {
			if name, _, ok := strings.Cut(rest, ")"); ok && personName(name) {
				return name // "Who ran point: me (Leilani), with Keoni helping"
			}
		}
	}
	if f, ok := p.doc.Field(FieldCreatedBy); ok && !readsAsTime(f.Value) {
		return strings.TrimPrefix(strings.TrimSpace(f.Value), "@")
	}
	return ""
}

// endParenTeamRe: words in parentheses that end an item's title, a team
// or a role, "(integration team)".
var endParenTeamRe = lazyRe(`\s\(([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){1,3})\)$`)

// parenBeforeDash counts, by section, the list items whose title ends in
// parentheses with a dash after them.
func (p *parser) parenBeforeDash() map[string]int {
	var n map[string]int
	for i := range p.doc.Actions {
		a := &p.doc.Actions[i]
		if a.cells == nil && a.TitleSpan.Len() >= 4 && p.src[a.TitleSpan.End-1] == ')' && p.dashAfterTitle(a) {
			if n == nil {
				n = map[string]int{}
			}
			n[a.Section]++
		}
	}
	return n
}

// dashAfterTitle reports a dash right after an action's title on its
// line, before the fields that follow it.
func (p *parser) dashAfterTitle(a *Action) bool {
	rest := strings.TrimLeft(p.doc.Text(Span{a.TitleSpan.End, p.doc.LineSpan(p.doc.Line(a.TitleSpan.End)).End}), " \t")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}

// parenOwner takes the name in the parentheses m found at the end of
// a's title as its owner, and ends the title before them.
func (p *parser) parenOwner(a *Action, m []int) {
	name := Span{a.TitleSpan.Start + m[2], a.TitleSpan.Start + m[3]}
	setField(a, colOwner, p.doc.Text(name), name)
	a.TitleSpan.End = a.TitleSpan.Start + m[0]
	a.Title = plainTitle(p.doc.Text(a.TitleSpan))
}

// knownPerson reports a name another action's owner or a field's value
// gives.
func (p *parser) knownPerson(name string) bool {
	for _, a := range p.doc.Actions {
		if a.Owner == name {
			return true
		}
	}
	for _, f := range p.doc.Fields {
		if k := strings.Index(f.Value, name); k >= 0 && !wordRuneAt(f.Value, k-1) && !wordRuneAt(f.Value, k+len(name)) {
			return true
		}
	}
	return personName(name) && p.speaker(name)
}

// speaker reports a name the document gives as a transcript's or a
// chat's speaker: in bold at a line's start, alone or before the time
// in parentheses or after a middle dot, "**Kim Lee** (4:12)".
func (p *parser) speaker(name string) bool {
	for _, after := range [...]string{"** (", "**\n", "** · "} {
		if strings.Contains(p.doc.text, "\n**"+name+after) {
			return true
		}
	}
	return false
}

// wordRuneAt reports a letter or a digit at byte i of s, a boundary
// being none.
func wordRuneAt(s string, i int) bool {
	return i >= 0 && i < len(s) && (isASCIIAlnum(s[i]) || s[i] >= 0x80)
}

// loginBeforeDue reports a user name in lower case alone between dashes
// right before the part that gives the due date or the day it was done,
// as a forge or a forum writes its users: "— tomasz — due 2026-12-11",
// "— ville — by 20 Feb". cut says that part was read off the item's end
// already (dueCutAfter). A word of the work's state, of a time or of how
// it is done there is no name.
func loginBeforeDue(t string, keys []string, i int, cut bool) bool {
	if !cut && (i+1 >= len(keys) || keys[i+1] != colDue && keys[i+1] != colDone) {
		return false
	}
	if len(t) < 3 || len(t) > 24 || !isPlainLogin(t) || !forumHandle(t) && (t[0] < 'a' || t[0] > 'z' || strings.ContainsAny(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
		return false
	}
	return !whenLeads[t] && !notLoginWords[t] && parseStatus(t) == Open && !openStateWord(t)
}

// forumHandle reports a forum's or a chat's handle in mixed case joined
// by an underscore, "Miro_K", "Old_Sage", or a wiki's user name of two
// capitalised words run together, "JeffOkafor": no word or name is
// written so.
func forumHandle(t string) bool {
	if i := strings.IndexByte(t, '_'); i > 0 && i < len(t)-1 && isASCIIAlnum(t[0]) {
		return true
	}
	return wikiUserName(t)
}

// wikiUserName reports two or three capitalised words of ASCII letters
// run together, each of two letters at least: "JeffOkafor", "LenaRuiz".
func wikiUserName(t string) bool {
	words, run := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if i > 0 && run < 2 {
				return false
			}
			words, run = words+1, 1
		case c >= 'a' && c <= 'z' && i > 0:
			run++
		default:
			return false
		}
	}
	return words >= 2 && words <= 3 && run >= 2
}

// notLoginWords are words in lower case that stand alone between an
// item's dashes without naming anyone: how often or how the work is
// done, or how much it matters.
var notLoginWords = wordSet(`maybe optional manual manually daily weekly monthly quarterly yearly nightly urgent high low medium critical minor major ` +
	`blocked ongoing recurring someday later soon now today tomorrow tonight pending open wip todo backlog nobody everyone all team`)

// openStateWord reports a word that says the work is still open: "open",
// "todo", a local word for it.
func openStateWord(t string) bool {
	st, ok := localState(t)
	return ok && st == Open
}

// dueCutAfter reports a part after which the item's line goes on with
// a dash and a date, which the due date's or the done date's reading
// took off the item before its parts were read: "— ville — by 20 Feb".
func (p *parser) dueCutAfter(part Span) bool {
	rest := bytes.TrimLeft(p.src[part.End:p.doc.LineSpan(p.doc.Line(part.End)).End], " \t")
	for _, dash := range [...]string{"—", "–"} {
		if after, ok := bytes.CutPrefix(rest, []byte(dash)); ok {
			return bytes.ContainsAny(after, "0123456789")
		}
	}
	return false
}

// userName reports a word in lower case the document uses as a user's
// name: it writes it in bold somewhere, as a forum shows who posted
// ("by **ville**"), or only ever between an item's dashes. A word it
// also writes in its prose ("restarted (twice) by hand") is a word.
func (p *parser) userName(t string) bool {
	text := p.doc.text
	if strings.Contains(text, "**"+t+"**") {
		return true
	}
	for at := 0; ; {
		k := strings.Index(text[at:], t)
		if k < 0 {
			return true
		}
		k += at
		at = k + len(t)
		if wordRuneAt(text, k-1) || wordRuneAt(text, at) {
			continue // part of a longer word
		}
		before, after := strings.TrimRight(text[:k], " "), strings.TrimLeft(text[at:], " ")
		if !dashEnds(before, strings.HasSuffix) || !dashEnds(after, strings.HasPrefix) {
			return false
		}
	}
}

// dashEnds reports a dash at s's end or start, as has asks.
func dashEnds(s string, has func(s, affix string) bool) bool {
	return has(s, "—") || has(s, "–")
}
