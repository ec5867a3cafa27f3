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

// endMentionOwnerRe is a mention or a page link ending the words before
// a due date: "@Tom Abernethy", "@mei", "[[Mei Tanaka]]".
var endMentionOwnerRe = lazyRe(`(?:@[\p{L}\p{N}][\p{L}\p{N}_.-]*(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}|\]\])$`)

// endDue reads a due date ending item and returns the item before it.
func (p *parser) endDue(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 8 || !mayEndInDue(b) {
		return item
	}
	m := endDueRe.FindSubmatchIndex(b)
	if m == nil || (m[4] >= 0) != (m[8] >= 0) {
		return item
	}
	before := bytes.TrimRight(b[:m[0]], " ")
	if !endMentionOwnerRe.Match(before) {
		return item
	}
	p.itemField(a, colDue, Span{item.Start + m[6], item.Start + m[7]})
	if a.insertAt == 0 {
		a.insertAt = item.End
	}
	return Span{item.Start, item.Start + len(before)}
}

// mayEndInDue is the quick test of endDue: the item ends with a digit,
// a page link's brackets or a month's name, and holds "@" or "]] "
// before.
func mayEndInDue(b []byte) bool {
	if bytes.IndexByte(b, '@') < 0 && !bytes.Contains(b, []byte("]] ")) {
		return false
	}
	last := b[len(b)-1]
	if isDigit(last) || last == ']' {
		return true
	}
	word := b[bytes.LastIndexByte(b, ' ')+1:]
	return len(word) >= 3 && monthWords.in(string(bytes.ToLower(word[:3])))
}
