package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A paragraph may state follow-ups in its sentences with their owner and
// due date in parentheses, "We will give every job an owner (owner:
// Malik Haddad, by 18 Dec), and we will ask the vendor … (owner: Denise
// Okoro, by 12 Jan).", "Vamos a pedir … (responsable: Camila Rojas,
// antes del 15 de diciembre).": each such clause is an action, beside
// any list, wherever the paragraph stands but in a timeline or a record.

// ownerParenRe is the parenthesis: an owner's label, the owner, then the
// due date with the word before it.
var ownerParenRe = lazyRe(`\(\s*([\p{L} ]{2,30}?)\s*:\s*(@?[\p{L}][\p{L}\p{N}_.'’ -]{0,40}?)\s*[,;]\s*([^()]{3,40}?)\s*\)`)

// ownerParenLeadRe opens a clause that states a plan before its verb:
// "we will also", "and we'll", "Vamos a".
var ownerParenLeadRe = lazyRe(`(?i)^(?:(?:and|also|then|so|y|además)\s+)*(?:we\s+(?:will|shall|are going to|plan to)|we['’]ll|vamos\s+a|we\s+also\s+will)\s+(?:also\s+)?`)

// ownerParenFirst reads the clauses of paragraph n, which labelParenCue
// found a labelled parenthesis in, with their owner's parenthesis as
// actions before any other reading of it, where they are
// more than the paragraph: it tells more sentences than the one, or
// holds two such clauses. A paragraph led by an action's label is read
// by its label. It reports whether it read any.
func (p *parser) ownerParenFirst(n ast.Node) bool {
	span := linesSpan(n)
	if !span.Valid() {
		return false
	}
	b := p.src[span.Start:span.End]
	first := ownerParenRe.FindIndex(b)
	if first == nil {
		return false
	}
	if !bytes.Contains(b[:first[0]], []byte(". ")) && !ownerParenRe.Match(b[first[1]:]) {
		return false
	}
	if label, _, _, ok := p.leadLabel(n); ok && lookupNormal(actionLabels, label) {
		return false
	}
	count := len(p.doc.Actions)
	p.ownerParenActions(n)
	return len(p.doc.Actions) > count
}

// ownerParenActions reads the clauses of paragraph n that end with an
// owner's parenthesis as actions, where nothing else in it read as one
// and labelParenCue found a labelled parenthesis in it.
func (p *parser) ownerParenActions(n ast.Node) {
	span := linesSpan(n)
	if !span.Valid() || p.inTimeline() || p.inRecord() {
		return
	}
	b := p.src[span.Start:span.End]
	_, name := p.sectionKey()
	from := 0
	for _, m := range ownerParenRe.FindAllSubmatchIndex(b, -1) {
		label := string(b[m[2]:m[3]])
		if lookupEither(columnSynonyms, label) != colOwner && columnKey(label) != colOwner {
			continue
		}
		clause := clauseBefore(b, from, m[0])
		from = m[1]
		if lead := ownerParenLeadRe.FindIndex(b[clause.Start:clause.End]); lead != nil {
			clause.Start += lead[1]
		}
		if clause.Len() < 12 {
			continue
		}
		title := Span{span.Start + clause.Start, span.Start + clause.End}
		a := Action{Form: ListItem, Section: name, Line: p.doc.Line(title.Start), sentence: true,
			Span: Span{title.Start, span.Start + m[1]}, TitleSpan: title, Title: capitalFirst(p.doc.Text(title))}
		a.boxAt, a.insertAt = title.Start, title.End
		p.itemField(&a, colOwner, Span{span.Start + m[4], span.Start + m[5]})
		due := Span{span.Start + m[6], span.Start + m[7]}
		if n := dueWordLen(p.doc.Text(due)); n > 0 {
			due.Start += n
		}
		p.itemField(&a, colDue, due)
		p.doc.Actions = append(p.doc.Actions, a)
	}
}

