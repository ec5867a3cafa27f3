package postmortem

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A document with no action list may give its plans in the story's own
// sentences: "Next, we'll add a manual override to the health checks.",
// "Going forward, we will page on queue age." Each such sentence is an
// action, but only where no list, table or label gives any: beside an
// action list, the prose around it only talks about the plan.

// planRe is a sentence that says what the team will do, after a lead
// that ends with a comma ("Secondly,", "In the coming weeks,", "As a
// longer-term fix (Q2 2027),"): the verb is group 1.
var planRe = lazyRe(`(?i)^(?:([^,.;:]{1,60}),\s+)?(?:we|the team)\s*(?:will|are going to|plan to|intend to|are planning to|['’]ll|['’]re going to|['’]re planning to)\s+(?:also\s+|then\s+|now\s+|soon\s+|additionally\s+)?([a-z]+)\b`)

// planLeadsNot open a sentence about what would happen, not what will:
// "If the queue backs up again, we will …".
var planLeadsNot = lazyRe(`(?i)^(?:if|when|whenever|unless|should|once|in case|until)\b`)

// planVerbsNot are verbs of a sentence about the write-up or the team's
// stance, not work to track: "we'll post the five whys", "we will
// continue to take security seriously", "we'll be making changes".
var planVerbsNot = wordSet(`be continue post publish share keep let update follow need have try remain stay
not never always learn hope`)

// vagueObjectRe is a plan that only announces others: "make several
// changes", "take steps".
var vagueObjectRe = lazyRe(`(?i)^\w+\s+(?:several|some|a few|a number of|many|further|more)\s+(?:changes|improvements|steps|measures)\b`)

// alreadyRe, in the sentence after a plan, says it is done: "This is
// already released for all clients."
var alreadyRe = lazyRe(`(?i)\b(?:is|are|has been|have been)\s+already\s+(?:released|done|shipped|live|in place|deployed|complete|completed|merged|rolled out)\b|\balready\s+(?:released|shipped|deployed|merged|rolled out)\b`)

// planSentence is a plan found in prose, read as an action when the
// document has no other.
type planSentence struct {
	section  string
	sentence Span // the whole sentence, whose lead may give the due date
	verb     Span // from the verb to the end of the sentence, without its stop
	done     bool
	owner    string // the login of the sentence's subject, when it names one
}

// planCues follow "we" and a space in a sentence that states a plan.
var planCues = [][]byte{[]byte("will"), []byte("are going to"), []byte("plan to"), []byte("intend to"), []byte("are planning to")}

// planCue is the quick test for planRe: "we" and a word of the future,
// or "the team will".
func planCue(b []byte) bool {
	for i := bytes.IndexByte(b, 'e'); i >= 0 && i+1 < len(b); {
		if i > 0 && b[i-1]|0x20 == 'w' && (i == 1 || !isWordByte(b[i-2])) && weCue(b[i+1:]) {
			return true
		}
		j := bytes.IndexByte(b[i+1:], 'e')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return bytes.Contains(b, []byte("team will"))
}

// weCue reports whether what follows "we" says what will be done:
// "'ll", "’re going to", " will", "\nare planning to".
func weCue(b []byte) bool {
	if bytes.HasPrefix(b, []byte("'")) || bytes.HasPrefix(b, []byte("’")) {
		return true // "we'll", "we're": planRe decides
	}
	if len(b) == 0 || !isSpace(b[0]) {
		return false
	}
	b = bytes.TrimLeft(b, " \t\r\n")
	for _, c := range planCues {
		if bytes.HasPrefix(b, c) {
			return true
		}
	}
	return false
}

// planProse returns the plans the sentences of a paragraph state; secs
// are the sections up to the paragraph.
func (p *parser) planProse(span Span, secs []Section) []planSentence {
	if b := p.src[span.Start:span.End]; !planCue(b) && !bytes.Contains(b, []byte(" will ")) {
		return nil
	}
	if key, _ := sectionKeyIn(secs); key == "timeline" || key == "what_happened" || inRecordIn(secs) {
		return nil
	}
	_, name := sectionKeyIn(secs)
	text := p.doc.Text(span)
	var out []planSentence
	last := -1
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		s := trimSpan(p.src, Span{span.Start + start, span.Start + end})
		if last >= 0 && alreadyRe.Match(p.src[s.Start:s.End]) {
			out[last].done = true
		}
		last = -1
		if v, ok := p.planVerb(s); ok {
			out = append(out, planSentence{section: name, sentence: s, verb: v})
			last = len(out) - 1
		} else if v, owner, ok := p.namedPlan(s); ok {
			out = append(out, planSentence{section: name, sentence: s, verb: v, owner: owner})
			last = len(out) - 1
		} else if v, ok := p.donePlan(s); ok && len(out) > 0 {
			out = append(out, planSentence{section: name, sentence: s, verb: v, done: true})
		}
		start = end
	}
	return out
}

// plansIn returns the plans the document's paragraphs state, outside
// lists, quotes and tables. They are looked for only in a document with
// no action, once it is read.
func (p *parser) plansIn(root ast.Node) []planSentence {
	var out []planSentence
	secs := p.doc.Sections
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Paragraph); !ok {
			continue
		}
		span := linesSpan(c)
		if !span.Valid() {
			continue
		}
		k := 0
		for k < len(secs) && secs[k].Span.Start <= span.Start {
			k++
		}
		out = append(out, p.planProse(span, secs[:k])...)
	}
	return out
}

