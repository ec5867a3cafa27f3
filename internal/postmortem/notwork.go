package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// sectionAside is the key of the vocabulary's headings of sections whose
// lists are no work to track ("Was gut lief", "Questions ouvertes",
// "参加者"): such a heading gets no key, and its section is Aside.
const sectionAside = "aside"

// asideEnds are the words an English heading of a section whose items
// are no work ends with: a retrospective's observations, questions, the
// people present, references, options weighed and set aside.
var asideEnds = []string{
	" went well ", " went wrong ", " went badly ", " went poorly ", " go well ", " got lucky ", " were lucky ",
	" questions ", " question ", " q&a ", " q and a ", " faq ",
	" attendees ", " participants ", " people involved ", " who was involved ", " responders ",
	" references ", " useful links ", " related links ", " resources ", " glossary ", " appendix ", " appendices ",
	" notes ", " context ", " background ", " discussion ", " discussion points ",
	" decisions ", " decision log ", " parking lot ",
	" considered ", " alternatives ", " options considered ", " rejected ", " ruled out ", " hypotheses ",
	// what makes a piece of work done, listed under it: its criteria
	" criteria ", " definition of done ", " done when ",
	// what a template says of the list, and what was taken from it
	" guidelines ", " guidance ", " instructions ", " legend ", " tips ",
	" takeaways ", " key takeaways ", " learnings ", " observations ", " highlights ",
	// what is measured, risked or left out, and what was told to whom
	" key metrics ", " incident metrics ", " key figures ", " risks ", " out of scope ", " not in scope ", " non-goals ",
	" customer communication ", " customer communications ", " communications sent ",
}

// asideLastWords are the last words of asideEnds.
var asideLastWords = func() map[string]bool {
	m := map[string]bool{}
	for _, end := range asideEnds {
		w := strings.TrimRight(end, " ")
		m[w[strings.LastIndexByte(w, ' ')+1:]] = true
	}
	return m
}()

// asideHeading reports a heading whose section's lists are no work:
// asideWords in English, or a phrase of the vocabulary's aside key.
func asideHeading(name string) bool {
	words := " " + headingName(name) + " "
	return asideWords(words) || localHeadingKey(words, nil, sectionAside) == sectionAside
}

// asideWords reports a heading's words (spaced at both ends) that end
// with one of asideEnds, or open a question of why: "Follow-up
// questions", "Things we considered", "Why didn't monitoring catch it?".
func asideWords(words string) bool {
	if strings.HasPrefix(words, " why ") {
		return true
	}
	last := strings.TrimRight(words, " ")
	if !asideLastWords[last[strings.LastIndexByte(last, ' ')+1:]] {
		return false // one look-up spares most headings the phrases
	}
	for _, end := range asideEnds {
		if strings.HasSuffix(words, end) {
			return true
		}
	}
	return false
}

// inAside reports a place under an Aside section, where no section with
// a key of its own comes between.
func (p *parser) inAside() bool {
	secs := p.doc.Sections
	for i := innermost(secs); i >= 0; i = outer(secs, i) {
		if secs[i].Aside {
			return true
		}
		if secs[i].Key != "" {
			return false
		}
	}
	return false
}

// doneParticiples, as whole words in a heading of an action list or of
// none, say its work is already done: "Improvements made", "Fixes
// shipped", "Guardrails already in place", "Remediation applied".
var doneParticiples = []string{
	" applied ", " implemented ", " shipped ", " deployed ", " landed ", " merged ", " delivered ", " made ",
	" taken ", " in place ", " rolled out ", " carried out ", " already ",
}

