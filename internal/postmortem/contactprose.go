package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who to ask about the incident, told in a sentence rather than after a
// label: "Dana Ruiz led the response", "The incident commander was
// @dana", "Kim was on call and took incident command", "This write-up
// was prepared by Lee Park", "Questions? Ask in #team-payments". They
// are read where no field names anyone, and marked Inferred.

// proseName is someone named in a sentence: a login, or one to three
// capitalised words ("Dana Ruiz", "Jan de Vries").
const proseName = `(@[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?|\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|de|der|von|da|di|du|le|la|dos|del)\s+)?\p{Lu}[\p{Ll}'’-]+){0,2})`

// proseAside is a note in parentheses or commas after a name: "Dana
// Ruiz (Payments SRE) was on call", "Dana Ruiz, the on-call SRE, took
// the page", "Kim, who was on call, led the response".
const proseAside = `(?:\s+\([^()\n]{1,40}\)|,\s+(?:the|our|who)\s[^,.;\n]{1,40},)?`

// proseWriteUp is what a post-mortem calls itself: "this report".
const proseWriteUp = `(?i:post-?mortem|postmortem|report|document|doc|write-?up|review|retrospective|retro|rca|summary|page|analysis|incident\s+report)`

// proseRole is a role that makes its holder the incident's contact.
const proseRole = `(?:(?i:the|an?|our|my)\s+)?(?:(?i:primary|acting|designated|lead|main)\s+)?(?:(?i:incident\s+(?:commander|lead(?:er)?|manager|coordinator|owner|captain|responder)|(?:tech(?:nical)?|response|ops|operations|engineering)\s+lead|point\s+of\s+contact|first\s+responder|(?:post-?mortem\s+|report\s+)?(?:author|writer)|on-?call(?:\s+(?:engineer|sre|responder))?|on\s+call\s+(?:engineer|sre|responder))|IC|DRI)\b`

// ledVerbs are what someone named before them did that made them the
// lead: "led the response", "took incident command", "was on call".
const ledVerbs = `(?:led|co-?ordinated|ran|managed|commanded|headed|drove|owned)\s+(?:the\s+|our\s+)?(?:incident\s+|overall\s+)?(?:response|incident|investigation|recovery|mitigation|bridge|war\s+room|call)|took\s+(?:over\s+)?(?:incident\s+command|command|the\s+lead|lead|the\s+incident|ownership(?:\s+of\s+the\s+incident)?)|(?:handled|owned)\s+(?:the\s+)?(?:incident|response|outage)|(?:was|is)\s+(?:the\s+one\s+)?on[\s-]call|was\s+paged|(?:picked\s+up|acknowledged|answered|took)\s+the\s+page|(?:was\s+)?(?:leading|running|co-?ordinating|handling)\s+(?:the\s+)?(?:incident|response)|was\s+in\s+charge|took\s+charge|was\s+on\s+point|ran\s+point`

