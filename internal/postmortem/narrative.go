package postmortem

import "strings"

// An untitled opening that tells the incident ("On 31 July a researcher
// found … We revoked the token within hours …") is what happened, where
// no section names it and no timeline tells it: many published
// post-mortems are a story under the title and then what was done.

// opening gathers the paragraphs before the first section.
type opening struct {
	span  Span
	words int // words of the paragraphs
	past  int // words in the past tense, as a story is told
}

// add takes in a paragraph of the opening.
func (o *opening) add(span Span, text string) {
	if !o.span.Valid() {
		o.span.Start = span.Start
	}
	o.span.End = span.End
	for _, w := range strings.Fields(text) {
		o.words++
		if pastWord(strings.ToLower(strings.Trim(w, ".,;:!?()*_\"'"))) {
			o.past++
		}
	}
}

// pastWord reports a verb in the past tense as a story uses it.
func pastWord(w string) bool {
	return pastVerbs[w] || storyVerbs[w] || len(w) > 5 && strings.HasSuffix(w, "ed") && !determiners[w]
}

// storyVerbs are past tenses a story is told in that pastVerbs leaves
// out.
var storyVerbs = wordSet(`was were went had began saw came became lost got kept left told thought knew did caused led
started stopped noticed discovered realised realized returned`)

// A story: some forty words at least, five of them or more in the past,
// and one in twenty-five.
const (
	narrativeWords = 40
	narrativePast  = 5
	narrativeShare = 25
)

// openingNarrative records the opening as what happened where it tells
// a story and nothing else tells it.
func (p *parser) openingNarrative() {
	o := p.opening
	if !o.span.Valid() || o.words < narrativeWords || o.past < narrativePast || o.past*narrativeShare < o.words {
		return
	}
	for _, key := range []string{"what_happened", "timeline"} {
		if _, ok := p.doc.Section(key); ok {
			return
		}
	}
	p.doc.MetaSections = append(p.doc.MetaSections, Section{Name: "Opening narrative", Key: "what_happened", Form: "intro", HeadingSpan: o.span, Span: o.span})
}