// participleIn reports one of doneParticiples in a heading as it is
// written, in lower case or capitalised, before its name is normalised.
func participleIn(name string) bool {
	for _, w := range participleForms {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// participleForms are doneParticiples without their spaces, in lower
// case and capitalised.
var participleForms = func() []string {
	var forms []string
	for _, w := range doneParticiples {
		w = w[1 : len(w)-1]
		forms = append(forms, w, strings.ToUpper(w[:1])+w[1:])
	}
	return forms
}()

// futureHeadingMarks make such a heading say what is to come: "Fixes to
// be deployed", "Changes not yet shipped".
var futureHeadingMarks = wordSet(`to will planned pending proposed remaining outstanding yet still next future needed required should must open todo not`)

// doneParticiple reports a heading that says its list is done by a
// participle of doneParticiples, and nothing in it of what is to come.
func doneParticiple(name string) bool {
	if len(name) < 5 || !participleIn(name) {
		return false // spared the normalising of most headings
	}
	words := " " + headingName(name) + " "
	found := false
	for _, w := range doneParticiples {
		if strings.Contains(words, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for w := range strings.FieldsSeq(words) {
		if futureHeadingMarks[w] {
			return false
		}
	}
	return true
}

// noWorkTitles are an action list's items that say there is nothing
// to do, in English; the vocabulary's states of key "none" give them in
// other languages.
var noWorkTitles = wordSet(`none nothing n/a nil`)

// noWorkPhrases are the longer English forms of noWorkTitles.
var noWorkPhrases = map[string]bool{
	"no action": true, "no actions": true, "no action items": true, "no action needed": true, "no action required": true,
	"no actions needed": true, "no actions required": true, "no further action": true, "no further actions": true,
	"no further action needed": true, "no further action required": true, "no further actions required": true,
	"nothing further": true, "nothing to do": true, "nothing else": true, "none identified": true, "none at this time": true,
	"none needed": true, "none required": true, "none so far": true, "no follow ups": true, "no follow-ups": true,
	"no follow up needed": true, "no follow-up needed": true, "no changes needed": true, "no changes required": true,
}

// noWorkTitle reports an item that says there is nothing to do:
// "None.", "No further action required", "Keine.", "特になし".
func noWorkTitle(title string) bool {
	if len(title) > 48 {
		return false // longer than every word of nothing to do
	}
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(plainTitle(title)), ".!:;*_ "))
	if t == "" || utf8.RuneCountInString(t) > 40 {
		return false
	}
	n := strings.ToLower(t)
	if noWorkTitles[n] || noWorkPhrases[n] {
		return true
	}
	var buf [64]byte
	return findLocal(localStateWords, appendNormal(buf[:0], t)) == "none"
}

// asideLabels open an item that is no work whatever follows them: a
// note, a question, the people present, a pointer to what is related.
var asideLabels = wordSet(`note notes nb n.b fyi q question questions context background participants attendees related see also answer a total totals progress`)

// pointerLabels open an item that is no work when a link, an address
// or a tracker's key is all that follows: "Dashboard: [latency](…)",
// "Tracking epic: OPS-12", "Runbook: https://…".
var pointerLabels = wordSet(`dashboard dashboards runbook runbooks epic tracking board jira ticket tickets issue issues doc docs document link links logs log graph graphs thread slack channel incident recording recordings postmortem reference references`)

// asideItem reports an item of an action list that is no work: one
// led by a label of asideLabels, or of pointerLabels with a pointer
// alone after it, or a sentence that points to where the work is
// tracked ("All items are tracked in [OPS-12](…)", "See the board: …").
// An owner or a due date makes it work all the same.
func asideItem(a *Action, title, whole string) bool {
	if a.OwnerSpan != (Span{}) || a.DueSpan != (Span{}) {
		return false
	}
	t := strings.TrimSpace(plainTitle(whole))
	label, rest, labelled := strings.Cut(t, ":")
	if labelled && len(label) <= 24 {
		words := strings.Fields(strings.ToLower(strings.Trim(label, "*_ ")))
		if len(words) > 0 && len(words) <= 3 {
			if len(words) == 1 && asideLabels[words[0]] || len(words) == 2 && asideLabels[words[0]+" "+words[1]] {
				return true
			}
			if pointerLabels[words[len(words)-1]] && pointerOnly(whole[strings.IndexByte(whole, ':')+1:], rest) {
				return true
			}
		}
	}
	return pointerSentence(strings.ToLower(t), whole)
}

// pointerOnly reports a label's value that only points somewhere: a
// link, an address, or trackers' keys ("OPS-12", "OPS-1, OPS-2").
func pointerOnly(raw, plain string) bool {
	raw, plain = strings.TrimSpace(raw), strings.TrimSpace(plain)
	if raw == "" {
		return false
	}
	if strings.HasPrefix(raw, "http://") || strings.HasPrefix(raw, "https://") || strings.HasPrefix(raw, "<http") {
		return !strings.Contains(raw, " ")
	}
	if strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, ")") && strings.Count(raw, "](") == 1 {
		return true
	}
	for key := range strings.SplitSeq(plain, ",") {
		if !bareTrackerKey(strings.TrimSpace(key)) {
			return false
		}
	}
	return true
}

// bareTrackerKey reports a tracker's key alone: capitals, a dash, digits,
// "OPS-12", "INC-2025-044", "#123".
func bareTrackerKey(s string) bool {
	if strings.HasPrefix(s, "#") {
		return len(s) > 1 && strings.Trim(s[1:], "0123456789") == ""
	}
	head, tail, ok := strings.Cut(s, "-")
	return ok && head != "" && strings.IndexFunc(head, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) }) < 0 &&
		tail != "" && strings.Trim(tail, "0123456789-") == ""
}

