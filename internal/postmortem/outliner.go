package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// An outliner's page: every section is a bullet whose text is a heading,
// its list nested under it; a task opens with a marker (TODO, DOING,
// NOW, LATER, WAITING, DONE, CANCELED) and its properties follow on
// lines of their own: "owner:: [[Bea Lopes]]", "due:: [[Dec 11th,
// 2026]]", "DEADLINE: <2026-12-04 Fri>"; "SCHEDULED: <…>" and a
// ":LOGBOOK:" of clock lines are no due date.

// outlinerMarkers are the task markers and the state each says.
var outlinerMarkers = map[string]Status{
	"TODO": Open, "DOING": Open, "NOW": Open, "LATER": Open, "WAITING": Open, "WAIT": Open, "IN-PROGRESS": Open,
	"DONE": Done, "CANCELED": NotPlanned, "CANCELLED": NotPlanned,
}

// outlinerSection reads the list nested in an item whose text is a
// heading, an outliner's section, as the heading's list; it reports
// whether it did.
func (p *parser) outlinerSection(li, nested ast.Node) bool {
	l, ok := nested.(*ast.List)
	if _, headed := li.FirstChild().(*ast.Heading); !ok || !headed {
		return false
	}
	p.outliner = true
	p.list(l)
	return true
}

// outlineLabelRe is a node of an outline whose whole text is a label,
// bold or plain, its tags after it: "**Suivis** #suivi", "**Follow-ups**",
// "Follow-ups #[[Follow-up]]", "Summary".
var outlineLabelRe = lazyRe(`^(?:(?:\*\*|__)([^*_\n]{1,60}?)(?:\*\*|__)|([^*_#\[\]\n:]{1,60}?))(?:\s+#(?:\[\[[^\]\n]{1,40}\]\]|[\p{L}\p{N}_-]+))*\s*$`)

// outlineSection reads the list nested in an outline's node whose text
// is a label naming a section, as a note tool exports a whole
// post-mortem as one outline: a node "**Suivis** #suivi" or "Follow-ups
// #[[Follow-up]]", its tasks nested under it ("[ ] Alerte quand aucune
// vente … #tâche"), each with its fields as child nodes ("Responsable::
// [[Olivier Gagnon]]"); a node "**En bref**" or "Summary", the summary's
// text nested under it. The label opens that section, and the nested
// list ends it. A plain label is a few words without a figure, as a
// heading is; it reports whether it read one.
func (p *parser) outlineSection(li, nested ast.Node) bool {
	l, ok := nested.(*ast.List)
	text := firstText(li)
	if !ok || text == nil || text.NextSibling() != nested || text.Lines().Len() != 1 {
		return false
	}
	span := linesSpan(text)
	b := p.src[span.Start:span.End]
	if len(b) < 5 {
		return false
	}
	if key, _ := p.sectionKey(); key == "remediation" && tallyEnd(string(b)) {
		return false // "Tasklist: Follow-ups (2/6 done)": a group of the actions, read as one (groupLabel)
	}
	m := outlineLabelRe.FindSubmatchIndex(b)
	if m == nil {
		return false
	}
	name := Span{span.Start + m[2], span.Start + m[3]}
	if m[2] < 0 {
		name = Span{span.Start + m[4], span.Start + m[5]}
		if !plainOutlineLabel(p.doc.Text(name)) {
			return false
		}
	}
	key := p.headingKey(p.doc.Text(name))
	if key == "" {
		return false
	}
	i := p.openLabelSection(name, p.doc.Text(name), key, p.doc.LineSpan(p.doc.Line(span.Start)).Start)
	p.list(l)
	p.closeSection(i, listEnd(l))
	return true
}

// plainOutlineLabel reports a node's plain text that reads as a heading:
// at most six words, no figure, not a sentence.
func plainOutlineLabel(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.Count(t, " ") < 6 && !strings.ContainsAny(t, "0123456789.!?;,") && !strings.HasPrefix(t, "[")
}

