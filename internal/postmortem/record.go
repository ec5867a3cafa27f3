package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Step is an entry of a record of what was already done: a past-tense
// item of a remediation list ("Reverted the change"), or any item of a
// section titled as done ("Actions taken", "Immediate actions
// (completed)"). A step is not an action: it never opens an issue.
type Step struct {
	Text string
	Line int
	Span Span
}

// pastVerbs open a step written in the past tense. Participles that
// often open a noun phrase naming work still to do ("Automated
// rollbacks", "Improved alerting", "Updated runbook") are left out: they
// count only before a determiner ("Updated the runbook").
var pastVerbs = wordSet(`reverted rolled moved deployed added removed disabled enabled restarted raised lowered
blocked patched fixed upgraded downgraded migrated rotated revoked scaled replaced restored created deleted
applied changed switched drained cleared purged killed terminated paused resumed renewed reissued invalidated
issued sent notified informed contacted published released shipped merged implemented introduced wrote made
took ran reran rewrote built put gave found identified confirmed verified reached declared posted refunded credited
communicated announced failed flushed recreated rebuilt redeployed reconfigured re-enabled reenabled
unblocked banned suspended locked unlocked reset`)

// determiners follow a past-tense verb and not a participle used as an
// adjective: "Updated the runbook", "Moved all traffic".
var determiners = wordSet(`the a an all our its their this that these those each every some any both his her
my your another several to back up out in off over down away`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// anyWordIn reports a word of text, split at spaces, in the set.
func anyWordIn(text string, set map[string]bool) bool {
	for _, w := range strings.Fields(text) {
		if set[w] {
			return true
		}
	}
	return false
}

// passiveRe finds a passive past early in a step: "The config was
// reverted", "Credits have been issued".
var passiveRe = lazyRe(`(?i)^(?:\S+\s+){0,6}?(?:was|were|has been|have been|had been|is now|are now)\s+\S+ed\b`)

// isRecordStep reports whether an item reads as done: it opens with a
// verb in the past tense ("Reverted …", "We moved …", "Sent …") or a
// passive past ("The flag was turned off").
func isRecordStep(text string) bool {
	words := strings.Fields(strings.ToLower(plainTitle(text)))
	if len(words) > 0 && (words[0] == "we" || words[0] == "i") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	first := strings.Trim(words[0], ",.:;")
	if pastVerbs[first] {
		return true
	}
	if len(words) > 1 && strings.HasSuffix(first, "ed") && len(first) > 4 && pastNext(words[1]) {
		return true
	}
	return passiveRe.MatchString(text) && !relativePassive(words) || perfectRe.MatchString(text) || reportedRe.MatchString(text)
}

// relativePassive reports a passive past in a clause that describes a
// noun, "Refund everyone whose ticket was rejected", "Alert on jobs that
// were retried": the clause tells what the work is about, and the item,
// opening with a verb that is no past, is work to do.
func relativePassive(words []string) bool {
	if strings.HasSuffix(words[0], "ed") {
		return false
	}
	for _, w := range words[1:min(len(words), 7)] {
		switch w {
		case "whose", "who", "which", "that", "where", "when":
			return true
		case "was", "were", "has", "have", "had", "is", "are":
			return false
		}
	}
	return false
}

// telegraphicStep reports a step written as a note does, a thing and
// what was done to it with no "was": "Cache flushed at 14:20.", "Deploy
// rolled back to v2.3.", "Customers notified via status page.",
// "Refunds issued to 212 customers". The participle is the second or
// the third word, a phrase of place, time or manner or nothing follows
// it, and an imperative does not open the item ("Add alert for failed
// payments" is work to do).
func telegraphicStep(text string) bool {
	words := strings.Fields(strings.ToLower(plainTitle(text)))
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	if words[0] == "the" || words[0] == "our" || words[0] == "all" {
		words = words[1:]
	}
	for i := 1; i <= 2 && i < len(words); i++ {
		w := strings.Trim(words[i], ",.;:")
		strong := pastVerbs[w]
		if !strong && (!strings.HasSuffix(w, "ed") || len(w) < 5) {
			continue
		}
		if imperativeWords[strings.Trim(words[0], ",.;:")] && !(strong && i == 1) {
			return false
		}
		return i+1 == len(words) || stepTail(words[i+1]) || w != words[i]
	}
	return false
}

// stepTail reports a word that may follow a step's participle: a
// particle, a preposition of place, time or manner, or a number.
func stepTail(w string) bool {
	return stepTailWords[strings.Trim(w, ",.;:")] || w[0] >= '0' && w[0] <= '9' || w[0] == '('
}

var (
	stepTailWords   = wordSet(`at to on in via by and from for after before with within across back down up off out over manually automatically again successfully overnight immediately`)
	imperativeWords = wordSet(`add create fix update write review document ensure make set implement investigate move remove migrate enable disable
configure automate improve test monitor alert page rotate renew deploy roll schedule train audit check verify define build introduce
extend replace upgrade increase reduce limit split tune cap require publish send notify share run use block allow adopt agree ask
assign backfill clean consolidate convert decommission delete design evaluate expose hire instrument label lock log merge own pin
plan port prevent protect raise refactor rename reproduce retire revisit rewrite scale separate ship simplify standardise standardize
stop store switch track validate warn watch wire consider explore draft prepare restore rebuild enforce keep get give reach contact`)
)

var (
	// perfectRe finds a present perfect with a person as the subject:
	// "We have removed …", "We have for several years enabled …".
	perfectRe = lazyRe(`(?i)^(?:we|i|they|the team)\s+(?:have|has|'ve)\s+(?:\S+\s+){0,4}?(?:\S+ed|taken|made|done|written|built|run|put|given|sent|set|begun)\b`)
	// reportedRe finds a subject that did or said something, in the
	// past: "The researcher also recommended we …".
	reportedRe = lazyRe(`(?i)^(?:the|our|their|we|they|he|she)\s+(?:\S+\s+){1,3}?(?:also\s+)?\S{2,}[^e\s]ed\s+(?:we|that|the|a|an|to|our|it|them|us)\b`)
)

// pastNext reports whether a word after an "-ed" word makes it a verb:
// a determiner, a number or a code span.
func pastNext(w string) bool {
	return determiners[w] || w[0] >= '0' && w[0] <= '9' || w[0] == '`'
}

var (
	// doneLeadRe: a check mark opening an item: "✅ Reverted …".
	doneLeadRe = lazyRe(`^(?:✅|✔[️︎]?|☑[️︎]?|☒|✓|🟢|` + shortcodesOf("✅", "✔", "☑", "🟢") + `)\s*`)
	// doneTailRe: a check mark closing an item: "… ✅".
	doneTailRe = lazyRe(`\s*(?:✅|✔[️︎]?|☑[️︎]?|✓|` + shortcodesOf("✅", "✔", "☑") + `)$`)
	// openLeadRe: an empty box or a mark of work under way opening an
	// item, "☐ Alert on lag", "⏳ Alert on lag", Kanboard's half circle
	// "◐ Alert on lag", a tracker's empty circle of an issue to do, "◯
	// Alert on lag": it is open.
	openLeadRe = lazyRe(`^(?:☐|◐|◑|◯|○|🔲|🔳|⬜|⏳|🚧|🔄|⏸|🆕|` + shortcodesOf("🔲", "🔳", "⬜", "⏳", "🚧", "🔄", "⏸", "🆕") + `)[️︎]?\s*`)
	// droppedLeadRe: a cross opening an item, "❌ Move to a managed
	// service": it was dropped, as the task plugin's ❌ says.
	// A circled slash, "⊘ Switch processors", is a task tool's cancelled one.
	droppedLeadRe = lazyRe(`^(?:❌|🚫|⛔|⊘|✖[️︎]?|` + shortcodesOf("❌", "🚫", "⛔", "✖") + `)\s*`)
	// doneWordLeadRe: a word that opens an item to say it is done:
	// "[DONE] …", "(Completed) …", "**Done:** …", "DONE: …".
	doneWordLeadRe = lazyRe(`(?i)^(?:\[(?:done|completed?|fixed|shipped|resolved|closed)\]|\((?:done|completed?|fixed|shipped|resolved|closed)\)|(?:\*\*|__)?(?:done|completed?|fixed|shipped|closed)(?:\*\*|__)?\s*:(?:\*\*|__)?)\s*`)
)

// doneMarks reads the check marks that say an item is done, before or
// after it, and an item struck through whole. It returns the text
// without the marks. "(done)" after an item is read with its fields.
func (p *parser) doneMarks(a *Action, text Span) Span {
	if b := p.src[text.Start:text.End]; len(b) > 0 && (b[0] == 0xE2 || b[0] == 0xF0 || b[0] == ':' || (b[0] == '*' || b[0] == '_') && cardBoxLen(b) > 0) {
		text = p.markLead(a, text)
	}
	if b := p.src[text.Start:text.End]; len(b) > 0 && strings.IndexByte("[(*_DdCcFfSs", b[0]) >= 0 {
		if m := doneWordLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
			a.doneSpan = Span{text.Start, text.Start + m[1]}
			text.Start += m[1]
			a.Status = Done
		}
	}
	if b := p.src[text.Start:text.End]; len(b) > 0 && bytes.IndexByte(doneMarkEnds, b[len(b)-1]) >= 0 {
		if m := doneTailRe.FindIndex(b); m != nil {
			a.doneSpan = Span{text.Start + m[0], text.End}
			text.End = text.Start + m[0]
			a.Status = Done
		}
	}
	return p.completeSentence(a, p.alreadySentence(a, p.struckThrough(a, text)))
}

