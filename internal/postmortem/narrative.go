package postmortem

import "bytes"

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
	var buf [24]byte
	for i := 0; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if j > i {
			o.words++
			if j-i <= len(buf) && pastWord(lowerInto(buf[:0], text[i:j])) {
				o.past++
			}
		}
		i = j
	}
}

// lowerInto appends an ASCII word to buf in lower case.
func lowerInto(buf []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// pastWord reports a verb in the past tense as a story uses it (the
// lookups of string(w) allocate nothing).
func pastWord(w []byte) bool {
	return pastVerbs[string(w)] || storyVerbs[string(w)] || len(w) > 5 && bytes.HasSuffix(w, []byte("ed")) && !determiners[string(w)]
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