var (
	// roleSentenceRe: "Dana Ruiz was the incident commander", "Kim
	// served as IC", "@lee acted as incident lead".
	roleSentenceRe = lazyRe(proseName + proseAside + `\s+(?i:was|is|served\s+as|serves\s+as|acted\s+as|was\s+acting\s+as|took\s+on\s+the\s+role\s+of|stepped\s+in\s+as|became|took\s+over\s+as|ran\s+point\s+as)\s+` + proseRole)
	// roleWasRe: "The incident commander was @dana", "our IC is Kim".
	// The writer may name themself, a chat's name in lower case: "for
	// the record: incident lead on saturday was me (ayodele)".
	roleWasRe = lazyRe(`(?:^|[.!?;,:]\s+|\()` + proseRole + `(?:\s+(?i:on|that|for)\s+(?:(?i:this)\s+)?\p{L}+)?\s+(?i:was|is|were)\s+(?:(?i:me|myself)\s*\(\s*(@?\p{Ll}[\p{Ll}0-9._-]{1,30})\s*\)|` + proseName + `)`)
	// roleColonRe: a role and its holder as a sentence within a line of
	// a paragraph (a label that opens a line among sentences is none),
	// the writer often naming themself: "Lead on this one: me (Rosa
	// Delgado, IT manager).", "… resolved. IC: @kim.", "Who ran point:
	// me (Leilani), with …".
	roleColonRe = lazyRe(`[.!?;][ \t]+(?:` + proseRole + `|(?i:lead|owner|contact)\s+(?i:on|for)\s+this(?:\s+one|\s+incident)?|(?i:who\s+(?:ran\s+point|led(?:\s+it|\s+the\s+response)?|was\s+in\s+charge|coordinated)))\s*:\s*(?:(?i:me|myself)\s*\(\s*)?` + proseName)
	// roleNamedRe: a role and its holder's name together: "On-call
	// engineer Kim Lee acknowledged the page", "Dana Ruiz (IC) declared
	// SEV2", "— Marcus (IC on Tuesday)", "Kim Lee (on call) was paged", "The on-call engineer, Kim
	// Lee, was paged", "Dana Kim, the incident commander, opened the
	// bridge", "Presented by Dana Kim, incident lead".
	roleNamedRe = lazyRe(`(?:^|[\s(])` + proseRole + `(?:\s+|\s*,\s+)` + proseName + `|` + proseName + `\s*\(\s*(?:` + proseRole + `|(?i:on\s+call))(?:\s+(?i:on|for|during)\s+[^()\n]{1,24})?\s*[,;)]|` +
		proseName + `,\s+` + proseRole + `\s*(?:[,;)]|\.(?:\s|$)|$)`)
	// ledResponseRe: "Dana Ruiz led the response", "@kim coordinated
	// the incident", "Thandi Mokoena co-ordinated the call", "Kim took
	// incident command", and after a role before the name, "The Duty
	// Operations Manager, Fergal Toomey, took command".
	ledResponseRe = lazyRe(proseName + proseAside + `,?\s+(?i:` + ledVerbs + `)\b`)
	// firstLeadRe: the writer says they led, in the first person: "I
	// was incident lead", "I was on call and ran the response", "I took
	// lead", "I'm the admin who ran the response". The writer is the
	// contact.
	firstLeadRe = lazyRe(`(?:^|[\s(])(I)(?:\s+(?:(?i:was|am)\s+)?|[’']m\s+)(?:(?i:` + ledVerbs + `)|` + proseRole + `|(?:(?i:the|an?)\s+)?\pL+(?:\s+\pL+)?\s+(?i:who\s+(?:ran|led|co-?ordinated|handled)\s+(?:the\s+)?(?:response|incident|call|bridge)))\b`)
	// ledStrongRe is ledResponseRe's sentences that say who led in so
	// many words, which count in a narrative too, where many act: "Thandi
	// Mokoena co-ordinated the call and the response from that point".
	// Being paged or on call says less there.
	ledStrongRe = lazyRe(proseName + proseAside + `,?\s+(?i:(?:led|co-?ordinated|ran|commanded|headed)\s+(?:the\s+|our\s+)?(?:incident\s+|overall\s+)?(?:response|incident|bridge|war\s+room|call)|took\s+(?:over\s+)?(?:incident\s+command|command)|was\s+in\s+charge)\b`)
	// ledByRe: the response named first: "The incident was handled by
	// Dana Ruiz", "Incident handled by Dana Ruiz", "Led by @kim.", "Thanks to Dana Ruiz for leading the
	// response".
	ledByRe = lazyRe(`(?:^|[.!?;]\s+)(?:(?:(?i:the|our)\s+)?(?i:incident|response|incident\s+response|investigation|outage)\s+(?:(?i:was|is)\s+)?)?(?i:led|handled|co-?ordinated|managed|owned|commanded|run)\s+by\s+` + proseName + `|(?i:thanks\s+to)\s+` + proseName + `\s+(?i:for\s+(?:leading|coordinating|running|handling|managing))`)
	// writtenByRe: "This post-mortem was written by Dana Ruiz", "this
	// report was prepared by the Payments SRE team".
	writtenByRe = lazyRe(`(?i:this|the|our)\s+` + proseWriteUp + `\s+(?i:was\s+|is\s+|has\s+been\s+)?(?i:written|prepared|compiled|drafted|authored|put\s+together|assembled|owned|maintained)\s+(?i:by)\s+(` + proseName[1:len(proseName)-1] + `|(?i:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?i:team|squad|crew))`)
	// wroteThisRe: the writer named first: "Dana Ruiz wrote this
	// report", "@kim owns this post-mortem".
	wroteThisRe = lazyRe(proseName + proseAside + `\s+(?i:wrote|owns|authored|prepared|drafted|compiled|maintains|put\s+together)\s+(?i:this|the)\s+` + proseWriteUp + `\b`)
	// askRe: where to take questions: "If you have questions, contact
	// Dana Ruiz", "Questions? Ask in #team-payments", "reach out to
	// dana@example.com".
	askRe = lazyRe(`\b(?i:contact|reach\s+out\s+to|ask|ping|talk\s+to|direct\s+them\s+to|get\s+in\s+touch\s+with|go\s+to|post\s+in|ask\s+in|questions\s+to)\s+(#[A-Za-z0-9][A-Za-z0-9_-]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|` + proseName[1:len(proseName)-1] + `)`)
)