// openBallot reports an empty box or a mark of work under way opening
// b: a task still to do, as "[ ]" makes one.
func openBallot(b []byte) bool {
	return len(b) > 0 && (b[0] == 0xE2 || b[0] == 0xF0 || b[0] == ':') && openLeadRe.Match(b)
}

// markLead reads the mark of state that opens an item, as an emoji or
// by its name, and returns the item after it: an empty box written as
// a task box is, or a mark of work under way, leaves it open ("☐ Alert
// on lag"); a check mark makes it done ("✅ Reverted …"), a cross
// dropped ("❌ Move to …").
func (p *parser) markLead(a *Action, text Span) Span {
	if c := p.src[text.Start]; c == '*' || c == '_' {
		text.Start += len(p.src[text.Start:text.End]) - len(bytes.TrimLeft(p.src[text.Start:text.End], "*_")) // "**☑ Re-run the return**": the box in the title's bold run
	}
	b := p.src[text.Start:text.End]
	if m := openLeadRe.FindIndex(b); m != nil {
		return trimSpan(p.src, Span{text.Start + m[1], text.End})
	}
	if m := doneLeadRe.FindIndex(b); m != nil {
		a.doneSpan = Span{text.Start, text.Start + m[1]}
		a.Status = Done
		return Span{text.Start + m[1], text.End}
	}
	if m := droppedLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
		p.itemField(a, colStatus, trimSpan(p.src, Span{text.Start, text.Start + m[1]}))
		return Span{text.Start + m[1], text.End}
	}
	return text
}

