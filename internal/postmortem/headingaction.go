package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// An action can be a heading of its own under an action section, with
// its fields on the lines of the paragraph below it:
//
//	### Cap max.poll.records for ledger consumers
//
//	Owner: @arun-m
//	Due: 2026-09-25
//	Status: Open

// headingFieldKeys are the labels of an action heading's field lines.
var headingFieldKeys = map[string]string{
	"owner": colOwner, "owners": colOwner, "assignee": colOwner, "assigned to": colOwner, "dri": colOwner,
	"due": colDue, "due date": colDue, "target": colDue, "target date": colDue, "eta": colDue, "deadline": colDue,
	"cycle": colDue, "sprint": colDue, "iteration": colDue,
	"status": colStatus, "state": colStatus, "priority": colPriority, "milestone": colMilestone,
	"issue": colIssue, "ticket": colIssue, "tracking issue": colIssue,
}

// headingAction reads a paragraph of field lines right under a heading
// nested in an action section as that heading's action. It reports
// whether it did.
func (p *parser) headingAction(n ast.Node) bool {
	if n.Lines().Len() == 0 || len(p.doc.Sections) < 2 {
		return false
	}
	fields, ok := p.fieldLines(n)
	if !ok {
		return false
	}
	return p.headingActionOf(linesSpan(n), fields)
}

// headingActionList reads a list of field lines right under such a
// heading ("- **Status:** Todo", "- **Assignee:** @a") as its action, as
// a project tracker exports its issues. It reports whether it did.
func (p *parser) headingActionList(l *ast.List) bool {
	if len(p.doc.Sections) < 2 {
		return false
	}
	fields, ok := p.itemFieldLines(l)
	first, last := firstText(l.FirstChild()), firstText(l.LastChild())
	if !ok || first == nil || last == nil {
		return false
	}
	return p.headingActionOf(Span{linesSpan(first).Start, linesSpan(last).End}, fields)
}

// headingActionOf makes the heading above body an action with the fields
// its lines give.
func (p *parser) headingActionOf(body Span, fields []headingFieldLine) bool {
	sec, parent := p.actionHeading(fields)
	if sec == nil {
		return false
	}
	a := Action{Form: HeadingItem, Section: parent, Line: p.doc.Line(sec.HeadingSpan.Start),
		Span: Span{sec.Span.Start, body.End}, insertAt: body.End}
	title := sec.HeadingSpan
	if m := trailingIssueRe.FindStringSubmatchIndex(p.doc.Text(title)); m != nil {
		a.Issue, a.IssueSpan = issueNumber("#"+p.doc.Text(title)[m[2]:m[3]]), Span{title.Start + m[2] - 1, title.Start + m[3]}
		title.End = title.Start + m[0]
	}
	if m := trackerKeyLeadRe.FindStringIndex(p.doc.Text(title)); m != nil && title.Start+m[1] < title.End {
		title.Start += m[1] // "IDN-412 Keep the old key": the tracker's key is no part of the title
	}
	a.Title, a.TitleSpan = plainTitle(p.doc.Text(title)), title
	for _, f := range fields {
		p.headingField(&a, f.key, f.value)
	}
	p.doc.Actions = append(p.doc.Actions, a)
	sec.Items = append(sec.Items, Block{Span: body, Text: p.doc.Text(body)})
	return true
}

// trackerKeyLeadRe is a tracker's key opening a heading: "IDN-412 ".
var trackerKeyLeadRe = lazyRe(`^` + trackerKeyExpr + `\s+`)

// actionHeading returns the last section when it is a heading nested in
// an action section and holds nothing yet, and the action section's name.
// Under a section of no known kind, a heading whose lines give a status
// and another field of a tracker's issue is an action too, and the
// section above it the document's action section.
func (p *parser) actionHeading(fields []headingFieldLine) (*Section, string) {
	secs := p.doc.Sections
	last := &secs[len(secs)-1]
	if last.Form != "" || len(last.Items) > 0 || p.inRecord() {
		return nil, ""
	}
	for i := len(secs) - 2; i >= 0; i-- {
		if secs[i].Level >= last.Level || secs[i].closed {
			continue
		}
		switch {
		case secs[i].Key == "remediation":
			return last, secs[i].Name
		case secs[i].Key == "" && secs[i].Form == "" && trackerFields(fields):
			secs[i].Key = "remediation"
			return last, secs[i].Name
		}
		return nil, ""
	}
	return nil, ""
}

// trackerFields reports field lines that give a status and an owner or
// a priority, as an issue of a tracker has.
func trackerFields(fields []headingFieldLine) bool {
	has := map[string]bool{}
	for _, f := range fields {
		has[f.key] = true
	}
	return has[colStatus] && (has[colOwner] || has[colPriority])
}

type headingFieldLine struct {
	key   string
	value Span
}

// fieldLines splits a paragraph into "Label: value" lines of action
// fields; ok is false when a line is anything else.
func (p *parser) fieldLines(n ast.Node) ([]headingFieldLine, bool) {
	return p.fieldLinesOf(n, 0)
}