// contactWords are the words every sentence these expressions read holds
// one of; a paragraph without them is spared the expressions.
var (
	leadRoleWords = newKeywords("page", "charge", "point", "handled", "leading", "running", "coordinating", "handling", "author", "writer", "commander", "incident", "ic", "lead", "owner", "contact", "dri", "on-call", "on call", "oncall", "point of", "tech", "technical", "response", "ops", "operations", "engineering", "first responder", "led", "coordinated", "co-ordinated", "co-ordinating", "ran", "managed", "headed", "drove", "owned", "took", "commanded")
	writtenWords  = newKeywords("written", "prepared", "compiled", "drafted", "authored", "put together", "assembled", "owned", "maintain", "wrote", "owns")
	askWords      = newKeywords("question")
)

// contactSentences reads who to ask from a paragraph's sentences, while
// no field names anyone. In the timeline, where many people act, only a
// sentence that gives the role by name, or says in so many words who
// led, counts.
func (p *parser) contactSentences(span Span, text string) {
	if p.namesSomeone() || !mayNameSomeone(text) {
		return
	}
	timeline := p.inTimeline()
	if leadRoleWords.in(text) {
		for _, re := range [...]*lazyRegexp{roleSentenceRe, roleWasRe, roleColonRe, roleNamedRe, ledResponseRe, ledByRe} {
			if timeline && re == ledResponseRe {
				re = ledStrongRe
			} else if timeline && re == ledByRe {
				break
			}
			if m := firstGroup(re.FindStringSubmatchIndex(text)); m != nil && !proseStopWord(text[m[2]:m[3]]) {
				p.proseField1(FieldContact, "Contact (from the text)", span, m)
				return
			}
		}
	}
	if !timeline && p.mayBeOtherLanguage() && (p.localRoleSentence(span, text) || p.localLedSentence(span, text)) {
		return
	}
	if timeline {
		return
	}
	if writtenWords.in(text) {
		for _, re := range [...]*lazyRegexp{writtenByRe, wroteThisRe} {
			if m := firstGroup(re.FindStringSubmatchIndex(text)); m != nil && (re == writtenByRe || !proseStopWord(text[m[2]:m[3]])) {
				p.proseField1(FieldCreatedBy, "Author (from the text)", span, m)
				return
			}
		}
	}
	if question := askWords.in(text); question || askOpens(text) {
		// Without a word of questions, only a login, a channel or an
		// address: "Contact Center agents could not log in" names no one.
		if m := askRe.FindStringSubmatchIndex(text); m != nil && !proseStopWord(text[m[2]:m[3]]) && (question || !unicode.IsUpper(rune(text[m[2]]))) {
			p.proseField1(FieldContact, "Contact (from the text)", span, m)
		}
	}
}

// askOpens reports a paragraph that opens by telling the reader whom to
// ask: "Contact @dana with questions", "Reach out to #team-payments".
func askOpens(text string) bool {
	t := strings.TrimLeft(text, "*_> ")
	for _, w := range [...]string{"contact ", "reach out ", "ask ", "ping ", "get in touch "} {
		if foldPrefix(t, w) {
			return true
		}
	}
	return false
}