// doneMarkEnds are the last bytes of the done marks ✅, ✔, ☑, ✓, of
// U+FE0F and U+FE0E and of their names: a text that ends otherwise has
// no done mark at its end.
var doneMarkEnds = []byte{0x85, 0x94, 0x91, 0x93, 0x8F, 0x8E, ':'}

// struckThrough marks an action whose whole text is struck through done.
func (p *parser) struckThrough(a *Action, text Span) Span {
	t := p.doc.Text(text)
	tag, ok := openingStrike(t)
	if ok && len(t) > len(tag[0])+len(tag[1]) && strings.HasSuffix(t, tag[1]) && !singleStrikeOpen(tag, t, len(t)-1) {
		a.Status = Done
		a.strike = [2]Span{{text.Start, text.Start + len(tag[0])}, {text.End - len(tag[1]), text.End}}
	}
	return text
}

// struckTitle marks done an action whose title is struck through and
// its fields not: "~~Add an alert~~ — owner: @dana".
func (p *parser) struckTitle(a *Action, text Span) {
	t := p.doc.Text(text)
	if a.Status != Open || t == "" || t[0] != '~' && t[0] != '<' && t[0] != '-' {
		return
	}
	tag, ok := openingStrike(t)
	if !ok {
		return
	}
	end := strings.Index(t[len(tag[0]):], tag[1])
	if end <= 0 || singleStrikeOpen(tag, t, len(tag[0])+end) {
		return
	}
	close := text.Start + len(tag[0]) + end // where the closing mark starts
	note := t[close-text.Start+len(tag[1]):]
	if a.TitleSpan.End <= close+len(tag[1]) || strikeNote(note) {
		a.Status = Done
		if droppedNote(note) {
			a.Status = NotPlanned // "~~Move the cache~~ (Declined: …)"
		}
		a.strike = [2]Span{{text.Start, text.Start + len(tag[0])}, {close, close + len(tag[1])}}
	}
}

// singleStrikeOpen reports a single tilde at t[i] that closes no
// strike: a space before it, "~5 min ~".
func singleStrikeOpen(tag [2]string, t string, i int) bool {
	return tag[0] == "~" && t[i-1] == ' '
}