// fieldLinesOf reads the lines of a paragraph from the i-th on as
// fieldLines does.
func (p *parser) fieldLinesOf(n ast.Node, i int) ([]headingFieldLine, bool) {
	var out []headingFieldLine
	lines := n.Lines()
	for ; i < lines.Len(); i++ {
		f, ok := p.fieldLine(lines.At(i).Start)
		if !ok {
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// fieldLine reads the line at off as a "Label: value" line of an
// action's field.
func (p *parser) fieldLine(off int) (headingFieldLine, bool) {
	ls := p.doc.LineSpan(p.doc.Line(off))
	ls.Start = max(ls.Start, off) // a quote's line less its "> "
	line := p.doc.Text(ls)
	if f, ok := p.definitionLine(ls, line); ok {
		return f, true
	}
	colon, after := strings.IndexByte(line, ':'), 1
	head := line
	if colon >= 0 {
		head = line[:colon]
	}
	if wide := strings.IndexByte(head, 0xEF); wide >= 0 && strings.HasPrefix(head[wide:], "：") {
		colon, after = wide, len("：") // "担当者：中村 彩", a full-width colon
	} else if wide >= 0 {
		if k := strings.Index(head, "："); k >= 0 {
			colon, after = k, len("：")
		}
	}
	if colon < 0 {
		return headingFieldLine{}, false
	}
	label := strings.Trim(line[:colon], " \t*_-")
	if moreLetters(label, maxFieldLineLabel) {
		return headingFieldLine{}, false // a sentence, spared normalising
	}
	key := lookupNormal(headingFieldKeys, label)
	if key == "" {
		key = localFieldLineKey(label)
	}
	if key == "" {
		return headingFieldLine{}, false
	}
	value := colon + after
	if value < len(line) && line[value] == ':' {
		value++ // "Responsable:: [[Olivier Gagnon]]", an outliner's field
	}
	v := trimMarks(p.src, Span{ls.Start + value, ls.End}, " \t\r*_")
	if key == colDue && v.Len() > 4 && bytes.HasPrefix(p.src[v.Start:v.End], []byte("[[")) && bytes.HasSuffix(p.src[v.Start:v.End], []byte("]]")) && bytes.IndexByte(p.src[v.Start:v.End], ':') < 0 {
		v = Span{v.Start + 2, v.End - 2} // "Due:: [[December 11th, 2026]]": an outliner's link to the day's page ("[[date:…]]" is read as it is)
	}
	return headingFieldLine{key, v}, true
}

// localFieldLineKey is the key of an action's field line labelled in
// another language, "Responsable:", "Échéance:", "Statut:", from the
// vocabulary's action columns; the action's own column is no field.
func localFieldLineKey(label string) string {
	if label == "" || label[0] < 0x80 && !isASCIIAlnum(label[0]) {
		return ""
	}
	switch k := columnKey(label); k {
	case colOwner, colDue, colStatus, colPriority:
		return k
	}
	return ""
}

// definitionLine reads a line of a definition list under an item's
// title, ": **Owner** — Farid Sheikh", as Trilium and Pandoc write an
// item's fields: a bold label, then a dash or a colon and the value.
func (p *parser) definitionLine(ls Span, line string) (headingFieldLine, bool) {
	rest, ok := strings.CutPrefix(line, ": **")
	if !ok {
		return headingFieldLine{}, false
	}
	label, value, ok := strings.Cut(rest, "**")
	if !ok || moreLetters(label, maxHeadingFieldKey) {
		return headingFieldLine{}, false
	}
	key := lookupNormal(headingFieldKeys, label)
	trimmed := strings.TrimLeft(value, " \t:")
	sep := strings.TrimLeft(value, " \t")
	if key == "" || !(strings.HasPrefix(sep, "—") || strings.HasPrefix(sep, "–") || strings.HasPrefix(sep, ":")) {
		return headingFieldLine{}, false
	}
	trimmed = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(trimmed, "—"), "–"), " \t")
	start := ls.End - len(trimmed)
	return headingFieldLine{key, trimMarks(p.src, Span{start, ls.End}, " \t\r*_")}, true
}

// maxHeadingFieldKey is the length of the longest of headingFieldKeys.
var maxHeadingFieldKey = func() (n int) {
	for k := range headingFieldKeys {
		n = max(n, len(k))
	}
	return n
}()

// maxFieldLineLabel is the most ASCII letters of a field line's label:
// the longest of headingFieldKeys, or of another language's column
// labels written in Latin letters, "Ditugaskan kepada", "Pegawai
// bertanggungjawab".
var maxFieldLineLabel = max(maxHeadingFieldKey, 24)

// moreLetters reports whether s holds more than n ASCII letters: its
// normal form, which keeps each of them as a byte, is longer than n.
func moreLetters(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z' {
			if n--; n < 0 {
				return true
			}
		}
	}
	return false
}

// headingField sets one field of a heading's action from its line.
func (p *parser) headingField(a *Action, key string, v Span) {
	if key == colStatus {
		a.Status, a.StatusSpan = parseStatus(p.doc.Text(v)), v
		return
	}
	if fieldSet(a, key) {
		return
	}
	val := p.doc.Text(v)
	if key == colOwner {
		val = p.doc.Text(p.loginIn(v)) // "Rhea Joshi (@rhea-j)" is owned by rhea-j
	}
	setField(a, key, val, v)
}

// loginIn narrows an owner's value to the @login it holds, if it holds
// one.
func (p *parser) loginIn(v Span) Span {
	t := p.doc.Text(v)
	i := strings.IndexByte(t, '@')
	if i <= 0 {
		return v
	}
	end := i + 1
	for end < len(t) && isLoginByte(t[end]) {
		end++
	}
	if end == i+1 {
		return v
	}
	return Span{v.Start + i, v.Start + end}
}
