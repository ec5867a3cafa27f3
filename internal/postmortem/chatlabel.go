package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A review pasted into a group chat as messages posts its follow-ups
// as one message whose text is a label alone, its list right below:
// "[02-12-2026 21:31] Ruud de Vries: *Actiepunten*", then "1. Mails van
// de hoster laten doorsturen … — Sem — vóór 11 december". The message's
// line ends the paragraph of the messages before it, and the list is
// the section that label names.

// chatLineHeadRe opens a line of a chat's export that holds its message
// after the author's name and a colon: the date and time in brackets,
// "[28-11-2026 20:05] Fatima El Amrani: ", "[2026-11-29 00:07] Mees: ",
// the month by its name, "[Dec 2, 2026 2:33 PM] alexr: ",
// or without brackets and with a dash, "28/11/2026, 20:05 - Sem: ".
var chatLineHeadRe = lazyRe(`^(?:\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}),? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])? [-–]) [^:\n]{1,40}: `)

// chatLabelSection opens the follow-ups' section at the last line of
// paragraph n where that line is a chat message whose text is a label
// of them alone, in emphasis or before a colon, and a list follows; as a
// colon label's (colonLabelSection), the section ends with that list,
// and the chat goes on after it.
func (p *parser) chatLabelSection(n ast.Node) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	last := lines.At(lines.Len() - 1)
	b := bytes.TrimSpace(p.src[last.Start:last.Stop])
	if len(b) < 16 || b[0] != '[' && (b[0] < '0' || b[0] > '9') {
		return // the quick answer for most paragraphs
	}
	l, ok := n.NextSibling().(*ast.List)
	if !ok {
		return
	}
	m := chatLineHeadRe.FindIndex(b)
	if m == nil {
		return
	}
	label := strings.TrimSpace(string(b[m[1]:]))
	if l, ok := chatLabel(label); ok {
		label = l
	} else {
		return
	}
	if len(strings.Fields(label)) > maxLabelWords || p.headingKey(label) != "remediation" {
		return
	}
	start := last.Start + (len(p.src[last.Start:last.Stop]) - len(bytes.TrimLeft(p.src[last.Start:last.Stop], " \t")))
	heading := Span{start + m[1], start + len(b)}
	p.doc.Sections[p.openLabelSection(heading, label, "remediation", start)].colon = true
	p.colonList, p.chatList = l, l
}

// chatLabel returns the words of a message's text that is a label
// alone: in single or double asterisks or underscores, "*Actiepunten*",
// or ending with a colon, "Action items:"; ok false for other text.
func chatLabel(t string) (string, bool) {
	for _, mark := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(mark) && strings.HasPrefix(t, mark) && strings.HasSuffix(t, mark) {
			t = strings.TrimSpace(t[len(mark) : len(t)-len(mark)])
			return strings.TrimSuffix(t, ":"), labelWords(t)
		}
	}
	if strings.HasSuffix(t, ":") {
		t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
		return t, labelWords(t)
	}
	return "", false
}

// chatItem returns the text of an item of the list a chat message's
// label governs up to the next message: the chat's next line, "[…]
// Ilse: Top, dank je!", runs on into the last item, no blank line
// between them.
func (p *parser) chatItem(li ast.Node, text Span) Span {
	if li.Parent() != p.chatList {
		return text
	}
	for at := text.Start; ; {
		nl := bytes.IndexByte(p.src[at:text.End], '\n')
		if nl < 0 {
			return text
		}
		at += nl + 1
		if chatLineHeadRe.Match(bytes.TrimLeft(p.src[at:text.End], " \t")) {
			return trimSpan(p.src, Span{text.Start, at})
		}
	}
}

// chatMessageItems reads the follow-ups a chat posts as messages of their
// own below a message that is their label alone, each opened by a mark
// of a task: "[Dec 2, 2026 2:33 PM] alexr: **todos**", then "[…] alexr:
// TODO(deepak.s) redo the lockdown — by Fri 12/11". The first message
// that is no task (a reply, "👍 on mine") ends them. Under the
// follow-ups' own heading the paragraph's lines are read as they are.
func (p *parser) chatMessageItems(n ast.Node) {
	lines := n.Lines()
	if lines.Len() < 2 {
		return
	}
	if first := lines.At(0); first.Stop-first.Start < 16 || p.src[first.Start] != '[' {
		return // the quick answer for most paragraphs
	}
	if key, _ := p.sectionKey(); key == "remediation" {
		return
	}
	label := ""
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b := bytes.TrimRight(p.src[seg.Start:seg.Stop], " \t\r\n")
		if len(b) < 16 || b[0] != '[' {
			if label != "" {
				return
			}
			continue
		}
		m := chatLineHeadRe.FindIndex(b)
		if m == nil {
			if label != "" {
				return
			}
			continue
		}
		text := Span{seg.Start + m[1], seg.Start + len(b)}
		if label == "" {
			if l, ok := chatLabel(strings.TrimSpace(p.doc.Text(text))); ok && len(strings.Fields(l)) <= maxLabelWords && p.headingKey(l) == "remediation" {
				label = l
			}
			continue
		}
		if !taskLead(p.src[text.Start:text.End]) {
			return
		}
		p.readAction(text, label)
	}
}

// taskLead reports text that opens with a mark of a task: a TODO with
// or without its owner, "TODO(ana):", "TODO:", or a mark of state, "☐",
// "☑", "☒".
func taskLead(b []byte) bool {
	return stateMarkLen(b) > 0 || mayOpenTodo(b) && todoOwnerRe.Match(b)
}
