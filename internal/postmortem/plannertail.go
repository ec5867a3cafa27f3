package postmortem

import (
	"bytes"
	"time"
)

// A planner's task names its owner and its date as tags after the title,
// as NotePlan writes them: "Rotate the keys @mara >2027-01-15", and a
// finished one "@done(2026-11-20)" after them. The date after ">" is
// the day the task is planned for, its due; the day in "@done(…)" is
// when it was finished, no due.

// plannerTail reads the owner's tag, the planned date and the done tag
// at the end of an item and returns the item without them. It reads
// them only where an owner's tag and a date or the done tag are among
// them: "— owner: @ines" alone is a label's, read with the others.
func (p *parser) plannerTail(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if bytes.IndexByte(b, '@') < 0 || a.OwnerSpan != (Span{}) {
		return item
	}
	var owner, due Span
	done := false
	end := len(b)
	for end > 0 {
		i := bytes.LastIndexByte(b[:end], ' ')
		if i <= 0 {
			break
		}
		tok := b[i+1 : end]
		switch {
		case owner == (Span{}) && plannerLogin(tok):
			owner = Span{item.Start + i + 1, item.Start + end}
		case due == (Span{}) && plannerDate(tok):
			due = Span{item.Start + i + 2, item.Start + end}
		case !done && bytes.HasPrefix(tok, []byte("@done(")) && tok[len(tok)-1] == ')':
			done = true
		default:
			return p.plannerFields(a, item, owner, due, done, end)
		}
		end = len(bytes.TrimRight(b[:i], " "))
	}
	return item
}

// plannerFields sets the tags plannerTail found, where an owner and a
// date or the done tag are among them, and returns the item up to end.
func (p *parser) plannerFields(a *Action, item, owner, due Span, done bool, end int) Span {
	if owner == (Span{}) || due == (Span{}) && !done {
		return item
	}
	p.itemField(a, colOwner, owner)
	if due != (Span{}) {
		p.itemField(a, colDue, due)
	}
	if done && a.Status == Open {
		a.Status = Done
	}
	return Span{item.Start, item.Start + end}
}

// plannerLogin reports an owner's tag: "@" and a login, not "@done".
func plannerLogin(tok []byte) bool {
	if len(tok) < 2 || tok[0] != '@' || bytes.HasPrefix(tok, []byte("@done")) {
		return false
	}
	for _, c := range tok[1:] {
		if !isLoginByte(c) && c != '.' && c != '_' {
			return false
		}
	}
	return true
}

// plannerDate reports a planned date: ">" and an ISO date.
func plannerDate(tok []byte) bool {
	if len(tok) != 11 || tok[0] != '>' {
		return false
	}
	_, err := time.Parse("2006-01-02", string(tok[1:]))
	return err == nil
}
