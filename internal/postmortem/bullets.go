package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// bulletLines turns the lines of a paragraph that open with a bullet
// sign, "• " (or "◦ ", "▪ "), as chat tools post a list and documents
// converted from PDF keep one, into a tight list after the lines before
// them. A line that opens with no sign continues the item above it.
// Lines that each open with a mark of state ("✅ …", "⬜ …",
// ":white_check_mark: …"), two or more to the paragraph's end, are a
// chat's checklist: each is an item, the mark in it.
type bulletLines struct{}

func (bulletLines) Transform(node *ast.Paragraph, reader text.Reader, _ gparser.Context) {
	src, lines := reader.Source(), node.Lines()
	first := -1
	for i := 0; i < lines.Len() && first < 0; i++ {
		if bulletAt(src, lines.At(i)) > 0 {
			first = i
		}
	}
	if first >= 0 && bytes.HasPrefix(src[lines.At(first).Start:], []byte(arrowBullet)) && arrowLines(src, lines) < 2 {
		first = -1 // one line opening with an arrow follows from the one above it
	}
	marked := first < 0
	if _, inItem := node.Parent().(*ast.ListItem); marked && inItem && lines.Len() == 1 {
		return // an item already: "- ☐ Write the check"
	}
	boxed := false
	if marked {
		first = markedLines(src, lines)
		if boxed = first < 0 && boxedLines(src, lines); boxed {
			first, marked = 0, false
		}
	}
	if first < 0 {
		return
	}
	list := ast.NewList('-')
	list.IsTight = true
	list.SetPos(node.Pos())
	var block *ast.TextBlock
	for i := first; i < lines.Len(); i++ {
		seg := lines.At(i)
		if boxed {
			seg = seg.TrimLeftSpace(src)
			if n := subTaskLen(src[seg.Start:seg.Stop]); cardBoxLen(src[seg.Start+n:seg.Stop]) > 0 {
				block = listTextItem(list, 0)
				seg = seg.WithStart(seg.Start + n)
			}
		} else if n := bulletAt(src, seg); n > 0 || marked {
			if marked {
				seg = seg.TrimLeftSpace(src) // "   ☐ …": a sub-item, an item as its parent is
			}
			block = listTextItem(list, n)
			seg = seg.WithStart(seg.Start + n)
		}
		block.Lines().Append(seg)
	}
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		bl := item.FirstChild().Lines()
		last := bl.At(bl.Len() - 1)
		bl.Set(bl.Len()-1, last.TrimRightSpace(src))
	}
	node.Parent().InsertAfter(node.Parent(), node, list)
	lines.SetSliced(0, first)
	if first == 0 {
		node.Parent().RemoveChild(node.Parent(), node)
		return
	}
	last := lines.At(first - 1)
	last.Stop--
	lines.Set(first-1, last)
}

// listTextItem appends to list an item, its bullet n bytes, holding a
// text block, and returns the block.
func listTextItem(list *ast.List, n int) *ast.TextBlock {
	item := ast.NewListItem(n)
	block := ast.NewTextBlock()
	item.AppendChild(item, block)
	list.AppendChild(list, item)
	return block
}

// boxedLines reports a paragraph whose first line opens with a to-do box
// and whose lines after it each open another ("☐ …", or a sub-task's
// "↳ ☐ …") or give the fields of the item above, as a task list's
// export writes each task with its fields on the lines below it:
//
//	☐ **Move marketing mail to its own account**
//	  Assigned to: Nate Holloway · Due: Fri, Dec 11
//	  ↳ ☐ **Rebuild the templates**
func boxedLines(src []byte, lines *text.Segments) bool {
	if lines.Len() < 2 {
		return false
	}
	first := lines.At(0)
	return cardBoxLen(bytes.TrimLeft(src[first.Start:first.Stop], " \t")) > 0
}

// cardBoxLen is todoBoxLen of a line whose to-do box may stand inside
// the bold run of the task's title, as a project tool's linked task
// card writes it ("**☑ Re-run the return**").
func cardBoxLen(b []byte) int {
	if n := len(b) - len(bytes.TrimLeft(b, "*_")); n > 0 && n <= 2 {
		return todoBoxLen(b[n:])
	}
	return todoBoxLen(b)
}

// subTaskArrow is the arrow a task list sets before a sub-task.
const subTaskArrow = "↳"

// subTaskLen returns the length of the sub-task arrow that opens b, with
// the spaces after it, or 0.
func subTaskLen(b []byte) int {
	if !bytes.HasPrefix(b, []byte(subTaskArrow)) {
		return 0
	}
	n := len(subTaskArrow)
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

// arrowBullet opens the items of a list a chat message writes with
// arrows, two or more lines each opening with one: "→ alert when any
// gateway SIM passes 70% — Mees, by Fri 11 Dec".
const arrowBullet = "→"

// arrowLines counts the lines that open with arrowBullet and a space.
func arrowLines(src []byte, lines *text.Segments) int {
	n := 0
	for i := 0; i < lines.Len(); i++ {
		if b := src[lines.At(i).Start:lines.At(i).Stop]; bytes.HasPrefix(b, []byte(arrowBullet+" ")) {
			n++
		}
	}
	return n
}

// bulletAt returns how many bytes the bullet sign that opens a line
// takes, with the spaces after it, or 0.
func bulletAt(src []byte, seg text.Segment) int {
	b := src[seg.Start:seg.Stop]
	if len(b) < 4 || b[0] != 0xE2 {
		return 0
	}
	switch string(b[:3]) {
	case "•", "◦", "▪", arrowBullet:
	default:
		return 0
	}
	n := 3
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	if n == 3 || n == len(b) || b[n] == '\n' {
		return 0
	}
	return n
}

// markedLines returns the first of the lines, two or more, that end
// the paragraph and each open with a mark of state, or -1. A state in
// brackets is such a mark ("[fait] …", "[en cours] …", as a pad's plain
// text writes its list), and a paragraph of one line that opens with a
// to-do box ("☐ …", "☒ …", as a notebook exports its to-do tags, a
// paragraph each) is an item on its own.
func markedLines(src []byte, lines *text.Segments) int {
	first := lines.Len()
	for first > 0 && markedLine(src[lines.At(first-1).Start:lines.At(first-1).Stop]) {
		first--
	}
	switch n := lines.Len() - first; {
	case n >= 2:
		return first
	case n == 1 && first == 0 && todoBoxLen(src[lines.At(0).Start:lines.At(0).Stop]) > 0:
		return 0
	}
	return -1
}

// markedLine reports a line that opens with a mark of state or a state
// in brackets.
func markedLine(b []byte) bool {
	b = bytes.TrimLeft(b, " \t")
	if stateMarkLen(b) > 0 {
		return true
	}
	if len(b) < 4 || b[0] != '[' {
		return false
	}
	end, _, ok := bracketLead(b)
	return ok && end < len(b)-1
}

// todoBoxes are the boxes a notebook's to-do tag is exported as.
var todoBoxes = []string{"☐", "☒", "☑"}

// todoBoxLen returns the length of the to-do box that opens b, followed
// by a space, or 0.
func todoBoxLen(b []byte) int {
	for _, m := range todoBoxes {
		if bytes.HasPrefix(b, []byte(m)) && len(b) > len(m)+1 && b[len(m)] == ' ' {
			return len(m)
		}
	}
	return 0
}
