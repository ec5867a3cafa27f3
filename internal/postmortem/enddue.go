package postmortem

import "bytes"

// A due date that ends an item without a separator before it, as notes
// tools and outliners write one after the owner: "… @Tom Abernethy Dec
// 4", "… [[Mei Tanaka]] due [[December 11th, 2026]]", "… @mei due 9 Jan".
// With "due" or "by" or without, the date must come right after a
// mention or a page link, which says the words before the date are
// fields, not the title; a due date after a separator is read with the
// item's other separated parts.

// endDueRe is a date ending an item, after "due" or "by" or not, in a
// page link's brackets or not.
var endDueRe = lazyRe(`(?i)(?:^|\s)((?:due(?:\s+(?:on|by))?|by)\s+)?(\[\[)?(` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})(\]\])?$`)

// maxEndDue is the most bytes a due date ending an item takes with the
// word before it: "due on [[September 30th, 2026]]".
const maxEndDue = 40

// endMentionOwnerRe is a mention or a page link ending the words before
// a due date: "@Tom Abernethy", "@mei", "[[Mei Tanaka]]".
var endMentionOwnerRe = lazyRe(`(?:@[\p{L}\p{N}][\p{L}\p{N}_.-]*(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}|\]\])$`)

// endDue reads a due date ending item and returns the item before it.
func (p *parser) endDue(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 8 || !mayEndInDue(b) {
		return item
	}
	off := 0
	if len(b) > maxEndDue {
		off = len(b) - maxEndDue // the due date is in the last words: the pattern reads no more
		if sp := bytes.IndexByte(b[off:], ' '); sp >= 0 {
			off += sp
		}
	}
	m := endDueRe.FindSubmatchIndex(b[off:])
	if m == nil || (m[4] >= 0) != (m[8] >= 0) {
		return item
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
	before := bytes.TrimRight(b[:m[0]], " ")
	if !endMentionOwnerRe.Match(before[max(0, len(before)-maxEndDue):]) {
		return item
	}
	p.itemField(a, colDue, Span{item.Start + m[6], item.Start + m[7]})
	if a.insertAt == 0 {
		a.insertAt = item.End
	}
	return Span{item.Start, item.Start + len(before)}
}

// mayEndInDue is the quick test of endDue: the item holds "@" or "]] ",
// and its last words may be a date: a page link, a month's name, a day
// after a month's name, a year after a day or a month, an ISO day after
// "due", "by", "on" or a mention.
func mayEndInDue(b []byte) bool {
	if bytes.IndexByte(b, '@') < 0 && !bytes.Contains(b, []byte("]] ")) {
		return false
	}
	if bytes.HasSuffix(b, []byte("]]")) {
		return true
	}
	sp := bytes.LastIndexByte(b, ' ')
	if sp < 0 {
		return false
	}
	last, prev := b[sp+1:], b[:sp]
	prev = prev[bytes.LastIndexByte(prev, ' ')+1:]
	if len(last) == 0 || len(prev) == 0 {
		return false
	}
	switch {
	case monthWord(last):
		return true // "23 Nov"
	case len(last) == 10 && last[4] == '-' && isDigit(last[0]):
		return prev[0] == '@' || string(prev) == "due" || string(prev) == "by" || string(prev) == "on"
	case len(last) == 4 && isDigit(last[0]):
		return monthWord(prev) || bytes.HasSuffix(prev, []byte(","))
	case len(last) <= 4 && isDigit(last[0]):
		return monthWord(prev) // "Dec 4", "Dec 4th"
	}
	return false
}

// monthWord reports a word that opens with a month's name.
func monthWord(w []byte) bool {
	return len(w) >= 3 && w[0] >= 'A' && monthWords.in(string(bytes.ToLower(w[:3])))
}
