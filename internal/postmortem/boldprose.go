package postmortem

import (
	"bytes"
	"strings"
)

// A follow-up written as one paragraph under an action heading: a bold
// sentence that names the work, then sentences that tell its owner, its
// due date and its state in words ("**Give support a macro for refunds.**
// Rosa Iñiguez will write it by 12/23/2026.", "… This was finished on
// December 15 by @kofi.a.", "… Closed, won't do.").

var (
	// proseOwnerRe: "Dana Whitlock in finance systems owns this", "Wes
	// Tanaka has this", "Rosa Iñiguez will write it", "Owned by the
	// payments team", "finished … by @kofi.a". The owner is a group.
	proseOwnerRe = lazyRe(`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:in\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+)?(?:owns|has|is on|will\s+\p{Ll}+)\s+(?:this|it|that)\b` +
		`|(?i:\bowned\s+by\s+(?:the\s+)?)((?:@[\w.-]*\w|\p{L}+(?:\s+\p{L}+){0,2}?\s+team|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{L}+)?))\b` +
		`|(?i:\b(?:finished|done|completed|shipped|merged)\b[^.;]{0,40}?\bby\s+)(@[\w.-]*\w)`)
	// proseDueRe: the day the paragraph aims at, "aiming for January 8,
	// 2027", "by 12/23/2026", "by end of Q1"; a completion day ("finished
	// on December 15") is none.
	proseDueRe = lazyRe(`(?i)(\bby\s+(?:the\s+)?end\s+of\s+(?:q[1-4](?:\s+\d{4})?|` + monthNames + `))|\b(?:by|aiming for|due|target(?:ing)?)\s+(` +
		monthNames + `\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+` + monthNames + `(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})`)
	// proseDoneRe and proseDroppedRe: the paragraph's state.
	proseDoneRe    = lazyRe(`(?i)\b(?:was|is|has been)\s+(?:already\s+)?(?:finished|done|completed|shipped)\b`)
	proseDroppedRe = lazyRe(`(?i)\bwon['’]t\s+do\b|\bdecided\s+not\s+to\b|\bnot\s+planned\b`)
)

// boldSentenceAction reads a line under an action heading that opens
// with a bold sentence and goes on in prose as one action, titled by the
// sentence; it reports whether it did.
func (p *parser) boldSentenceAction(span Span, name string) bool {
	b := p.src[span.Start:span.End]
	if !bytes.HasPrefix(b, []byte("**")) {
		return false
	}
	j := bytes.Index(b[2:], []byte("**"))
	if j < 0 {
		return false
	}
	inner := bytes.TrimSpace(b[2 : j+2])
	rest := Span{span.Start + j + 4, span.End}
	if !bytes.HasSuffix(inner, []byte(".")) || len(bytes.Fields(inner)) < 3 || len(bytes.TrimSpace(p.src[rest.Start:rest.End])) == 0 {
		return false
	}
	count := len(p.doc.Actions)
	p.readAction(Span{span.Start, rest.Start}, name)
	if len(p.doc.Actions) != count+1 {
		return false
	}
	a := &p.doc.Actions[count]
	a.Span.End = span.End
	a.Title = strings.TrimSuffix(a.Title, ".")
	p.sentenceFields(a, rest)
	return true
}

// sentenceFields reads an action's owner, due date and state from the
// sentences after its title.
func (p *parser) sentenceFields(a *Action, rest Span) {
	p.labelledSentences(a, rest)
	text := p.src[rest.Start:rest.End]
	if a.Status != Open {
		// a state sentence of its own said it
	} else if m := proseDroppedRe.FindIndex(text); m != nil {
		a.Status, a.notPlannedSpan = NotPlanned, Span{rest.Start + m[0], rest.Start + m[1]}
	} else if m := proseDoneRe.FindIndex(text); m != nil {
		a.Status, a.doneSpan = Done, Span{rest.Start + m[0], rest.Start + m[1]}
	}
	if v, ok := groupSpan(proseOwnerRe, text, rest.Start); ok && a.OwnerSpan == (Span{}) {
		setField(a, colOwner, p.doc.Text(v), v)
	}
	if v, ok := groupSpan(proseDueRe, text, rest.Start); ok && a.DueSpan == (Span{}) {
		setField(a, colDue, p.doc.Text(v), v)
	}
}

// groupSpan returns the span of the first group that took part in the
// first match of re in b, which starts at off in the source.
func groupSpan(re *lazyRegexp, b []byte, off int) (Span, bool) {
	m := re.FindSubmatchIndex(b)
	for i := 2; i+1 < len(m); i += 2 {
		if m[i] >= 0 {
			return Span{off + m[i], off + m[i+1]}, true
		}
	}
	return Span{}, false
}

// labelledSentences reads the sentences after a bold title that a label
// opens, as a notes tool's follow-up tells its fields one a sentence:
// "Owner: Priya Raman (Ticketing Platform).", "Due Thursday 17
// December.", and its state as a sentence alone or before a dash or a
// colon: "Done — added to the runbook.", "Dropped.".
func (p *parser) labelledSentences(a *Action, rest Span) {
	for at := rest.Start; at < rest.End; {
		end := bytes.Index(p.src[at:rest.End], []byte(". "))
		if end < 0 {
			end = rest.End - at
		}
		s := trimSpan(p.src, Span{at, at + end})
		at += end + 2
		t := strings.TrimSuffix(p.doc.Text(s), ".")
		switch {
		case len(t) > 7 && strings.EqualFold(t[:6], "owner:") && a.OwnerSpan == (Span{}):
			v := trimSpan(p.src, Span{s.Start + 6, s.Start + len(t)})
			if i := bytes.IndexByte(p.src[v.Start:v.End], '('); i > 0 {
				v = trimSpan(p.src, Span{v.Start, v.Start + i}) // "Priya Raman (Ticketing Platform)": the person
			}
			setField(a, colOwner, p.doc.Text(v), v)
		case len(t) > 5 && strings.EqualFold(t[:4], "due ") && a.DueSpan == (Span{}):
			v := trimSpan(p.src, Span{s.Start + 4, s.Start + len(t)})
			if dueLike(p.doc.Text(v)) || calendarDue(p.doc.Text(v)) {
				setField(a, colDue, p.doc.Text(v), v)
			}
		case a.Status == Open:
			a.Status = sentenceState(t)
		}
	}
}

// sentenceState is the state a sentence says alone, or before a dash or
// a colon that opens a note: "Done — added …", "Dropped", "Cancelled:
// …"; open for any other.
func sentenceState(t string) Status {
	word, after, _ := strings.Cut(t, " ")
	word = strings.TrimSuffix(word, ":")
	if after != "" && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") && !strings.HasSuffix(t[:len(word)+1], ":") {
		return Open
	}
	switch w := strings.ToLower(word); {
	case doneStatusWords[w]:
		return Done
	case notPlannedWords[w]:
		return NotPlanned
	}
	return Open
}
