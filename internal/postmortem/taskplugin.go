package postmortem

import (
	"bytes"
	"unicode"
)

// A note-taking app's task plugin writes a task's fields as emoji after
// its title: "- [ ] #task Alert on lag [[Ana Lima]] ⏫ ➕ 2026-11-19 📅
// 2026-12-04". 📅 is the due date; ⏳ scheduled, 🛫 start and ➕ created
// are not; ✅ and ❌ with a date say it was done or cancelled; ⏫ 🔼 🔽
// are priorities. Its boxes beyond "[ ]" and "[x]": "[/]" in progress,
// "[>]" deferred, "[-]" cancelled.

// taskEmojiMark is one emoji of a task's fields and what it says.
type taskEmojiMark struct {
	mark string
	key  string // colDue, colDone, colStatus (cancelled), colPriority, or "" for a date that is none of them
	word string // the priority it names
}

var taskEmojiMarks = []taskEmojiMark{
	{"📅", colDue, ""}, {"🗓️", colDue, ""}, {"🗓", colDue, ""}, {"⏳", "", ""}, {"🛫", "", ""}, {"➕", "", ""},
	{"✅", colDone, ""}, {"❌", colStatus, ""}, {"🔺", colPriority, "HIGHEST"}, {"⏫", colPriority, "HIGH"},
	{"🔼", colPriority, "MEDIUM"}, {"🔽", colPriority, "LOW"}, {"⏬", colPriority, "LOWEST"},
}

// taskEmojiFields reads the emoji fields that end an item and returns
// the item without them; an item whose tail holds anything else is
// returned as it is.
func (p *parser) taskEmojiFields(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if !mayHoldTaskEmoji(b) {
		return item
	}
	start := -1
	for _, m := range taskEmojiMarks {
		if i := bytes.Index(b, []byte(m.mark)); i > 0 && (start < 0 || i < start) {
			start = i
		}
	}
	if start < 0 || !p.taskEmojiTail(a, Span{item.Start + start, item.End}, false) {
		return item
	}
	p.taskEmojiTail(a, Span{item.Start + start, item.End}, true)
	return trimSpan(p.src, Span{item.Start, item.Start + start})
}

// taskEmojiTail reports whether tail is emoji marks each with the date
// it needs, and where set is true gives a their fields.
func (p *parser) taskEmojiTail(a *Action, tail Span, set bool) bool {
	for at := tail.Start; ; {
		at = trimSpan(p.src, Span{at, tail.End}).Start
		if at >= tail.End {
			return true
		}
		m, ok := taskEmojiAt(p.src[at:tail.End])
		if !ok {
			return false
		}
		at += len(m.mark)
		date := Span{}
		if m.key != colPriority {
			date = trimSpan(p.src, Span{at, tail.End})
			if date.Len() < 10 || !isISODate(p.src[date.Start:date.Start+10]) {
				return false
			}
			date.End, at = date.Start+10, date.Start+10
		}
		if set {
			p.taskEmojiField(a, m, Span{at - len(m.mark), at}, date)
		}
	}
}

func taskEmojiAt(b []byte) (taskEmojiMark, bool) {
	for _, m := range taskEmojiMarks {
		if bytes.HasPrefix(b, []byte(m.mark)) {
			return m, true
		}
	}
	return taskEmojiMark{}, false
}

// taskEmojiField gives a the field one emoji names.
func (p *parser) taskEmojiField(a *Action, m taskEmojiMark, mark, date Span) {
	switch m.key {
	case colDue:
		p.itemField(a, colDue, date)
	case colDone:
		p.itemField(a, colDone, Span{mark.Start, date.End})
	case colStatus:
		p.itemField(a, colStatus, Span{mark.Start, date.End})
	case colPriority:
		if a.PrioritySpan == (Span{}) {
			a.Priority, a.PrioritySpan = m.word, mark
		}
	}
}

// isISODate reports a date written 2026-11-19.
func isISODate(b []byte) bool {
	for i, c := range b {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	return len(b) == 10
}

// taskBox reads a task plugin's box beyond "[ ]" and "[x]" opening b:
// "[-]" is cancelled, "[/]" (in progress), "[>]" (deferred), "[<]",
// "[!]" and "[?]" are open. Zim's "[*]" is done, and in a Zim page
// "[>]" moved the task to another page, where it is followed.
func (p *parser) taskBox(b []byte) (Status, bool) {
	if len(b) < 4 || b[0] != '[' || b[2] != ']' || b[3] != ' ' {
		return Open, false
	}
	switch b[1] {
	case '*':
		return Done, true
	case '-':
		return NotPlanned, true
	case '>':
		if bytes.HasPrefix(p.src, zimHeader) {
			return NotPlanned, true
		}
		return Open, true
	case '/', '<', '!', '?':
		return Open, true
	}
	return Open, false
}

// zimHeader opens every page of the Zim desktop wiki.
var zimHeader = []byte("Content-Type: text/x-zim-wiki")

// tagLead returns where the title starts after a tag opening an item,
// "#task Alert on lag": a task plugin's filter tag is no part of it.
func tagLead(b []byte) int {
	if len(b) < 3 || b[0] != '#' || !unicode.IsLetter(rune(b[1])) {
		return 0
	}
	i := bytes.IndexByte(b, ' ')
	if i < 0 {
		return 0
	}
	return i + 1
}

// wikiOwner reads an owner written as a wiki link ending an item,
// "Alert on lag [[Ana Lima]]", and returns the item without it. The
// link names a person or a team as a name is written; a page link
// ("[[Runbook - MQTT broker]]") stays in the title.
func (p *parser) wikiOwner(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if !bytes.HasSuffix(b, []byte("]]")) || a.OwnerSpan != (Span{}) {
		return item
	}
	i := bytes.LastIndex(b, []byte("[["))
	if i <= 0 || b[i-1] != ' ' || i+2 >= len(b)-2 || isDigit(b[i+2]) || bytes.ContainsAny(b[i+2:len(b)-2], "[]|") {
		return item
	}
	if !nameRe.Match(b[i+2 : len(b)-2]) {
		return item // a page, not a person or a team
	}
	p.itemField(a, colOwner, Span{item.Start + i + 2, item.End - 2})
	return trimSpan(p.src, Span{item.Start, item.Start + i})
}

// mayHoldTaskEmoji is the quick test of taskEmojiFields: a four-byte
// emoji, or one of ⏳ ⏫ ⏬ ✅ ❌ ➕ (E2 8F, E2 9C, E2 9D, E2 9E), not the
// dashes and arrows (E2 80, E2 86) items are full of.
func mayHoldTaskEmoji(b []byte) bool {
	if bytes.IndexByte(b, 0xF0) >= 0 {
		return true
	}
	for i := bytes.IndexByte(b, 0xE2); i >= 0 && i+1 < len(b); {
		switch b[i+1] {
		case 0x8F, 0x9C, 0x9D, 0x9E:
			return true
		}
		j := bytes.IndexByte(b[i+1:], 0xE2)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