// droppedNote reports a note after a struck title that says the work
// was dropped, not done: "(Declined: not related)", "— dropped at the
// review", "· *Archived by …*", "(not needed — …)".
func droppedNote(note string) bool {
	note = strings.TrimLeft(note, " —–-:(·*_")
	if st, ok := bracketWords(strings.TrimRight(note, ")*_")); ok {
		return st == NotPlanned // "~~Move the cache~~ verworfen", "… (won't do)"
	}
	word, _, _ := strings.Cut(note, " ")
	return notPlannedWords[strings.ToLower(strings.TrimRight(word, ":,;.)*_"))] || notNeededRe.MatchString(note)
}

// strikeTags are the marks that strike text through, opening and closing.
var strikeTags = [][2]string{{"~~", "~~"}, {"<s>", "</s>"}, {"<del>", "</del>"}, {"<strike>", "</strike>"}, {"%%", "%%"}, {"--(", ")--"}} // "%%…%%": Backlog's wiki; "--(…)--": MoinMoin's

// openingStrike returns the marks of the strike that opens t: one of
// strikeTags, or a single tilde before a word, "~Move to Kafka~", as
// GitHub and chat tools strike text through.
func openingStrike(t string) ([2]string, bool) {
	for _, tag := range strikeTags {
		if strings.HasPrefix(t, tag[0]) {
			return tag, true
		}
	}
	if len(t) > 2 && t[0] == '~' && t[1] != ' ' && t[1] != '~' {
		return [2]string{"~", "~"}, true
	}
	return [2]string{}, false
}

// strikeNote reports whether what follows a struck title is a note on
// it after a dash or a colon ("~~Raise the limit~~ — not possible"), not
// more of the title.
func strikeNote(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, sep := range []string{"—", "–", "- ", ":", "(", "·"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return stateNote(rest)
}

// stateNote reports a note that opens with a word of state and goes on
// with a colon or the words of a reason: "parked: the vendor can't …",
// "dropped at the review", "done".
func stateNote(rest string) bool {
	if st, ok := bracketWords(rest); ok && st != Open {
		return true // the state whole, in any language: "won't do", "erledigt", "已完成"
	}
	word, after, _ := strings.Cut(rest, " ")
	w := strings.ToLower(strings.TrimRight(word, ":,;."))
	if !notPlannedWords[w] && !doneStatusWords[w] {
		return false
	}
	return after == "" || strings.HasSuffix(word, ":") || strings.HasPrefix(after, "at ") || strings.HasPrefix(after, "in ") || strings.HasPrefix(after, "by ") || strings.HasPrefix(after, "as ")
}

// inRecord reports whether the current section, or one it sits under,
// records what was done.
func (p *parser) inRecord() bool {
	return inRecordIn(p.doc.Sections)
}

// inRecordIn is inRecord where secs are the sections so far.
func inRecordIn(secs []Section) bool {
	for i := innermost(secs); i >= 0; i = outer(secs, i) {
		if secs[i].Record {
			return true
		}
		if secs[i].Key == "remediation" {
			return false
		}
	}
	return false
}

// addStep records an item read as done.
func (p *parser) addStep(text Span) {
	p.doc.Steps = append(p.doc.Steps, Step{Text: plainTitle(p.doc.Text(text)), Line: p.doc.Line(text.Start), Span: text})
}

// resolutionStep records an item of a resolution or mitigation section
// that reads as done ("Restarted the consumers") as a step.
func (p *parser) resolutionStep(li ast.Node) {
	if text := firstText(li); text != nil {
		if span := linesSpan(text); isRecordStep(p.doc.Text(span)) {
			p.addStep(span)
		}
	}
}

// workedNoteRe is a note that the list below it was worked during the
// incident: "Checklist from the runbook, worked during the incident."
var workedNoteRe = lazyRe(`(?i)\b(?:worked|done|completed|carried out|followed|ticked off|checked off)\s+(?:during|in the course of)\s+the\s+(?:incident|outage|response|call)\b`)

// workedNote makes the section a record where the paragraph opening it
// says its list was worked during the incident: a runbook's tasks,
// headed "Tasks" as a tool names them, are steps taken, not actions.
func (p *parser) workedNote(n ast.Node) {
	i := len(p.doc.Sections) - 1
	if i < 0 || p.doc.Sections[i].Key != "remediation" || p.doc.Sections[i].Form != "" {
		return
	}
	if len(p.doc.Actions) > 0 && p.doc.Actions[len(p.doc.Actions)-1].Span.Start > p.doc.Sections[i].Span.Start {
		return // the note follows actions: not the list's introduction
	}
	if b := p.src[linesSpan(n).Start:linesSpan(n).End]; (bytes.Contains(b, []byte("uring ")) || bytes.Contains(b, []byte("course of"))) && workedNoteRe.Match(b) {
		p.doc.Sections[i].Record = true
	}
}
