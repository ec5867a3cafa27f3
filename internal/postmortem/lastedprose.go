package postmortem

import "strings"

// A summary says how long the impact lasted in a sentence rather than
// after a label: "The outage lasted 68 minutes", "checkout was down for
// about 1 h 10 min". Like "Duration: 68 minutes", the length gives the
// end from the start where nothing else gives it (see lastedEnd).

// lastedProseRe is a length after the words that tell the impact's:
// the length's number and unit in its group.
var lastedProseRe = lazyRe(`(?i)\b(?:lasted|(?:was|were)\s+(?:down|unavailable|degraded|offline|broken|failing|out)\s+for|(?:outage|downtime|disruption)\s+of)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|almost\s+|~\s?)?(\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b(?:\s*(?:and\s+)?\d+\s*(?:m|mins?|minutes?)\b)?)`)

// lastedWords are the words every match of lastedProseRe holds one of.
var lastedWords = newKeywords("lasted", "down for", "unavailable for", "degraded for", "offline for", "broken for", "failing for", "out for", "outage of", "downtime of", "disruption of")

// lastedProse notes a length the summary's text gives, where no label
// gave one.
func (p *parser) lastedProse(para *paragraphText, base int) {
	if p.lasted.span.End > 0 || !para.hasDigit() || !para.has(wordsLasted) {
		return
	}
	text := para.text
	m := lastedProseRe.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	d, ok := readLength(strings.Replace(text[m[2]:m[3]], " and ", " ", 1))
	if !ok {
		return
	}
	p.lasted.d, p.lasted.label, p.lasted.span = d, "Length (from the summary)", Span{base + m[2], base + m[3]}
}
