package postmortem

import (
	"bytes"
	"strings"
)

// alreadySentence reads a last sentence of an item that says the work
// is finished already, as a status page lists what it is changing
// after a bold lead: "**Alert when the renderer restarts more than
// three times in ten minutes.** Already in place since December 3.",
// "… before any release. Already live." The item is done; the text
// before the sentence is returned. A sentence that says no more than
// "already" and a state it does not know leaves the item as it is.
func (p *parser) alreadySentence(a *Action, text Span) Span {
	b := p.src[text.Start:text.End]
	if len(b) < 20 || a.Status != Open || !bytes.Contains(b, []byte(" Already ")) {
		return text // the quick answer for most items (Contains is quicker than LastIndex)
	}
	k := bytes.LastIndex(b, []byte(" Already "))
	before := bytes.TrimRight(b[:k], "*_")
	if len(before) == 0 || strings.IndexByte(".!;", before[len(before)-1]) < 0 {
		return text // "Already" within a sentence
	}
	rest := strings.TrimRight(string(b[k+len(" Already "):]), ". ")
	if rest == "" || strings.Count(rest, " ") > 5 || strings.ContainsAny(rest, ".!?;") || alreadyState(rest) != Done {
		return text
	}
	a.Status, a.doneSpan = Done, Span{text.Start + k + 1, text.End}
	return trimSpan(p.src, Span{text.Start, text.Start + k})
}
