package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A timeline told in sentences: "At 14:05 UTC a deploy went out.
// Latency began to climb at 14:12 UTC. The on-call was paged at 14:20
// UTC." Each sentence that places itself at a time of day is an entry,
// with the sentence as its text.

// sentenceClockRe is a time of day inside a sentence, after the word
// that places the sentence at it: "at 14:05 UTC", "around 3pm", "by
// 9:40 a.m.". A bare number ("at 3") is no time.
var sentenceClockRe = lazyRe(`(?i)\b(?:at|around|about|approximately|approx\.|by|until|till|from|since|shortly after|just after|just before|~)\s+(~?\d{1,2}:\d{2}(?:\s*(?:[ap]m\b|[ap]\.m\.))?|\d{1,2}\s*(?:[ap]m\b|[ap]\.m\.))(?:[^\pL\pN]|$)`)

// earlierLead opens a sentence that goes back before the story told so
// far: its time is no entry in the order of the timeline.
var earlierLead = lazyRe(`(?i)^(?:earlier|previously|before (?:that|this)|prior to)\b`)

// timesNote is a word of a sentence about the timeline's times ("All
// times are UTC, from 14:00"), which is no entry.
var timesNote = newKeywords("times")

// proseEvents reads a paragraph of the timeline written as sentences,
// and reports whether it did: a paragraph with more sentences that name
// a time than lines that open with one, two at least, or one after a
// paragraph so read. A story told in sentences may go back in time
// ("the deploy at 14:05"), so its entries are not checked for order.
func (p *parser) proseEvents(n ast.Node, para *paragraphText) bool {
	if !p.inTimeline() || !para.hasDigit() {
		return false
	}
	span := linesSpan(n)
	if !span.Valid() {
		return false
	}
	sents := p.timedSentences(span)
	least := 2 // one sentence with a time is a note, unless the story goes on
	if p.proseGroup == p.eventGroup && p.proseGroup > 0 {
		least = 1
	}
	if len(sents) < least || len(sents) <= p.stampedLines(n) {
		return false
	}
	for _, s := range sents {
		p.addEvent(s.stamp, p.doc.Text(s.text))
		p.doc.Events[len(p.doc.Events)-1].prose = true
	}
	p.proseGroup = p.eventGroup
	return true
}

type timedSentence struct{ stamp, text Span }

// timedSentences returns the sentences of a span that place themselves
// at a time of day, each with the time and the sentence.
func (p *parser) timedSentences(span Span) []timedSentence {
	var out []timedSentence
	text := p.doc.Text(span)
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		s := Span{span.Start + start, span.Start + end}
		if st, ok := p.sentenceStamp(s); ok {
			out = append(out, timedSentence{st, trimSpan(p.src, s)})
		}
		start = end
	}
	return out
}

// sentenceStamp finds the time a sentence places itself at: a stamp
// opening it, or the first time of day after "at", "around", "by"….
func (p *parser) sentenceStamp(s Span) (Span, bool) {
	s = trimSpan(p.src, s)
	if s.Len() == 0 || earlierLead.Match(p.src[s.Start:s.End]) || timesNote.in(p.doc.Text(s)) {
		return Span{}, false
	}
	if st := p.stampAt(s); st.Valid() {
		return st, true
	}
	m := sentenceClockRe.FindSubmatchIndex(p.src[s.Start:s.End])
	if m == nil {
		return Span{}, false
	}
	st := Span{s.Start + m[2], s.Start + m[3]}
	if p.src[st.Start] == '~' {
		st.Start++
	}
	if z := sentenceZoneRe.FindIndex(p.src[st.End:s.End]); z != nil {
		st.End += z[1]
	}
	return p.zoneAfter(st, s.End), true
}

// sentenceZoneRe is the zone written after a time in a sentence: " UTC",
// " CEST". It is compiled when a timeline is first told in sentences.
var sentenceZoneRe = lazyRe(`^ (?:` + zoneWords + `)\b`)

// sentenceEnd returns where the sentence that begins at start ends: after
// ". ", "! " or "? " before a capital or a mark that opens a sentence,
// or at the end of the text.
func sentenceEnd(text string, start int) int {
	for i := start; i < len(text)-2; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if text[j] != ' ' && text[j] != '\n' {
			continue
		}
		for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
			j++
		}
		if j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || strings.IndexByte("*_(`@", text[j]) >= 0 || upperBeyondASCII(text[j:])) {
			return j
		}
	}
	return len(text)
}

// stampedLines counts the lines of a paragraph that open with a time.
func (p *parser) stampedLines(n ast.Node) int {
	k := 0
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		ls.Start = max(ls.Start, lines.At(i).Start)
		if p.stampAt(ls).Valid() {
			k++
		}
	}
	return k
}

// upperBeyondASCII reports text opening with a capital letter beyond
// ASCII: "Às 09h20", "Über Nacht", "Όλες".
func upperBeyondASCII(text string) bool {
	if text[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}
