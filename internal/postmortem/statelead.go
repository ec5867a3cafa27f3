package postmortem

import "bytes"

// A state in brackets opening an item, bold or not, as notebooks, mail
// and exported trackers write it: "[done] …", "**[IN PROGRESS]** …",
// "[dropped] …", "**[WONTFIX]** …". It is no part of the title.

// openStateWords are the states of an item still to do.
var openStateWords = wordSet(`open todo to-do new blocked pending waiting deferred backlog wip ongoing started
planned proposed doing now later triage`)

// stateLead reads a bracketed state opening item and returns the item
// after it; a word in brackets that is no state is left in the title.
func (p *parser) stateLead(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 4 || b[0] != '[' && b[0] != '*' && b[0] != '_' {
		return item
	}
	emph := 0
	if bytes.HasPrefix(b, []byte("**")) || bytes.HasPrefix(b, []byte("__")) {
		emph = 2
	}
	end := bytes.IndexByte(b, ']')
	if end < 0 || end > 24+emph || len(b) <= emph || b[emph] != '[' || emph > 0 && !bytes.HasPrefix(b[end+1:], b[:2]) {
		return item
	}
	st, ok := bracketState(string(b[emph+1 : end]))
	if !ok {
		return item
	}
	lead := Span{item.Start, item.Start + end + 1 + emph}
	rest := trimSpan(p.src, Span{lead.End, item.End})
	if rest.Len() == 0 {
		return item
	}
	switch st {
	case Done:
		p.itemField(a, colDone, lead)
	case NotPlanned:
		p.itemField(a, colStatus, lead)
	}
	return rest
}

// bracketState reads the words in a state's brackets.
func bracketState(s string) (Status, bool) {
	n := normalize(s)
	if openStateWords[n] || n == "in progress" || n == "not started" || n == "on hold" || n == "in review" {
		return Open, true
	}
	if st := parseStatus(s); st != Open {
		return st, true
	}
	if n == "duplicate" || n == "invalid" || n == "won't do" {
		return NotPlanned, true
	}
	return Open, false
}