// outlinerMarker reads a task marker opening item and returns the item
// after it.
func (p *parser) outlinerMarker(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	i := bytes.IndexByte(b, ' ')
	if i < 3 || i > 11 || b[0] < 'A' || b[0] > 'Z' {
		return item
	}
	st, ok := outlinerMarkers[string(b[:i])]
	if !ok {
		return item
	}
	switch st {
	case Done:
		p.itemField(a, colDone, Span{item.Start, item.Start + i})
	case NotPlanned:
		p.itemField(a, colStatus, Span{item.Start, item.Start + i})
	}
	return trimSpan(p.src, Span{item.Start + i, item.End})
}

// outlinerProps reads the property lines below a task's first line and
// returns the first line alone; an item without them is returned as it
// is.
func (p *parser) outlinerProps(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 || !mayHoldProps(b[nl:]) {
		return item
	}
	first := trimSpan(p.src, Span{item.Start, item.Start + nl})
	for off := item.Start + nl + 1; off < item.End; {
		end := off + bytes.IndexByte(p.src[off:item.End], '\n')
		if end < off {
			end = item.End
		}
		line := trimSpan(p.src, Span{off, end})
		if !p.outlinerProp(a, line) && !outlinerNoise(p.src[line.Start:line.End]) {
			return item // a line of the title, not a property
		}
		off = end + 1
	}
	return first
}

// mayHoldProps is the quick test of the lines below a task's first:
// a property or a planning line is among them.
func mayHoldProps(b []byte) bool {
	for _, w := range []string{":: ", "DEADLINE:", "SCHEDULED:", "CLOSED:"} {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// outlinerProp reads one property line; it reports whether the line is
// a property.
func (p *parser) outlinerProp(a *Action, line Span) bool {
	t := p.doc.Text(line)
	if planningLine(t) {
		if at, ok := orgDeadline(p.src[line.Start:line.End]); ok {
			p.itemField(a, colDue, Span{line.Start + at, line.Start + at + 10})
			return true
		}
	}
	key, val, ok := strings.Cut(t, ":: ")
	if !ok || strings.ContainsAny(key, " \t") {
		return false
	}
	v := trimSpan(p.src, Span{line.Start + len(key) + 3, line.End})
	switch lookupNormal(columnSynonyms, key) {
	case colOwner:
		p.outlinerOwner(a, v)
	case colDue:
		if val = strings.TrimSpace(val); strings.HasPrefix(val, "[[") && strings.HasSuffix(val, "]]") {
			v = Span{v.Start + 2, v.End - 2}
		}
		p.itemField(a, colDue, v)
	}
	return true
}

// outlinerOwner reads an owner property: the first of a list of wiki
// links and tags, a link as the name in it, a tag as its name.
func (p *parser) outlinerOwner(a *Action, v Span) {
	t := p.doc.Text(v)
	if i := strings.IndexByte(t, ','); i > 0 {
		v.End = v.Start + len(strings.TrimSpace(t[:i]))
		t = p.doc.Text(v)
	}
	switch {
	case strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]"):
		v = Span{v.Start + 2, v.End - 2}
	case strings.HasPrefix(t, "#") && len(t) > 1:
		v.Start++
	}
	p.itemField(a, colOwner, v)
}

// planningLine reports a task's planning line: its deadline, its
// schedule or when it was closed, in any order.
func planningLine(t string) bool {
	for _, kw := range []string{"DEADLINE:", "SCHEDULED:", "CLOSED:"} {
		if strings.HasPrefix(t, kw) {
			return true
		}
	}
	return false
}

// outlinerNoise reports the lines of a task that are neither title nor
// field: a scheduled date, a logbook and its clock lines.
func outlinerNoise(line []byte) bool {
	for _, pre := range []string{"SCHEDULED: <", "CLOSED: [", ":LOGBOOK:", ":END:", "CLOCK: "} {
		if bytes.HasPrefix(line, []byte(pre)) {
			return true
		}
	}
	return false
}
