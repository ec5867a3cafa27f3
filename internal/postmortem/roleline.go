package postmortem

import "strings"

// A blog's or a wiki's by-line under the title names the author, the
// author's role and the day, between middle dots or bars, with no word
// such as "by": "Jane Doe · Site Reliability Engineer · March 4, 2026",
// "_Jane Doe · SRE lead · 2026-03-04_", "**Jane Doe** | Payments | Mar
// 4, 2026". The name gives the author, the day the date.

// roleLineName is a person's name as a by-line writes it: two or three
// words with a capital, or a login.
var roleLineName = lazyRe(`^(?:@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$`)

// roleLine reads a by-line of a name, a role or none, and a day; ok is
// false for any other line. name and day are offsets into text.
func roleLine(text string) (name, day [2]int, ok bool) {
	sep := " · "
	if !strings.Contains(text, sep) {
		if sep = " | "; !strings.Contains(text, sep) {
			return name, day, false // most paragraphs
		}
	}
	if len(text) > 160 || strings.IndexByte(text, '\n') >= 0 {
		return name, day, false
	}
	parts := strings.Split(text, sep)
	if len(parts) < 2 || len(parts) > 4 {
		return name, day, false
	}
	name, ok = markedPart(text, 0, len(parts[0]))
	if !ok || !roleLineName.MatchString(text[name[0]:name[1]]) || acronymWord(text[name[0]:name[1]]) {
		return name, day, false
	}
	at := len(parts[0]) + len(sep)
	for i, part := range parts[1:] {
		d, _ := markedPart(text, at, at+len(part))
		if m := byLineDateRe.FindStringIndex(text[d[0]:d[1]]); m != nil && m[0] == 0 && m[1] == d[1]-d[0] {
			return name, d, true
		}
		if i == len(parts)-2 || len(strings.Fields(part)) > 6 {
			break // a role is a few words
		}
		at += len(part) + len(sep)
	}
	return name, day, false
}

// markedPart trims the spaces and the emphasis marks around text[from:to]
// and returns what is left, which ok says is not empty.
func markedPart(text string, from, to int) ([2]int, bool) {
	for from < to && strings.IndexByte(" \t*_", text[from]) >= 0 {
		from++
	}
	for to > from && strings.IndexByte(" \t*_", text[to-1]) >= 0 {
		to--
	}
	return [2]int{from, to}, to > from
}

// acronymWord reports a word of two capitals or more among a name's
// words, as a product's name has and a person's has not: "Checkout API".
func acronymWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}