// mayNameSomeone is the quick test of every expression above: a login,
// a channel, a mail address or a capital letter that opens a word.
func mayNameSomeone(text string) bool {
	if strings.IndexByte(text, '@') >= 0 || strings.IndexByte(text, '#') >= 0 {
		return true
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' && (i == 0 || !wordBytes[text[i-1]]) || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// namesSomeone reports a field read so far that names who to ask: a
// contact, an author or the review's facilitator.
func (p *parser) namesSomeone() bool {
	for i := range p.doc.Fields { // by index: a Field is not copied
		if personKey(p.doc.Fields[i].Key) {
			return true
		}
	}
	for _, f := range p.proseFields {
		if personKey(f.Key) {
			return true
		}
	}
	return false
}

// proseStopWord reports a capitalised word that opens a sentence
// without naming anyone: "The", "This", "We".
func proseStopWord(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	switch strings.ToLower(first) {
	case "the", "this", "that", "then", "we", "our", "it", "he", "she", "they", "who", "nobody", "someone", "everyone", "a", "an", "if", "for", "questions", "please", "us", "me", "them", "support", "here", "there", "anyone", "somebody":
		return true
	}
	return false
}

// leadingPerson returns the length of the someone a by-line's value
// opens with, and nothing after it but a note: "Dana Ruiz", "@dana
// (Payments SRE)", "the Payments SRE team, 3 Nov 2026"; 0 for a value
// that goes on as a sentence ("Registry crashed at noon").
func leadingPerson(v string) int {
	n := 0
	words := 0
	for n < len(v) && words < 5 {
		r, size := utf8.DecodeRuneInString(v[n:])
		switch {
		case r == '@' || r == '#':
			end := n + size
			for end < len(v) && !isREspace(v[end]) && v[end] != ',' && v[end] != ')' && v[end] != '*' && v[end] != '_' {
				end++
			}
			n = end
		case unicode.IsUpper(r) || r >= 0x2E80 && unicode.IsLetter(r):
			end := n + size
			for end < len(v) {
				r2, s2 := utf8.DecodeRuneInString(v[end:])
				if notNameRune(r2) {
					break
				}
				end += s2
			}
			n = end
		default:
			return 0
		}
		words++
		if n >= len(v) {
			return n
		}
		// Another word of the name, or the note that ends it.
		rest := v[n:]
		switch {
		case rest[0] == ',' || rest[0] == '(' || rest[0] == ';' || rest[0] == '*' || rest[0] == '_' || rest[0] == '.' && len(strings.TrimSpace(rest)) == 1:
			return n
		case strings.HasPrefix(rest, " ·") || strings.HasPrefix(rest, " |") || strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " ("):
			return n
		case rest[0] == ' ':
			next := strings.TrimLeft(rest, " ")
			w, after, _ := strings.Cut(next, " ")
			if nameParticles[w] && after != "" {
				if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
					n += len(rest) - len(after) // "Jan de Vries", "Ana da Silva"
					continue
				}
			}
			if byLineJoin[strings.ToLower(w)] {
				return n // "Dana Ruiz on 3 Nov", "Dana Ruiz am 5. November"
			}
			n += len(rest) - len(next)
		default:
			return 0
		}
	}
	return 0
}

// nameParticles are the words of a name in lower case between its
// capitalised words.
var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "von": true, "da": true, "di": true, "du": true, "le": true, "la": true, "dos": true, "das": true, "del": true, "ter": true, "ten": true, "bin": true, "al": true}

// byLineJoin are the words that go on from a by-line's name to the day
// it was written or whom it was for.
var byLineJoin = map[string]bool{"on": true, "for": true, "and": true, "&": true, "am": true, "le": true, "el": true, "il": true, "em": true, "op": true, "den": true, "dne": true, "dnia": true, "via": true, "with": true, "after": true, "in": true,
	"e": true, "y": true, "und": true, "et": true, "en": true, "och": true, "og": true, "ja": true, "és": true, "ve": true, "dan": true, "và": true, "и": true, "та": true, "oraz": true}

// labelByLine reads a by-line that writes a field's label without a
// colon before the name, in any language the vocabulary knows:
// "Compiled by Dana Ruiz (Payments SRE)", "Verfasst von Stefan Gruber",
// "Rédigé par Camille Martin", "Подготовил Иван Петров", "Prepared by
// the Payments SRE team". It reads the lines of a paragraph before the
// first section (a block of fields, "Date: …" on the line before, or
// a few lines under the title), and a paragraph of one line anywhere.
func (p *parser) labelByLine(span Span, text string, lines int) {
	if lines > 12 || lines > 1 && !p.beforeSections() || len(text) > 800 || p.namesSomeone() {
		return
	}
	off := 0
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		for _, part := range strings.Split(line, " · ") {
			start := off + strings.Index(line, part)
			if key, v := p.byLinePart(part); key != "" {
				lead := len(part) - len(strings.TrimLeft(part, "*_> "))
				vs := Span{span.Start + start + lead + v[0], span.Start + start + lead + v[1]}
				p.proseFields = append(p.proseFields, Field{Key: key, Label: "By-line", Value: p.doc.Text(vs), Span: vs, Inferred: true})
				return
			}
		}
		off += end + 1
	}
}

