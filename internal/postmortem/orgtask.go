package postmortem

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// Emacs org-mode, exported to Markdown, writes each task as a heading
// that opens with its keyword and may carry a priority cookie and tags:
// "### TODO [#A] Pin the snapshot :geo:". Under an action heading such a
// heading is an action, open (TODO, NEXT, WAITING, …), done (DONE) or
// not planned (CANCELLED). Its planning line gives the due date
// ("DEADLINE: <2026-12-04 Fri>", in the exporter's HTML or as text);
// SCHEDULED and CLOSED are no due dates. Field lines below it ("-
// **Owner:** @x") are its fields; other lines are notes.

// sectionTask is the key of an org task's heading: its lines are the
// task's, not more actions.
const sectionTask = "task"

// orgHeadingRe is an org task heading: keyword, cookie, title, tags.
var orgHeadingRe = lazyRe(`^(TODO|NEXT|WAITING|HOLD|STARTED|SOMEDAY|DONE|CANCELLED|CANCELED)\s+(?:\[#[A-Z0-9]\]\s+)?(.+?)(?:\s+:[\w@#%:]+:)?\s*$`)

// orgDeadline finds the day of the deadline on a planning line, as org
// writes it ("DEADLINE: <2026-12-04 Fri>") or as its HTML export does
// ("DEADLINE:</span> <span class="timestamp">&lt;2026-12-04 Fri&gt;"),
// wherever on the line it stands ("SCHEDULED: <…> DEADLINE: <…>"). It
// returns where the day starts in b; the day is ten bytes long. An
// org task's heading (orgPlanning) and an outliner's task
// (outlinerProp) read it alike.
func orgDeadline(b []byte) (int, bool) {
	const kw = "DEADLINE:"
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte(kw))
		if i < 0 {
			return 0, false
		}
		off += i + len(kw)
		at := skipStampWrap(b, off)
		switch {
		case bytes.HasPrefix(b[at:], []byte("&lt;")):
			at += len("&lt;")
		case bytes.HasPrefix(b[at:], []byte("<")):
			at++
		default:
			continue
		}
		if at+10 <= len(b) && isISODate(b[at:at+10]) {
			return at, true
		}
	}
}

// skipStampWrap returns where the timestamp after a planning keyword
// opens in b, past what an export wraps around the two: the emphasis or
// the span that closes the keyword ("*DEADLINE:*", "DEADLINE:</span>"),
// spaces, and the spans that open the timestamp ("<span
// class="timestamp-wrapper"><span class="timestamp">").
func skipStampWrap(b []byte, at int) int {
	for at < len(b) {
		switch {
		case b[at] == '*' || b[at] == '_' || isSpace(b[at]):
			at++
		case bytes.HasPrefix(b[at:], []byte("</span>")):
			at += len("</span>")
		case bytes.HasPrefix(b[at:], []byte("<span")):
			end := bytes.IndexByte(b[at:], '>')
			if end < 0 {
				return at
			}
			at += end + 1
		default:
			return at
		}
	}
	return at
}

// orgTask reads a heading at level as an org task under an action
// heading; it reports whether it did, having opened the task's section.
func (p *parser) orgTask(level int, span Span, start int) bool {
	b := p.src[span.Start:span.End]
	if !orgKeyword(b) {
		return false
	}
	m := orgHeadingRe.FindSubmatchIndex(b)
	if m == nil {
		return false
	}
	parent, ok := p.actionParent(level)
	if !ok {
		return false
	}
	title := Span{span.Start + m[4], span.Start + m[5]}
	a := Action{Form: HeadingItem, Section: parent, Line: p.doc.Line(span.Start), Span: Span{start, span.End},
		TitleSpan: title, Title: plainTitle(p.doc.Text(title)), insertAt: span.End,
		Status: outlinerMarkers[string(b[m[2]:m[3]])]} // NEXT, HOLD and the rest: open
	p.doc.Actions = append(p.doc.Actions, a)
	p.doc.Sections = append(p.doc.Sections, Section{Name: a.Title, Key: sectionTask, Level: level,
		HeadingSpan: span, Span: Span{start, len(p.src)}})
	return true
}

// orgTasksBelow reports an H1 after the title that names the follow-ups
// where the next heading is an org task one level down ("# Follow-ups"
// over "## TODO Per-project quotas"), as Org mode's export writes a
// file's top-level headings: the H1 is the section its tasks sit under,
// not another document's title.
func (p *parser) orgTasksBelow(h *ast.Heading, name string) bool {
	next := h.NextSibling()
	for next != nil {
		if _, ok := next.(*ast.Heading); ok {
			break
		}
		next = next.NextSibling()
	}
	sub, ok := next.(*ast.Heading)
	if !ok || sub.Level != 2 || sub.Lines().Len() == 0 {
		return false // an empty "##" holds no keyword
	}
	if sp := linesSpan(sub); sp.Start >= sp.End || !orgKeyword(p.src[sp.Start:sp.End]) {
		return false
	}
	return p.headingKey(name) == "remediation" || lookupNormal(p.sections, name) == "remediation"
}

// orgKeyword is the quick test of orgHeadingRe: b opens with a word
// in capitals and a space.
func orgKeyword(b []byte) bool {
	i := 0
	for i < len(b) && b[i] >= 'A' && b[i] <= 'Z' {
		i++
	}
	return i >= 4 && i < len(b) && b[i] == ' '
}

// actionParent returns the name of the action section a heading at
// level sits under, if it sits under one.
func (p *parser) actionParent(level int) (string, bool) {
	secs := p.doc.Sections
	for i := len(secs) - 1; i >= 0; i-- {
		if secs[i].Level >= level || secs[i].closed {
			continue
		}
		return secs[i].Name, secs[i].Key == "remediation" && !secs[i].Record
	}
	return "", false
}

// orgAction returns the action of the org task whose section this is,
// or nil.
func (p *parser) orgAction() *Action {
	secs := p.doc.Sections
	if len(secs) == 0 || secs[len(secs)-1].Key != sectionTask || len(p.doc.Actions) == 0 {
		return nil
	}
	a := &p.doc.Actions[len(p.doc.Actions)-1]
	if a.Line != p.doc.Line(secs[len(secs)-1].HeadingSpan.Start) {
		return nil
	}
	return a
}

// orgPlanning reads the deadline of a task's planning line in span.
func (p *parser) orgPlanning(span Span) {
	a := p.orgAction()
	if a == nil {
		return
	}
	if at, ok := orgDeadline(p.src[span.Start:span.End]); ok && a.DueSpan == (Span{}) {
		v := Span{span.Start + at, span.Start + at + 10}
		setField(a, colDue, p.doc.Text(v), v)
	}
}

// orgFields reads field lines under a task's heading as its fields: a
// paragraph of them, or the items of a list that are one; it reports
// whether n was such a paragraph or list.
func (p *parser) orgFields(n ast.Node) bool {
	a := p.orgAction()
	if a == nil {
		return false
	}
	if l, ok := n.(*ast.List); ok {
		for li := l.FirstChild(); li != nil; li = li.NextSibling() {
			if text := firstText(li); text != nil {
				p.orgFieldLines(a, text)
			}
		}
		return true
	}
	p.orgFieldLines(a, n)
	return true
}

func (p *parser) orgFieldLines(a *Action, n ast.Node) {
	if n.Lines().Len() == 0 {
		return
	}
	if fields, ok := p.fieldLines(n); ok {
		for _, f := range fields {
			p.headingField(a, f.key, f.value)
		}
	}
}
