package postmortem

import (
	"bytes"
	"strings"
)

// alreadySentence reads a last sentence of an item that says the work
// is finished already, as a status page lists what it is changing
// after a bold lead: "**Alert when the renderer restarts more than
// three times in ten minutes.** Already in place since December 3.",
// "… before any release. Already live.", in emphasis or not, and opened
// by "This is" or "It is": "… their own queue. *This is already done.*"
// The item is done; the text before the sentence is returned. A
// sentence that says no more than "already" and a state it does not
// know leaves the item as it is.
func (p *parser) alreadySentence(a *Action, text Span) Span {
	b := p.src[text.Start:text.End]
	if len(b) < 20 || a.Status != Open || !bytes.Contains(b, []byte("lready ")) {
		return text // the quick answer for most items (Contains is quicker than LastIndex)
	}
	k := bytes.LastIndex(b, []byte("lready ")) - 1
	if k < 1 {
		return text
	}
	start := k
	if b[k] == 'a' {
		start = -1
		for _, lead := range [...]string{"This is ", "It is ", "this is ", "it is "} {
			if bytes.HasSuffix(b[:k], []byte(lead)) {
				start = k - len(lead)
			}
		}
	} else if b[k] != 'A' {
		return text
	}
	if start < 1 {
		return text
	}
	cut := start
	for cut > 0 && (b[cut-1] == '*' || b[cut-1] == '_') {
		cut--
	}
	before := bytes.TrimRight(b[:cut], " ")
	if len(before) == cut {
		return text // no space before the sentence
	}
	if before = bytes.TrimRight(before, "*_"); len(before) == 0 || strings.IndexByte(".!;", before[len(before)-1]) < 0 {
		return text // "Already" within a sentence
	}
	rest := strings.TrimRight(string(b[k+len("Already "):]), ". *_")
	if rest == "" || strings.Count(rest, " ") > 5 || strings.ContainsAny(rest, ".!?;") || alreadyState(rest) != Done {
		return text
	}
	a.Status, a.doneSpan = Done, Span{text.Start + cut, text.End}
	return trimSpan(p.src, Span{text.Start, text.Start + cut})
}

// completeSentenceRe is a last sentence that says the work named before
// it is finished, as a public write-up ends an item of what it is
// changing: "This is complete.", "This work was completed on November
// 20.", "This change is now in place."
var completeSentenceRe = lazyRe(`^(?:This|That|It)(?: work| change| fix| item| step)? (?:is|was|has been) (?:now )?(?:complete|completed|done|finished|in place)(?: (?:on|since|as of) [^.]{1,24})?\.?\*{0,2}$`)

// completeSentence reads a last sentence completeSentenceRe finds: the
// item is done, and the text before the sentence is returned.
func (p *parser) completeSentence(a *Action, text Span) Span {
	b := p.src[text.Start:text.End]
	if len(b) < 24 || a.Status != Open {
		return text
	}
	stop := lastStop(b, max(1, len(b)-80)) // the sentence is short: only the item's end is looked at
	if stop < 0 {
		return text
	}
	last := bytes.TrimLeft(b[stop+2:], " *")
	if len(last) < 10 || last[0] != 'T' && last[0] != 'I' || !completeSentenceRe.Match(last) {
		return text // the quick answer for most items: no "This" or "It" opens the last sentence
	}
	a.Status, a.doneSpan = Done, Span{text.Start + stop + 1, text.End}
	return Span{text.Start, text.Start + stop + 1}
}

// lastStop returns where the last full stop with a space after it
// stands in b at from or after, -1 where there is none.
func lastStop(b []byte, from int) int {
	for end := len(b) - 2; end > from; {
		k := bytes.LastIndexByte(b[from:end], '.')
		if k < 0 {
			return -1
		}
		if b[from+k+1] == ' ' {
			return from + k
		}
		end = from + k
	}
	return -1
}

// decidedAgainst drops an item whose clause tells that the team decided
// against the work it names, as a status page lists what it looked at
// beside what it is doing: "We looked at a second region; we decided
// against it for now, as …", "Considered a new vendor. Decided against
// this." The pronoun is the work, and the clause opens after a stop, a
// semicolon, a comma or a dash; an item still to do by its open box is
// left as it is.
func (p *parser) decidedAgainst(a *Action, item Span) {
	if a.Status != Open || a.StatusSpan != (Span{}) {
		return
	}
	b := p.src[item.Start:item.End]
	k := bytes.Index(b, []byte("ecided against "))
	if k < 1 || b[k-1]|0x20 != 'd' {
		return
	}
	before := bytes.TrimRight(b[:k-1], " ")
	if w := bytes.TrimSuffix(before, []byte("we")); len(w) < len(before) && (len(w) == 0 || w[len(w)-1] == ' ') {
		before = bytes.TrimRight(w, " ") // "we decided against it"
	} else if w := bytes.TrimSuffix(before, []byte("We")); len(w) < len(before) && (len(w) == 0 || w[len(w)-1] == ' ') {
		before = bytes.TrimRight(w, " ")
	}
	if len(before) == 0 || !clauseBreak(before) {
		return // "… the vendor we decided against last year …": within a sentence
	}
	after := b[k+len("ecided against "):]
	for _, pronoun := range [...]string{"it", "this", "that"} {
		if rest, ok := bytes.CutPrefix(after, []byte(pronoun)); ok && (len(rest) == 0 || !isASCIIAlnum(rest[0])) {
			a.Status = NotPlanned
			return
		}
	}
}

// clauseBreak reports text that ends where a clause may open: after a
// stop, a semicolon, a comma, a colon or a dash.
func clauseBreak(b []byte) bool {
	return bytes.IndexByte([]byte(".;,:"), b[len(b)-1]) >= 0 || bytes.HasSuffix(b, []byte("—")) || bytes.HasSuffix(b, []byte("–"))
}