// pointerSentence reports a sentence that points to where the work is
// tracked, with a link or an address: "All items are tracked in […](…)",
// "See the board: https://…", "Tracked in OPS-12".
func pointerSentence(lower, whole string) bool {
	if !strings.Contains(whole, "](") && !strings.Contains(whole, "http") {
		return false
	}
	if strings.HasPrefix(lower, "see ") || strings.HasPrefix(lower, "tracked in ") || strings.HasPrefix(lower, "tracked on ") {
		return len(strings.Fields(lower)) <= 8
	}
	return strings.Contains(lower, " are tracked in ") || strings.Contains(lower, " are tracked on ") || strings.Contains(lower, " is tracked in ")
}

// asideLead reports a list that a label introduces as no work: a line
// alone before it, bold or ending in a colon, that asideWords takes,
// "**Acceptance criteria**", "Definition of done:", "Open questions:".
func (p *parser) asideLead(n *ast.List) bool {
	para, ok := n.PreviousSibling().(*ast.Paragraph)
	if !ok || para.Lines().Len() != 1 {
		return false
	}
	t := strings.TrimSpace(p.doc.Text(linesSpan(para)))
	if len(t) < 4 || len(t) > 60 || t[len(t)-1] != ':' && t[0] != '*' && t[0] != '_' {
		return false
	}
	return asideWords(" " + headingName(strings.Trim(t, "*_: ")) + " ")
}

// alreadyState reads what follows "already" in a status: a state
// that closes the work ("done", "in place", "shipped") is done, as
// "already" says of any; what it does not know stays open.
func alreadyState(rest string) Status {
	if st := statusWords(rest); st != Open {
		return Done
	}
	return Open
}

// unstruck returns a status without the words struck through in it,
// "~~Open~~ Done" is "Done": the struck state is the one left behind.
// A status struck through whole is left as it is.
func unstruck(s string) string {
	i := strings.Index(s, "~~")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i+2:], "~~")
	if j < 0 {
		return s
	}
	rest := strings.TrimSpace(s[:i] + s[i+2+j+2:])
	if rest == "" {
		return s
	}
	return rest
}

// doneSince reports a part that tells when or by whom the work was
// done, "live since 2026-11-03", "rolled out on 2026-11-02", "done by
// @erin on 2026-11-04", which reads as a due date for the date in it:
// a done word opens it, and "since", "on", "as of" or the doer follows
// it. A date right after the word may be the day it is planned for
// ("Shipped 12/15" written ahead), and stays a due date.
func doneSince(t string) bool {
	word, _, ok := strings.Cut(t, " ")
	if !ok || len(word) > 12 || !strings.Contains(t, " since ") && !strings.Contains(t, " on ") && !strings.Contains(t, " as of ") && !strings.Contains(t, " by @") {
		return false // a done word and what tells when: both or neither
	}
	n := strings.ToLower(t)
	if statusWords(n) != Done {
		return false
	}
	_, rest, _ := strings.Cut(n, " ")
	if strings.HasPrefix(rest, "out ") || strings.HasPrefix(rest, "place ") {
		_, rest, _ = strings.Cut(rest, " ")
	}
	return strings.HasPrefix(rest, "since ") || strings.HasPrefix(rest, "on ") || strings.HasPrefix(rest, "as of ") || strings.HasPrefix(rest, "by @")
}

// groupLabelOnly reports an item or a row that only names the group of
// the work after it: its text alone, bold or italic whole, or a few
// words ending in a colon ("**Short term**", "- Long-term:", "| *Detect*
// | | |"), and no field or task box beside it.
func groupLabelOnly(a *Action, raw string) bool {
	if a.OwnerSpan.Len() > 0 || a.DueSpan.Len() > 0 || a.PrioritySpan.Len() > 0 || a.IssueSpan.Len() > 0 || a.Status != Open || a.StatusSpan.Len() > 0 {
		return false
	}
	t := strings.TrimSpace(raw)
	if len(t) < 3 || len(strings.Fields(t)) > 4 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t, "*_"), ":") {
		return true
	}
	for _, mark := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(mark) && strings.HasPrefix(t, mark) && strings.HasSuffix(t, mark) && !strings.Contains(t[len(mark):len(t)-len(mark)], mark) {
			return true
		}
	}
	return false
}

