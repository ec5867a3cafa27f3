package postmortem

import (
	"bytes"
	"strings"
)

// A wiki's todo plugin (DokuWiki's) writes a task as a tag around its
// title: "<todo @kim due:2026-12-04>Add a constraint</todo>". "@x" is
// the owner, "due:" the due date, "start:" when work starts (no due
// date), and "#x:2026-11-25" says x completed it that day. A tag inside
// "<del>…</del>" is struck out: not planned where the note after it says
// so ("not needed: …"), else done. A note in parentheses after the tag
// may give the owner and the due date: "(billing team, Q1 2027)".

// todoOpenRe is the opening tag, inside an optional "<del>".
var todoOpenRe = lazyRe(`^(<del>\s*)?<todo((?:\s+[^\s<>]+)*)\s*>`)

// todoTag reads a todo tag opening an item and returns its title.
func (p *parser) todoTag(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if !bytes.HasPrefix(b, []byte("<todo")) && !bytes.HasPrefix(b, []byte("<del>")) {
		return item
	}
	m := todoOpenRe.FindSubmatchIndex(b)
	end := bytes.Index(b, []byte("</todo>"))
	if m == nil || end < m[1] {
		return item
	}
	if m[4] >= 0 {
		p.todoAttrs(a, item.Start+m[4], b[m[4]:m[5]])
	}
	rest := Span{item.Start + end + len("</todo>"), item.End}
	if m[2] >= 0 {
		rest = p.todoStruck(a, rest)
	}
	p.todoNote(a, trimSpan(p.src, rest))
	return trimSpan(p.src, Span{item.Start + m[1], item.Start + end})
}

// todoAttrs reads the attributes of a todo tag, which start at off.
func (p *parser) todoAttrs(a *Action, off int, attrs []byte) {
	i := 0
	for _, f := range bytes.Fields(attrs) {
		i += bytes.Index(attrs[i:], f)
		v := Span{off + i, off + i + len(f)}
		switch {
		case f[0] == '@' && len(f) > 1:
			p.itemField(a, colOwner, Span{v.Start + 1, v.End})
		case f[0] == '#' && len(f) > 1:
			who, _, _ := bytes.Cut(f[1:], []byte(":"))
			p.itemField(a, colOwner, Span{v.Start + 1, v.Start + 1 + len(who)})
			p.itemField(a, colDone, v)
		case bytes.HasPrefix(f, []byte("due:")) && len(f) > 4:
			p.itemField(a, colDue, Span{v.Start + 4, v.End})
		}
		i += len(f)
	}
}

// todoStruck reads a tag struck out with "<del>", and returns what
// follows the "</del>".
func (p *parser) todoStruck(a *Action, rest Span) Span {
	b := p.src[rest.Start:rest.End]
	if !bytes.HasPrefix(b, []byte("</del>")) {
		return rest
	}
	rest.Start += len("</del>")
	note := strings.ToLower(strings.TrimSpace(p.doc.Text(rest)))
	a.struck = true
	switch {
	case strings.HasPrefix(note, "not needed"), strings.HasPrefix(note, "no longer needed"), notPlannedWords[strings.Trim(firstWord(note), ":,.;—-")]:
		a.Status = NotPlanned
	case a.Status == Open:
		a.Status = Done
	}
	return rest
}

// todoNote reads a note in parentheses after the tag: its parts are a
// due date where they read as one, else the owner.
func (p *parser) todoNote(a *Action, note Span) {
	t := p.doc.Text(note)
	if len(t) < 3 || t[0] != '(' || t[len(t)-1] != ')' {
		return
	}
	off := note.Start + 1
	for _, part := range strings.Split(t[1:len(t)-1], ",") {
		v := trimSpan(p.src, Span{off, off + len(part)})
		off += len(part) + 1
		switch val := p.doc.Text(v); {
		case dueLike(val):
			p.itemField(a, colDue, v)
		case len(strings.Fields(val)) <= 3:
			p.itemField(a, colOwner, v)
		}
	}
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