// byLinePart reads one part of a by-line: the key its label gives and
// where the name is in the part less its opening marks.
func (p *parser) byLinePart(part string) (string, [2]int) {
	t := strings.TrimLeft(part, "*_> ")
	if len(t) < 4 || len(t) > 160 || strings.IndexByte(t, ':') >= 0 && strings.IndexByte(t, ':') < 40 {
		return "", [2]int{}
	}
	i := 0
	for words := 0; words < 4; words++ {
		sp := strings.IndexByte(t[i:], ' ')
		if sp <= 0 {
			return "", [2]int{}
		}
		i += sp
		key := p.synonymKey(t[:i])
		rest := t[i+1:]
		if personKey(key) {
			if n := leadingPerson(rest); n > 0 {
				return key, [2]int{i + 1, i + 1 + n}
			}
			if n := teamName(rest); n > 0 {
				return key, [2]int{i + 1, i + 1 + n}
			}
		}
		i++
	}
	return "", [2]int{}
}

// teamName returns the length of a team a by-line names: "the Payments
// SRE team", "Payments team"; 0 for anything else.
func teamName(v string) int {
	t := v
	if foldPrefix(t, "the ") {
		t = t[len("the "):]
	}
	for words := 0; words < 4 && t != ""; words++ {
		w, rest, _ := strings.Cut(t, " ")
		w = strings.TrimRight(w, ".,;")
		switch strings.ToLower(w) {
		case "team", "squad", "crew", "on-call", "oncall":
			if words == 0 {
				return 0
			}
			return len(v) - len(t) + len(w)
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0
		}
		t = rest
	}
	return 0
}

// claimWords are what someone writes in a chat's timeline as they take
// the incident on, or the write-up: "ok I'll run this one", "I'm IC",
// "taking incident command", "ich leite den Incident", "je prends le
// lead". The one who posts it is the contact. Each is looked for in
// the message in lower case.
var claimWords = []string{
	"i'll run this", "i’ll run this", "i will run this", "i'll take ic", "i’ll take ic", "i'm ic", "i’m ic", "i am ic", "i'll be ic", "i’ll be ic", "taking ic", "i have ic",
	"i'll lead", "i’ll lead", "i'm leading", "i’m leading", "i'll coordinate", "i’ll coordinate", "i'm coordinating", "i’m coordinating", "i'll take incident command", "taking incident command", "i'm incident commander", "i’m incident commander",
	"i'll take this one", "i’ll take this one", "i'll own this", "i’ll own this", "i'll write the summary", "i’ll write the summary", "i'll write up", "i’ll write up", "i'll write the postmortem", "i’ll write the postmortem", "i'll do the write-up", "i’ll do the write-up",
	"ich leite", "ich übernehme", "ich koordiniere", "ich schreibe", "je prends le lead", "je pilote", "je coordonne", "je prends l'incident", "je prends l’incident", "je rédige",
	"yo coordino", "yo lo llevo", "me encargo", "coordino yo", "eu coordeno", "eu assumo", "assumo o incidente", "coordino io", "me ne occupo io", "ik pak dit op", "ik coördineer", "ik neem dit op me",
	"jag tar det", "jag leder", "jeg tar den", "jeg leder", "otan tämän", "biorę to", "koordynuję",
}

// claimLead reads the contact from a chat's timeline: the one who
// posts that they take the incident on. A message is "name: text", the
// name as a chat export writes its poster ("nadia_k:**", "**Dana
// Ruiz**:").
func (p *parser) claimLead() bool {
	for _, e := range p.doc.Events {
		colon := strings.IndexByte(e.Text, ':')
		if colon <= 0 || colon > 40 || !claimed(e.Text[colon+1:]) {
			continue
		}
		name := strings.Trim(e.Text[:colon], "*_ []")
		if name == "" || strings.Count(name, " ") > 2 || strings.ContainsAny(name, "0123456789") && !strings.ContainsAny(name, "_.-") {
			continue
		}
		p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "Incident lead (from the chat)", Value: name, Span: p.eventSpan(e, name), Inferred: true})
		return true
	}
	return false
}

// claimed reports a message that holds a word of claimWords, asked
// only of a message where a word opens as one of them does.
func claimed(msg string) bool {
	return holdsPhrase(msg, claimOpeners, claimWords)
}

// claimOpeners are the words claimWords open with.
var claimOpeners = newKeywords("i'", "i’", "i am", "i will", "i have", "taking", "ich", "je ", "yo ", "me ", "coordino", "eu ", "assumo", "ik ", "jag ", "jeg ", "otan", "bior", "koordynuj")

// firstGroup is a match with the first group that matched as its first:
// an expression of alternatives gives the name in one of two groups.
func firstGroup(m []int) []int {
	if g := matchedGroup(m); g > 0 {
		return []int{m[0], m[1], m[g], m[g+1]}
	}
	return nil
}

