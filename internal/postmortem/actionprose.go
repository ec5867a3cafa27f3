package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Actions written outside lists and tables: an "**Action item:** …"
// paragraph anywhere, and plain lines under an action heading, one
// action a line.

// actionLabels are bold leads that make a paragraph an action.
var actionLabels = map[string]bool{
	"action": true, "action item": true, "action items": true, "ai": true, "todo": true, "to do": true,
	"follow up": true, "followup": true, "next step": true, "countermeasure": true,
}

// paragraphActions reads a paragraph as actions where it is one.
func (p *parser) paragraphActions(n ast.Node) {
	key, name := p.sectionKey()
	if label, _, rest, ok := p.leadLabel(n); ok && lookupNormal(actionLabels, label) {
		if name == "" {
			name = label
		}
		p.readAction(Span{rest, linesSpan(n).End}, name)
		return
	}
	if key != "remediation" || p.inRecord() {
		return
	}
	if span := linesSpan(n); n.Lines().Len() == 1 {
		p.lineAction(span, name)
		return
	}
	lines := p.plainLines(n)
	if p.anyProse(lines) {
		// Sentences about the plan, one a line: one action, the
		// paragraph, titled by its first sentence.
		p.readAction(linesSpan(n), name)
		return
	}
	for _, l := range lines {
		p.readAction(l, name)
		if n := len(p.doc.Actions); n > 0 && p.doc.Actions[n-1].Span.Start >= l.Start {
			p.doc.Actions[n-1].plainLine = true
		}
	}
}

// dropIntroLines drops the actions read from the plain lines of a
// paragraph in the current section before a table of actions: the
// paragraph introduces the table ("The review agreed the following.
// Target dates are in the format DD/MM/YYYY."), hard-wrapped.
func (p *parser) dropIntroLines() {
	secs := p.doc.Sections
	if len(secs) == 0 {
		return
	}
	start, keep := secs[len(secs)-1].Span.Start, 0
	for _, a := range p.doc.Actions {
		if !a.plainLine || a.Span.Start < start {
			p.doc.Actions[keep] = a
			keep++
		}
	}
	p.doc.Actions = p.doc.Actions[:keep]
}

// plainActionLeadRe: "Action: …", "TODO: …" opening a line without
// emphasis.
var plainActionLeadRe = lazyRe(`^(?i:action(?: item)?|follow[- ]?up|todo)\s*:\s*`)

// lineAction reads a paragraph of one line under an action heading: an
// action when an id or "Action:" leads it ("AI-1: Alert on lag"), or
// when it names an owner, a due date, a priority or an issue
// ("**Rate-limit the retries** — @lee, due 2026-11-01"). A sentence
// about the list ("We will track these in the tracker.") is none.
func (p *parser) lineAction(span Span, name string) {
	b := p.src[span.Start:span.End]
	if idLed(b) {
		p.readAction(span, name)
		return
	}
	if m := plainActionLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
		p.readAction(Span{span.Start + m[1], span.End}, name)
		return
	}
	if b[len(b)-1] == ':' || !opensItem(b) || asOfLine(b) || proseLineRe.Match(b) || isRecordStep(string(b)) {
		return
	}
	n := len(p.doc.Actions)
	p.readAction(span, name)
	if len(p.doc.Actions) == n+1 && !hasFields(p.doc.Actions[n]) {
		p.doc.Actions = p.doc.Actions[:n] // a line with no field is not known to be an action
	}
}

// proseLineRe is a line that opens with a subject and its verb ("The
// ideal pattern would be…", "Chia is aiming at…", "Finally, we're
// looking…", "More on this can be found…") rather than with an
// imperative or a noun phrase as action items do.
var proseLineRe = lazyRe(`(?i)^(?:(?:[\pL\pN'’-]+,?\s+){1,6}?(?:is|are|was|were|would|will|has|have|had|can|could|should|may|might|must)\s|(?:[\pL\pN-]+,?\s+){0,5}?(?:we|they|i|you|it)['’](?:re|ve|ll|d|s)\s)`)

func (p *parser) anyProse(lines []Span) bool {
	for _, l := range lines {
		if proseLineRe.Match(p.src[l.Start:l.End]) {
			return true
		}
	}
	return false
}

// plainLines returns the lines of a paragraph that lists one action a
// line: two lines or more, each opening with a capital, a mention or a
// link, none ending with a colon. Prose wrapped at a fixed width has
// lines that open in lower case, and is not read.
func (p *parser) plainLines(n ast.Node) []Span {
	segs := n.Lines()
	if segs.Len() < 2 {
		return nil
	}
	out := make([]Span, 0, segs.Len())
	for i := 0; i < segs.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(segs.At(i).Start))
		ls = trimSpan(p.src, Span{max(ls.Start, segs.At(i).Start), ls.End})
		if ls.Len() == 0 || p.src[ls.End-1] == ':' || !opensItem(p.src[ls.Start:ls.End]) {
			return nil
		}
		out = append(out, ls)
	}
	return out
}

func opensItem(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsUpper(r) || r == '@' || r == '[' || r == '*'
}

// asOfLine reports a line that dates the state of the list below it,
// "State as of the review (2026-11-16).", "As of 3 March, …": a note
// on the list, whose date is no due date.
func asOfLine(b []byte) bool {
	words := strings.Fields(strings.ToLower(string(b[:min(len(b), 24)])))
	for i := 0; i+1 < len(words) && i < 3; i++ {
		if words[i] == "as" && words[i+1] == "of" {
			return i == 0 || statusHeads[words[0]]
		}
	}
	return false
}

// statusHeads open a note on the state of a list: "Status as of …".
var statusHeads = wordSet("state status progress updated")