// planVerb returns the plan a sentence states, from its verb to its
// end; ok is false for a sentence that states none.
func (p *parser) planVerb(s Span) (Span, bool) {
	b := p.src[s.Start:s.End]
	if !planCue(b) {
		return Span{}, false
	}
	m := planRe.FindSubmatchIndex(b)
	if m == nil || planVerbsNot[strings.ToLower(string(b[m[4]:m[5]]))] {
		return Span{}, false
	}
	if m[2] >= 0 && planLeadsNot.Match(b[m[2]:m[3]]) {
		return Span{}, false
	}
	v := Span{s.Start + m[4], s.End}
	for v.End > v.Start && strings.IndexByte(".!:;", p.src[v.End-1]) >= 0 {
		v.End--
	}
	if p.src[s.End-1] == ':' || vagueObjectRe.Match(p.src[v.Start:v.End]) || v.Len() < 12 {
		return Span{}, false
	}
	return v, true
}

// finishPlans reads the plans found in prose as the document's actions
// when it has no other.
func (p *parser) finishPlans(root ast.Node) {
	if len(p.doc.Actions) > 0 {
		return
	}
	for _, pl := range p.plansIn(root) {
		a := Action{Form: ListItem, Section: pl.section, Line: p.doc.Line(pl.verb.Start), sentence: true}
		end := p.planStatus(&a, pl.verb)
		title := planTitle(p.src, Span{pl.verb.Start, end})
		a.TitleSpan, a.Title = title, capitalFirst(p.doc.Text(title))
		a.boxAt, a.insertAt = pl.verb.Start, end
		text := p.doc.Text(pl.sentence)
		owner, paren := planOwner(text)
		if pl.owner != "" {
			owner = pl.owner
		}
		a.Owner = owner
		p.planDue(&a, text, paren)
		if pl.done && a.Status == Open {
			a.Status = Done
		}
		p.doc.Actions = append(p.doc.Actions, a)
	}
}

// planMarkRe is a mark written after a plan: "(done)", "(not
// planned)", its issue "(#41)".
var planMarkRe = lazyRe(`(?i)\s*\((done|not planned|#\d+)\)$`)

// planStatus reads the issue and the status written after a plan, and
// returns where the plan ends before them, where an issue number or a
// status goes. The plan's span takes them in.
func (p *parser) planStatus(a *Action, v Span) int {
	a.Span = v
	end := v.End
	for {
		m := planMarkRe.FindSubmatchIndex(p.src[v.Start:end])
		if m == nil {
			return end
		}
		mark := Span{v.Start + m[2], v.Start + m[3]}
		switch t := p.doc.Text(mark); {
		case t[0] == '#':
			a.Issue, a.IssueSpan = issueNumber(t), mark
		case strings.EqualFold(t, "done"):
			a.Status, a.doneSpan = Done, mark
		default:
			a.Status, a.notPlannedSpan = NotPlanned, mark
		}
		end = v.Start + m[0]
	}
}

// planTitle is a plan's title: up to the first comma after four words
// ("Add a manual override to the health checks, so that …").
func planTitle(src []byte, v Span) Span {
	b := src[v.Start:v.End]
	for i := 0; i < len(b); i++ {
		if (b[i] == ',' || b[i] == '(') && len(strings.Fields(string(b[:i]))) >= 4 {
			return trimSpan(src, Span{v.Start, v.Start + i})
		}
	}
	return v
}

func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// Who a plan's sentence says owns it, and by when: "Sofia owns that",
// "(Marco, by 4 December)", "Aisha Kamara is scoping it", "which
// finance operations has already started".
var (
	planOwnsRe    = lazyRe(`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+owns\s+(?:that|it|this)\b`)
	planParenRe   = lazyRe(`\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|@[A-Za-z0-9-]+),\s*(?:by|due)\s+([^)]+)\)`)
	planDoingRe   = lazyRe(`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|@[A-Za-z0-9-]+)\s+(?:is|are)\s+(?:scoping|leading|driving|handling|taking|doing|running|writing|building|tracking|owning)\s+(?:it|that|this)\b`)
	planStartedRe = lazyRe(`\bwhich\s+(?:the\s+)?(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+(?:has|have)\s+already\s+(?:started|begun)\b`)
	// planByRe: the day a plan is due, "by 27 November", "land by Nov 27".
	planByRe = lazyRe(`(?i)\bby\s+(\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `|` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?)\b`)
	// planPeriodRe: a period a plan is due in, "will finish this week".
	planPeriodRe = lazyRe(`(?i)\b(this|next)\s+(week|month|quarter)\b`)
)

// planOwner reads the owner a plan's sentence names, and the day in
// parentheses after it.
func planOwner(text string) (owner, due string) {
	if m := planParenRe.FindStringSubmatch(text); m != nil {
		return strings.TrimPrefix(m[1], "@"), m[2]
	}
	for _, re := range []*lazyRegexp{planOwnsRe, planDoingRe, planStartedRe} {
		if m := re.FindStringSubmatch(text); m != nil {
			return strings.TrimPrefix(m[1], "@"), ""
		}
	}
	return "", ""
}

// planDue reads the day a plan is due against the document's day:
// "by 27 November", "this week".
func (p *parser) planDue(a *Action, text, paren string) {
	if t, raw, ok := headingTarget(text); ok {
		a.Due, a.DueRaw = t, raw
		return
	}
	base := p.baseDate()
	if base.IsZero() {
		return
	}
	v := paren
	if m := planByRe.FindStringSubmatch(text); v == "" && m != nil {
		v = m[1]
	}
	if v != "" {
		if t, ok := dayInYear(strings.TrimSpace(v), base.Year()); ok {
			if t.Before(base) {
				t = t.AddDate(1, 0, 0)
			}
			a.Due, a.DueRaw = t, v
		}
		return
	}
	if m := planPeriodRe.FindString(text); m != "" {
		if t, ok := periodDue(m, base); ok {
			a.Due, a.DueRaw = t, m
		}
	}
}