// groupRow reports a table's row that only names the group of the rows
// below it, as groupLabelOnly reads its action cell.
func (p *parser) groupRow(a *Action, r row, cols map[string]int) bool {
	i, ok := cols[colAction]
	return ok && i < len(r.Cells) && groupLabelOnly(a, p.doc.Text(r.Cells[i].Value))
}

// localPastStep reports an item written in another language as a step
// already taken, by the form its verb takes there: Chinese "已…"
// ("已回滚配置"); Japanese and Korean endings ("…しました", "…済み",
// "…완료", "…했음"); Russian and Ukrainian pasts and participles opening
// it ("Откатили релиз", "Исправлено …", "Додано …"); Polish "-no"/"-to"
// pasts ("Wycofano wdrożenie"); Swedish "-ade" ("Startade om …");
// German and Dutch participles ending it, lower case ("Pods neu
// gestartet", "Alert toegevoegd"); Spanish "Se …ó" ("Se revirtió …"); a
// Romance participle before an article ("Revertido el cambio",
// "Redémarré les pods", "Riavviato il servizio"); Turkish pasts ending
// it ("Geri alındı"); a few words ending with a done state
// ("Rollback effectué").
func localPastStep(text string) bool {
	t := strings.TrimSpace(plainTitle(text))
	if t == "" {
		return false
	}
	if strings.HasPrefix(t, "已") {
		return !strings.HasPrefix(t, "已知") && !strings.HasPrefix(t, "已有")
	}
	for _, end := range pastEnds {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	words := strings.Fields(t)
	first := strings.ToLower(strings.Trim(words[0], ",.:;"))
	last := strings.Trim(words[len(words)-1], ",.:;!")
	second := ""
	if len(words) > 1 {
		second = strings.ToLower(words[1])
	}
	n := utf8.RuneCountInString(first)
	switch {
	case n >= 6 && endsAny(first, "или", "али", "яли", "ели", "ыли", "ено", "ано", "ято", "нуто", "ило", "ало"):
		return true // "Откатили", "Исправлено", "Додано"
	case n >= 6 && endsAny(first, "ano", "ono", "ęto") && !strings.HasSuffix(first, "piano"):
		return true // "Wycofano", "Przywrócono"
	case n >= 6 && strings.HasSuffix(first, "ade") && swedishParticles[second]:
		return true // "Startade om tjänsten"
	case first == "se" && endsAny(second, "ó", "aron", "ieron"):
		return true // "Se revirtió el despliegue"
	case n >= 5 && romanceArticles[second] && romanceParticiple(first):
		return true // "Revertido el cambio", "Redémarré les pods"
	case len(words) > 1 && len(words) <= 4 && localDoneWords[strings.ToLower(last)]:
		return true // "Rollback effectué", "Cache geleert: erledigt"
	case len(words) <= 6 && germanicParticiple(last) && !englishWords(words):
		return true // "Pods neu gestartet", "Alert toegevoegd"
	case len(words) <= 6 && utf8.RuneCountInString(last) >= 5 && endsAny(last, "dı", "di", "du", "dü", "tı", "ti", "tu", "tü"):
		return t != last && !isASCII(t) && last == strings.ToLower(last) // "Geri alındı"
	}
	return false
}

// pastEnds end an item of a language without spaces written as done.
var pastEnds = []string{"しました", "ました", "済み", "済", "完了", "완료", "했음", "했다", "하였음", "됨", "롤백함", "했습니다"}

// romanceArticles follow a participle that opens a step taken.
var romanceArticles = wordSet(`el la los las un una lo o a os as um uma il i gli le les l' du des`)

// romanceParticiple reports a Spanish, Portuguese, Italian or French
// past participle: "-ado", "-ido", "-ato", "-ito", "-uto" and their
// forms, "-é(e)(s)"; not the nouns in "-ité" ("Sécurité").
func romanceParticiple(w string) bool {
	if endsAny(w, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ati", "ito", "iti", "uto", "uti") {
		return true
	}
	return endsAny(w, "é", "ée", "és", "ées") && !endsAny(w, "ité", "ités")
}

// germanicParticiple reports a German or Dutch participle in lower case
// ending an item: "ge…t", "ge…d", a separable prefix before "ge"
// ("hinzugefügt", "toegevoegd"), or "-iert".
func germanicParticiple(w string) bool {
	if utf8.RuneCountInString(w) < 6 || w != strings.ToLower(w) {
		return false
	}
	if strings.HasSuffix(w, "iert") {
		return true
	}
	if !endsAny(w, "t", "d") {
		return false
	}
	i := strings.Index(w, "ge")
	return i == 0 || i > 0 && i <= 6 && separablePrefix[w[:i]]
}

// swedishParticles follow a Swedish past that opens a step: "Startade
// om tjänsten", "Rullade tillbaka …"; "Upgrade the …" is English.
var swedishParticles = wordSet(`om upp till tillbaka ner bort av ut den det de en ett alla`)

// englishWords reports an item with a word only English writes among
// its words: "Alert when logs are not ingested" ends with no German or
// Dutch participle.
func englishWords(words []string) bool {
	for _, w := range words {
		if englishOnly[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var englishOnly = wordSet(`the to for of when is are and with not be if it that this`)

// separablePrefix are the prefixes written before "ge" in a German or
// Dutch participle.
var separablePrefix = wordSet(`hinzu zurück neu aus ein an ab auf um vor nach zu mit weg durch toe terug op af in uit door na mee`)

// endsAny reports s ending with one of ends.
func endsAny(s string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// writeUpRoleRe opens a line that names who owns, wrote or reviews the
// write-up itself: "Document owner: SRE team", "Postmortem owner: Dana
// Ruiz", "Review owner: Kim".
var writeUpRoleRe = lazyRe(`^[*_]*(?i:(?:this\s+)?(?:document|doc|report|post-?mortem|review|page|write-?up|retrospective|retro|rca)\s+(?:owner|author|reviewer|approver|editor)s?)[*_]*\s*:`)

// writeUpRole reports an item or a line of an action list that names a
// role of the write-up, not work to track.
func writeUpRole(text string) bool {
	return len(text) > 8 && strings.Contains(text, ":") && leadWordIn(text, writeUpLeads) && writeUpRoleRe.MatchString(text)
}

// writeUpLeads are the first words of writeUpRoleRe's lines.
var writeUpLeads = wordSet("this document doc report post-mortem postmortem review page write-up writeup retrospective retro rca")

// listNoteRe opens an item that speaks of the list itself, not of work:
// "Owners to be confirmed at Monday's review.", "All items are tracked
// in the OPS board.", "Items marked * are stretch goals.", "See the
// table below", "Priorities: P1 first" (not "Priority: P1 — …", an item's own), "(more to come …)", "Status as
// of Dec 10: …", "We will revisit these at the next review.", "Nothing
// else for now."
var listNoteRe = lazyRe(`^[*_(]*(?i:owners?\s+(?:to\s+be|will\s+be|are\s+to\s+be)\s+(?:confirmed|assigned|agreed|decided)|(?:all\s+)?(?:these\s+|the\s+)?(?:items|actions|follow-ups|tasks)\s+(?:are|will\s+be)\s+tracked|(?:items|actions)\s+marked\b|see\s+(?:the\s+)?(?:table|list)\s+(?:below|above)|priorities\s*:|more\s+to\s+come|last\s+reviewed\b|status\s+as\s+of\b|we(?:'ll|\s+will)\s+(?:revisit|review)\s+(?:these|this\s+list|the\s+list)|nothing\s+else\b|no\s+(?:other|further|more)\s+(?:actions|items|follow-ups)\b)`)

// listNote reports an item of an action list that is a note on the
// list.
func listNote(text string) bool {
	return len(text) > 10 && leadWordIn(text, listNoteLeads) && listNoteRe.MatchString(text)
}

// leadWordIn is the quick test of writeUpRoleRe and listNoteRe, each
// anchored at an item's start: the item's first word, after the marks
// either passes over and less the punctuation after it, lower case, is
// in leads. An anchored, case-folded expression asked of every item
// cost about 1.5% of the lint; a look-up of one word costs next to
// nothing.
func leadWordIn(text string, leads map[string]bool) bool {
	w := firstWord(strings.TrimLeft(text[:min(len(text), 24)], "*_("))
	return leads[strings.ToLower(strings.TrimRight(w, ":,.;"))]
}

// listNoteLeads are the first words of listNoteRe's notes.
var listNoteLeads = wordSet("owner owners all these the items actions follow-ups tasks see priorities more last status we we'll nothing no")