// localWasRe is a name, a note between commas or none, and the word for
// "was" or "acted as" of another language after it: "Solveig Aarnes,
// vakthavende ingeniør, var ", "Jana Nováková byla ", "Ana Pop a fost ",
// "Rizky Pratama bertindak sebagai ".
var localWasRe = lazyRe(proseName + `(?:,\s+[^,.;\n]{1,48},)?\s+(?i:var|war|était|fue|era|foi|a\s+fost|был|была|був|була|бе|był|była|byl|byla|bol|bola|oli|adalah|ialah|merupakan|ήταν|bio|bila|volt|bertindak\s+sebagai|berperan\s+sebagai|menjadi|fungierte\s+als|fungeerde\s+als|agiu\s+como|atuou\s+como|actuó\s+como|fungerade\s+som|fungerte\s+som|fungerede\s+som|působil\s+jako|působila\s+jako|działał\s+jako|działała\s+jako)\s+`)

// localRoleParenRe is a name and a note in parentheses after it:
// "Kovács Bence (incidensfelelős)", "Ana Pop (coordonator incident, IT)".
var localRoleParenRe = lazyRe(proseName + `\s*\(([^()\n]{2,48})\)`)

// localRoleSentence reads "Solveig Aarnes, vakthavende ingeniør, var
// innsatsleder": a name, then "was" and a label of the contact in the
// vocabulary of the document's language (one to three words, an
// article before them or none); or a name with such a label in
// parentheses after it, "Kovács Bence (incidensfelelős)". It reports
// whether it read one.
func (p *parser) localRoleSentence(span Span, text string) bool {
	if strings.IndexByte(text, '(') >= 0 {
		for _, m := range localRoleParenRe.FindAllStringSubmatchIndex(text, 4) {
			note, _, _ := strings.Cut(text[m[4]:m[5]], ",")
			if p.synonymKey(strings.TrimSpace(note)) == FieldContact && !proseStopWord(text[m[2]:m[3]]) {
				p.proseField1(FieldContact, "Contact (from the text)", span, m)
				return true
			}
		}
	}
	if p.localRoleAfter(span, text) {
		return true
	}
	for _, m := range localWasRe.FindAllStringSubmatchIndex(text, 4) {
		words := strings.FieldsFunc(text[m[1]:min(len(text), m[1]+80)], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if len(words) > 0 && articles[strings.ToLower(words[0])] {
			words = words[1:]
		}
		for n := min(3, len(words)); n >= 1; n-- {
			if p.synonymKey(strings.Join(words[:n], " ")) == FieldContact && !proseStopWord(text[m[2]:m[3]]) {
				p.proseField1(FieldContact, "Contact (from the text)", span, m)
				return true
			}
		}
	}
	return false
}

// localRoleAfterRe is a name and, after a comma or a dash, a few words
// that may be a role: "Chiara Benedetti, responsabile dell'incidente",
// "Elena Russo — coordinatrice dell'incidente".
var localRoleAfterRe = lazyRe(proseName + `(?:,\s+|\s+[—–]\s+)([^,.;·\n()—–]{2,48})`)

// localRoleAfter reads a name followed by a label of the contact in the
// document's language, after a comma or a dash.
func (p *parser) localRoleAfter(span Span, text string) bool {
	if !containsAny(text, ", ", " — ", " – ") {
		return false
	}
	for _, m := range localRoleAfterRe.FindAllStringSubmatchIndex(text, 6) {
		if p.synonymKey(strings.TrimSpace(text[m[4]:m[5]])) == FieldContact && !proseStopWord(text[m[2]:m[3]]) {
			m[2] += byLineLead(text[m[2]:m[3]])
			p.proseField1(FieldContact, "Contact (from the text)", span, m)
			return true
		}
	}
	return false
}

// byLineLead is the length of a by-line's verb and its "by" that the
// name's particles let into a name ("Presentata da Chiara Benedetti"):
// a word, a particle, then two words or more. "Jan de Vries" keeps its
// "Jan".
func byLineLead(name string) int {
	first, rest, _ := strings.Cut(name, " ")
	particle, after, ok := strings.Cut(rest, " ")
	if !ok || !nameParticles[particle] || !strings.Contains(after, " ") {
		return 0
	}
	return len(first) + 1 + len(particle) + 1
}

// articles are the articles that may stand before a role after "was".
var articles = wordSet("the a an la le el il lo der die das de het o a um uma un une una")