// labelParenCue is the quick test for ownerParenRe: a parenthesis that
// opens with a word and a colon, "(owner:", "(responsable:".
func labelParenCue(b []byte) bool {
	for i := bytes.IndexByte(b, '('); i >= 0; {
		for k := i + 1; k < len(b) && k < i+32; k++ {
			if c := b[k]; c == ':' {
				if k > i+2 {
					return true
				}
				break
			} else if c == ')' || c == '(' || c == '\n' || c >= '0' && c <= '9' {
				break
			}
		}
		j := bytes.IndexByte(b[i+1:], '(')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// clauseBefore is the clause of b that ends at end: from the last end of
// a sentence, semicolon or ", and" after from.
func clauseBefore(b []byte, from, end int) Span {
	start := from
	for i := from; i < end; i++ {
		switch {
		case (b[i] == '.' || b[i] == '!' || b[i] == '?' || b[i] == ';') && i+1 < end && b[i+1] == ' ':
			start = i + 1
		case b[i] == ',' && bytes.HasPrefix(b[i:end], []byte(", and ")):
			start = i + 1
		}
	}
	s := trimSpan(b, Span{start, end})
	for s.Len() > 0 && strings.IndexByte(",;", b[s.Start]) >= 0 {
		s.Start++
	}
	return trimSpan(b, s)
}

// dueWordLen is the length of the word that opens a due date in an
// owner's parenthesis, "by", "due", "antes del", with the space after
// it; 0 where there is none.
func dueWordLen(v string) int {
	if i := strings.IndexByte(v, ':'); i > 0 && columnKey(v[:i]) == colDue {
		return i + 1 + len(v[i+1:]) - len(strings.TrimLeft(v[i+1:], " ")) // "due: 5 Dec"
	}
	for _, w := range []string{"due by ", "due ", "by "} {
		if len(v) > len(w) && strings.EqualFold(v[:len(w)], w) {
			return len(w)
		}
	}
	words := strings.Fields(v)
	for k := min(3, len(words)-1); k >= 1; k-- {
		lead := strings.Join(words[:k], " ")
		if columnKey(lead) == colDue {
			return strings.Index(v, words[k])
		}
	}
	return 0
}

// lessonArrow returns the action of an item under a heading that turns
// lessons into actions ("Lessons → actions"): the lesson, an arrow, then
// the action with its fields, "Nobody checked the manifest → two-person
// check on the dock — Dock leads". The lesson is no part of the title.
func (p *parser) lessonArrow(item Span, section string) Span {
	b := p.src[item.Start:item.End]
	if !lessonsHeading(section) {
		return item
	}
	for _, arrow := range [][]byte{[]byte(" → "), []byte(" -> ")} {
		if i := bytes.Index(b, arrow); i > 0 && bytes.Count(b, arrow) == 1 {
			return trimSpan(p.src, Span{item.Start + i + len(arrow), item.End})
		}
	}
	return item
}

// lessonsHeading reports a heading that names lessons or turns something
// into actions with an arrow.
func lessonsHeading(name string) bool {
	if !strings.Contains(name, "→") && !strings.Contains(name, "->") {
		return false
	}
	n := " " + headingName(name) + " "
	return strings.Contains(n, " actions ") || strings.Contains(n, " action items ") || strings.Contains(n, " follow ups ")
}

// taskCardMark opens the title line of a task a chat space creates, as
// Google Chat posts it: "📋 *Write a fallback card*", its fields on the
// lines below ("Assigned to **Lena Ortiz** · Due **Fri, Dec 18, 2026**",
// "✔️ Marked as complete by …"), under a line naming who created it.
const taskCardMark = "📋 "

// chatTaskCard reads the task card paragraph n holds from its title
// line on as one action, and reports whether it did.
func (p *parser) chatTaskCard(n ast.Node, name string) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	for i := 0; i < lines.Len()-1 && i < 3; i++ {
		l := lines.At(i)
		if !bytes.HasPrefix(p.src[l.Start:l.Stop], []byte(taskCardMark)) {
			continue
		}
		count := len(p.doc.Actions)
		title := trimSpan(p.src, Span{l.Start + len(taskCardMark), l.Stop})
		for title.Len() > 2 && (p.src[title.Start] == '*' || p.src[title.Start] == '_') && p.src[title.End-1] == p.src[title.Start] {
			title = Span{title.Start + 1, title.End - 1} // "*Write a fallback card*"
		}
		p.readAction(title, name)
		if len(p.doc.Actions) != count+1 {
			return true
		}
		a := &p.doc.Actions[count]
		for k := i + 1; k < lines.Len(); k++ {
			p.taskCardLine(a, trimSpan(p.src, Span{lines.At(k).Start, lines.At(k).Stop}))
		}
		return true
	}
	return false
}

// taskCardLine reads a line under a task card's title: its owner and due
// date ("Assigned to **Lena Ortiz** · Due **Fri, Dec 18, 2026**"), or
// that it was completed ("✔️ Marked as complete by …").
func (p *parser) taskCardLine(a *Action, line Span) {
	b := p.src[line.Start:line.End]
	if bytes.Contains(b, []byte("arked as complete")) || bytes.Contains(b, []byte("arked as done")) {
		if a.Status == Open {
			a.Status, a.doneSpan = Done, line
		}
		return
	}
	var sb, vb [12]Span
	var kb [12]string
	parts, _ := readParts(p.doc, p.src, line, true, nil, itemParts{sb[:0], kb[:0], vb[:0]})
	for i, k := range parts.keys {
		if k == colOwner || k == colDue {
			p.itemField(a, k, parts.vals[i])
		}
	}
	a.Span.End = max(a.Span.End, line.End)
}
