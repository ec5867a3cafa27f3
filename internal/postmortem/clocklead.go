package postmortem

import "strings"

// clockLeadWords are the words for "at" that open a timeline's entry
// before its clock in the Nordic languages, Turkish and Indonesian:
// "kl. 08.20 – …", "klo 6.15", "pukul 07.05".
var clockLeadWords = []string{"kl.", "kl", "klockan", "klokken", "klo", "kello", "pukul", "saat"}

// clockLeadOpens are the first bytes of clockLeadWords, in either case.
var clockLeadOpens = firstBytes(clockLeadWords)

// clockLeadPrefix returns the length of a word of clockLeadWords opening
// b, with the emphasis before it and the space after it, where a digit
// follows ("**kl. 08.20** –" reads as "**08.20** –"), or 0.
func clockLeadPrefix(b string) int {
	i := stampLead(b)
	if i == len(b) || !clockLeadOpens[b[i]] {
		return 0
	}
	for _, w := range clockLeadWords {
		if len(b)-i <= len(w) || !strings.EqualFold(b[i:i+len(w)], w) || b[i+len(w)] != ' ' {
			continue
		}
		k := i + len(w)
		for k < len(b) && b[k] == ' ' {
			k++
		}
		if k < len(b) && isDigit(b[k]) {
			return k
		}
	}
	return 0
}

// itemClockSpan is dottedClockSpan for a list's item, which may open its
// dotted clock with a word of clockLeadWords inside the emphasis that
// sets the stamp apart: "**kl. 08.20** – …". Bare, "kl. 08.20 ringte
// kunden" is as often a sentence of prose.
func itemClockSpan(src []byte, item Span) Span {
	b := src[item.Start:item.End]
	i := 0
	for i < len(b) && (b[i] == '*' || b[i] == '_') {
		i++
	}
	if i > 0 && i < len(b) && clockLeadOpens[b[i]] {
		if k := clockLeadPrefix(string(b[i:min(len(b), i+16)])); k > 0 {
			return dottedClockSpan(src, Span{item.Start + i + k, item.End})
		}
	}
	return dottedClockSpan(src, item)
}
