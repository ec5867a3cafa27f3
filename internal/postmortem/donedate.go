package postmortem

import (
	"bytes"
)

// A date on a done item is the day it was done only where the words
// around it say so; otherwise it is what it would be on an open item.
// The convention:
//
//   - "✅ 13 Nov — Alert on exports", "- [x] Alert on exports ✅ Shipped
//     on March 2", "(done 13 Nov)", "completed 2026-11-16": the day it
//     was done, never the due date;
//   - any other date keeps the meaning it has on an open item: "- [x]
//     Rotate keys — @a — 2026-11-30" is due on the 30th, ticked or not,
//     so that ticking the box (as the app does when the issue closes)
//     changes nothing else the item says.

// doneDateLeadRe is a check mark with the day the item was done, opening
// it: "✅ 13 Nov — ", "✔ 2026-11-13: ", "✅ Done 13 Nov: ".
var doneDateLeadRe = lazyRe(`(?i)^(?:✅|✔[️︎]?|☑[️︎]?|✓)\s*(?:(?:done|completed?|shipped|fixed|merged|deployed|released)\s+)?(?:on\s+)?(?:\d{4}-\d{2}-\d{2}|` + monthDay + `)\s*(?:[—–:-]\s*)?`)

// doneDateTailRe is a check mark with the word and the day that say the
// item was done, ending it: "✅ Shipped on March 2", "✅ done 13 Nov",
// "✅ 2026-11-13".
var doneDateTailRe = lazyRe(`(?i)[\s.]*(?:✅|✔[️︎]?|☑[️︎]?|✓)\s*(?:(?:done|completed?|shipped|fixed|merged|deployed|released|landed)\s+)?(?:(?:on|in)\s+)?(?:\d{4}-\d{2}-\d{2}|` + monthDay + `)?\.?$`)

// doneDates reads a check mark that comes with the day the item was
// done, before or after it, and returns the text without them.
func (p *parser) doneDates(a *Action, text Span) Span {
	b := p.src[text.Start:text.End]
	if !holdsCheckMark(b) {
		return text
	}
	if m := doneDateLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
		a.doneSpan, a.Status = Span{text.Start, text.Start + m[1]}, Done
		return Span{text.Start + m[1], text.End}
	}
	if m := doneDateTailRe.FindIndex(b); m != nil && m[0] > 0 {
		a.doneSpan, a.Status = Span{text.Start + m[0], text.End}, Done
		return Span{text.Start, text.Start + m[0]}
	}
	return text
}

// holdsCheckMark reports whether b holds one of the check marks the
// expressions open with, ✅ ✔ ☑ ✓, looking only where their lead byte
// is, which an item holds seldom (and then mostly in a dash).
func holdsCheckMark(b []byte) bool {
	for k := 0; k+2 < len(b); k++ {
		j := bytes.IndexByte(b[k:len(b)-2], 0xe2)
		if j < 0 {
			return false
		}
		k += j
		switch string(b[k+1 : k+3]) {
		case "\x9c\x85", "\x9c\x94", "\x98\x91", "\x9c\x93": // ✅ ✔ ☑ ✓
			return true
		}
	}
	return false
}
