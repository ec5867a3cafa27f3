package postmortem

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Field layouts beyond the template's vertical tables: a heading that
// names a field ("### Date", "## Incident Lead:") with its value below,
// a date in the title, "**Summary**: …" paragraphs that stand for a
// section, and "- **Date:** …" bullets.

// fieldHeading remembers a heading that names a field; the paragraph
// that follows it is the value, and without one the field is an empty
// slot.
func (p *parser) fieldHeading(name string, span Span) {
	if p.fieldKey(name) != "" {
		p.pendingField = &pendingField{label: name, span: span}
		return
	}
	// "## Date: 2026-03-19", "## Incident Lead: @vikram-s": the value
	// is in the heading.
	label, value, ok := strings.Cut(p.doc.Text(span), ":")
	if !ok || p.fieldKey(label) == "" || strings.TrimSpace(strings.Trim(value, "*_ ")) == "" {
		return
	}
	at := span.Start + len(label) + 1
	v := trimMarks(p.src, Span{at, span.End}, " \t*_")
	p.addField(label, p.doc.Text(v), trimMarks(p.src, Span{span.Start, span.Start + len(label)}, " \t*_"), v)
}

type pendingField struct {
	label string
	span  Span
}

// fieldHeadingValue takes a paragraph's first line as the value of the
// field heading before it, if one waits.
func (p *parser) fieldHeadingValue(n ast.Node) {
	f := p.pendingField
	if f == nil {
		return
	}
	p.pendingField = nil
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	v := trimMarks(p.src, p.doc.LineSpan(p.doc.Line(lines.At(0).Start)), " \t\r>")
	p.addField(f.label, p.doc.Text(v), f.span, v)
}

// finishFieldHeading records a field heading with nothing under it as
// an empty field: a template's slot.
func (p *parser) finishFieldHeading() {
	if f := p.pendingField; f != nil {
		p.pendingField = nil
		p.addField(f.label, "", f.span, Span{f.span.End, f.span.End})
	}
}

// titleDateRe finds a date in a title: "Outage - September 29, 2025",
// "2026-11-02 API errors", "Incident title - DD/MM/YYYY".
var titleDateRe = lazyRe(`(?i)\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/]\d{1,2}[-/](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `,?\s+\d{4}|` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|DD/MM/YYYY|YYYY-MM-DD|MM/DD/YYYY)\b`)

// titleOtherDateRe finds the other numeric dates of a title, the year
// first or last: "2026/11/03", "2026.11.03", "03.11.2026", "2026年11月3日",
// "2026년 11월 3일". A version ("v2.11.2026") or an address is no date:
// the year stands apart from letters and further digits.
var titleOtherDateRe = lazyRe(`(?:^|[^\pL\pN.])((?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2})(?:$|[^\pL\pN.]|\.(?:\s|$))|((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}년\s*\d{1,2}월\s*\d{1,2}일)`)

// cjkYear reports the year's sign of Chinese and Japanese, or of Korean,
// in a title: asked only of a title with bytes past ASCII.
func cjkYear(t string) bool {
	return !isASCII(t) && (strings.Contains(t, "年") || strings.Contains(t, "년"))
}

// titleDayRe is a day in a title without its year: "Nov 12", "23 Nov",
// "Mon 23 Nov", "Sun 11/29". A number that runs on ("Nov 12–14") is no day.
var titleDayRe = lazyRe(`(?i)(?:^|[\s(,])((?:` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `|\d{1,2}/\d{1,2}))(?:$|[\s),.:;])`)

// slashDayInWords writes a day in figures without its year, "11/29" or
// "29/11", with its month's name, "Nov 29", where only one order makes
// a date; any other day as it is, and "" for figures that read either
// way or none.
func slashDayInWords(v string) string {
	a, b, ok := strings.Cut(v, "/")
	if !ok {
		return v
	}
	x, y := atoi(a), atoi(b)
	if x > 12 {
		x, y = y, x
	}
	if x < 1 || x > 12 || y <= 12 || y > 31 {
		return ""
	}
	return time.Month(x).String()[:3] + " " + strconv.Itoa(y)
}

// titleDate reads a date in the title as the incident's date.
// yearFormat finds the date formats titleDateRe reads: DD/MM/YYYY,
// YYYY-MM-DD, MM/DD/YYYY.
var yearFormat = newKeywords("dd/mm/yyyy", "yyyy-mm-dd", "mm/dd/yyyy")

func (p *parser) titleDate() {
	t := p.doc.Text(p.doc.TitleSpan)
	if !(hasDigit(t) && (strings.ContainsAny(t, "-/.") || cjkYear(t) || monthWords.in(t))) && !yearFormat.in(t) {
		return // each date titleDateRe reads has a hyphen, a slash or a month, or is a format
	}
	m := titleDateRe.FindStringIndex(t)
	if m == nil && hasDigit(t) && (strings.IndexByte(t, '.') >= 0 || strings.IndexByte(t, '/') >= 0 || cjkYear(t)) {
		if g := firstGroup(titleOtherDateRe.FindStringSubmatchIndex(t)); g != nil {
			m = g[2:] // "Störung (03.11.2026)", "2026年11月3日 決済障害"
		}
	}
	if m == nil {
		if m = titleDayRe.FindStringSubmatchIndex(t); m != nil {
			p.titleDay = slashDayInWords(t[m[2]:m[3]]) // "(evening of Nov 12)": its year is the review's
		}
		return
	}
	v := Span{p.doc.TitleSpan.Start + m[0], p.doc.TitleSpan.Start + m[1]}
	p.addField("Incident date", p.doc.Text(v), Span{}, v)
}

// leadLabel finds a bold label that opens a paragraph or an item:
// "**Summary**: …", "**Root Causes:** …", "**What went well**". It
// returns the label's text, its span (the emphasis marks included) and
// where the value begins, after the colon.
func (p *parser) leadLabel(n ast.Node) (label string, span Span, rest int, ok bool) {
	em, isEm := n.FirstChild().(*ast.Emphasis)
	if !isEm || em.Level != 2 && em.Level != 1 {
		return "", Span{}, 0, false
	}
	inner := nodeSpan(em)
	if !inner.Valid() {
		return "", Span{}, 0, false
	}
	start := inner.Start - em.Level
	end := inner.End + em.Level
	if start < 0 || end > len(p.src) || em.Level == 1 && !p.starLabel(inner) {
		return "", Span{}, 0, false
	}
	label = strings.TrimSpace(runInLabel(strings.TrimRight(p.doc.Text(inner), ":")))
	rest = end
	for rest < len(p.src) && (p.src[rest] == ' ' || p.src[rest] == ':') {
		rest++
	}
	// The colon may sit inside the emphasis or after it; with neither, the
	// label stands alone on its line or is followed by a footnote.
	return label, Span{start, end}, rest, true
}

// runInLabel drops the full stop of a run-in heading, a bold label that
// ends as a sentence does before the paragraph goes on: "**Īsumā.** …",
// "**How it went.** …". An abbreviation's stop is kept: "**Approx.**".
func runInLabel(label string) string {
	t, ok := strings.CutSuffix(label, ".")
	if !ok || strings.HasSuffix(t, ".") || utf8.RuneCountInString(t) < 5 {
		return label
	}
	return t
}

// starLabel reports whether the text inner, in single asterisks, is a
// label, as chat tools write bold ("*Follow-ups*", "*Root cause:* …"):
// a few words without a figure that end with a colon, or stand alone on
// their line but for a note in parentheses or after a dash, or an
// emoji. Elsewhere single asterisks are emphasis.
func (p *parser) starLabel(inner Span) bool {
	if inner.Start < 1 || p.src[inner.Start-1] != '*' || inner.Len() > 90 || !labelWords(withoutNote(strings.TrimRight(p.doc.Text(inner), ":"))) {
		return false
	}
	if p.src[inner.End-1] == ':' || inner.End+1 < len(p.src) && p.src[inner.End+1] == ':' {
		return true
	}
	rest := strings.TrimLeft(p.doc.Text(Span{inner.End + 1, p.doc.LineSpan(p.doc.Line(inner.End)).End}), " \t")
	if rest == "" || rest[0] == '(' || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsSymbol(r) || shortcodeLen(rest) > 0
}

// labelWords reports text short enough to be a label, as a heading's
// words are, and without a figure: "*2 of 7 completed · Added by Kirra*"
// is a note on a list.
func labelWords(t string) bool {
	return strings.Count(strings.TrimSpace(t), " ") < 6 && !strings.ContainsAny(t, "0123456789")
}

// nodeSpan returns the source bytes of an inline node's text.
func nodeSpan(n ast.Node) Span {
	s := Span{-1, -1}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if s.Start < 0 {
				s.Start = t.Segment.Start
			}
			s.End = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	return s
}

// labelledSection records a paragraph led by a bold label that names a
// section ("**Summary**: …", "**Action Items**:") as that section, so
// a document written in that layout has its summary, impact and causes.
// A bold run of more than maxLabelWords words is a title restated or a
// sentence stressed ("**Post-mortem — tickets oversold for the winter
// exhibition, Sunday 29 November**"), whatever words it holds.
func (p *parser) labelledSection(n ast.Node) {
	label, span, rest, ok := p.leadLabel(n)
	if !ok {
		return
	}
	var key string
	if len(strings.Fields(label)) > maxLabelWords {
		// A bold line that restates the title, or a sentence; but the
		// follow-ups' label with a note of where they are tracked
		// ("*Actions (also added as to-dos in this channel):*") names
		// them as the label alone would.
		if core := withoutNote(label); (len(core) == len(label) || len(strings.Fields(core)) > maxLabelWords || p.headingKey(core) != "remediation") && !p.runInListHead(n, label, rest) {
			return
		}
		key = "remediation"
	} else {
		key = p.headingKey(label)
	}
	if key == "" {
		p.endLabelledActions(n, span, rest)
		p.endAfterRule(n, span, rest)
	}
	if key == "" || p.fieldKey(label) != "" && !p.proseField(label, p.restOfParagraph(n, rest)) || p.fieldLineAfter(n) {
		return
	}
	end := linesSpan(n).End
	start := p.doc.LineSpan(p.doc.Line(span.Start)).Start
	if key == "tags" {
		p.endBodyAt(start)
	}
	i := p.openLabelSection(span, label, key, start)
	p.doc.Sections[i].Empty = strings.TrimSpace(p.doc.Text(Span{rest, end})) == ""
}

// endLabelledActions ends an action list written under a bold label
// ("**To do**", "**Follow-ups**") at a bold label alone on its line that
// names no section, where text, not a list or a table, follows it: the
// record's comments ("**💬 Comments**"), its audit trail, a meeting's
// notes ("**Huddle Thu 12/3 10a**") are no actions. A label with a list
// or a table below it groups the actions ("**Short term**").
func (p *parser) endLabelledActions(n ast.Node, label Span, rest int) {
	secs := p.doc.Sections
	i := len(secs) - 1
	for i >= 0 && secs[i].Form == "label" && (secs[i].closed || secs[i].colon) {
		i-- // a label section ended already ends the one before it too
	}
	if i < 0 || secs[i].Form != "label" || secs[i].Key != "remediation" {
		return
	}
	line, alone := p.labelAlone(label, rest)
	if !alone {
		return
	}
	if n.Lines().Len() == 1 {
		switch n.NextSibling().(type) {
		case *ast.List, *east.Table:
			return
		}
	}
	end := line.Start
	if i+1 < len(secs) {
		end = secs[i+1].Span.Start
	}
	p.closeSection(i, end)
}

// endAfterRule ends the follow-ups at a bold label alone on its line
// that names no section, right after a horizontal rule: below the rule
// a page goes on with its own parts ("**Related pages**", "**Linked
// issues**", "**Activity**"), not with more follow-ups. A label that
// follows the last item without a rule may still group the next ones.
func (p *parser) endAfterRule(n ast.Node, label Span, rest int) {
	if _, rule := n.PreviousSibling().(*ast.ThematicBreak); !rule || n.Parent() != p.root {
		return
	}
	if line, alone := p.labelAlone(label, rest); alone && !p.groupsTasks(n, p.doc.Text(label)) {
		p.endBodyAt(line.Start)
	}
}

// groupsTasks reports a bold label that heads more follow-ups, not a
// page's own part: a task list follows it, or it names a time to do
// them in ("**Longer term**", "**Later**", "**Next quarter**").
func (p *parser) groupsTasks(n ast.Node, label string) bool {
	l := strings.ToLower(label)
	for _, w := range [...]string{"term", "later", "next", "soon", "quarter", "week", "month", "sprint"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	list, ok := n.NextSibling().(*ast.List)
	if !ok || list.FirstChild() == nil || list.FirstChild().FirstChild() == nil {
		return false
	}
	lines := list.FirstChild().FirstChild().Lines()
	if lines.Len() == 0 {
		return false
	}
	first := bytes.TrimSpace(p.src[lines.At(0).Start:lines.At(0).Stop])
	return bytes.HasPrefix(first, []byte("[ ]")) || bytes.HasPrefix(first, []byte("[x]")) || bytes.HasPrefix(first, []byte("[X]"))
}

// labelAlone returns the line of a bold label that ends at rest, and
// whether the label stands alone on it.
func (p *parser) labelAlone(label Span, rest int) (Span, bool) {
	line := p.doc.LineSpan(p.doc.Line(label.Start))
	return line, line.Start == label.Start && len(bytes.TrimSpace(p.src[rest:max(rest, line.End)])) == 0
}

// endBodyAt ends every open section at a post's tags line where the
// follow-ups are being read: a blog or wiki page ends its text with its
// tags ("**Tags:** Engineering · Incidents"), and the headings after
// them ("Subscribe to …", "Read more") are the site's, holding its
// other posts, not follow-ups.
func (p *parser) endBodyAt(start int) {
	if key, _ := p.sectionKey(); key != "remediation" {
		return
	}
	for i := range p.doc.Sections {
		if !p.doc.Sections[i].closed {
			p.closeSection(i, start)
		}
	}
}

// fieldLineAfter reports a line after the first of paragraph n that is
// a field the package knows: "**Lessons owner:** Kim" above "**Incident
// date:** 2026-12-05" leads a block of fields, not a section.
func (p *parser) fieldLineAfter(n ast.Node) bool {
	lines := n.Lines()
	for i := 1; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		if label, _, ok := p.keyValue(ls); ok && p.fieldKey(p.doc.Text(label)) != "" {
			return true
		}
	}
	return false
}

// openLabelSection appends the section a label, callout or container
// title opens at start, named by the text at heading, running to the
// end of the document until closeSection ends it or a heading does;
// it returns the section's index.
func (p *parser) openLabelSection(heading Span, name, key string, start int) int {
	record, dropped := headingStates(name)
	p.doc.Sections = append(p.doc.Sections, Section{
		Name: name, Key: key, Level: labelLevel, Form: "label", Record: key == SectionRecord || record, Dropped: dropped,
		HeadingSpan: heading, Span: Span{start, len(p.src)},
	})
	return len(p.doc.Sections) - 1
}

// closeSection ends section i at end, where the block that opened it
// ends.
func (p *parser) closeSection(i, end int) {
	s := &p.doc.Sections[i]
	s.Span.End, s.closed = max(s.Span.Start, end), true
}

// maxLabelWords is the most words a bold label naming a section has.
const maxLabelWords = 8

// labelLevel is the level of a labelled section: below every heading,
// so the next heading ends it.
const labelLevel = 7

func (p *parser) restOfParagraph(n ast.Node, rest int) string {
	return p.doc.Text(Span{rest, max(rest, linesSpan(n).End)})
}

// proseField reports whether a time field's value is a description
// rather than a time: "**Detection**: Borgmon paged on-call."
func (p *parser) proseField(label, value string) bool {
	if !isTimelineKey(p.fieldKey(label)) {
		return false
	}
	return isProse(value)
}

// isProse reports whether a value reads as a sentence rather than a
// time, a name or a code: more than four words, or no digit in three.
func isProse(v string) bool {
	if readsAsTime(v) {
		return false
	}
	words := strings.Fields(v)
	if len(words) > 4 {
		return true
	}
	return len(words) >= 3 && !strings.ContainsAny(v, "0123456789")
}

// readsAsTime reports a value that reads as a time on some day.
func readsAsTime(v string) bool {
	_, err := ParseTime(v, proseBase)
	return err == nil || weekdayTime(v)
}

// weekdayTime reports a clock with a weekday and a day written after it
// without the year, which read in proseBase's year may fall on another
// weekday: "**00:35, Tue 1 Dec**, when the plan went out". In the
// twelve years after proseBase's a day falls on every weekday, leap
// days aside.
func weekdayTime(v string) bool {
	if _, ok := readClock(strings.TrimLeft(v, "*_` ")); !ok {
		return false
	}
	for y := proseBase.Year() + 1; y <= proseBase.Year()+12; y++ {
		if _, err := ParseTime(v, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
			return true
		}
	}
	return false
}

// proseBase is any day: isProse asks only whether a value reads as a
// time at all.
var proseBase = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// runInListHead reports a run-in heading in bold that asks or tells
// what is being done about the incident, alone on its line above the
// list it heads, however many words it takes: "**What we are doing so
// this does not happen again.**" over the items. A longer bold run is a
// sentence stressed; a list right under it makes it a heading.
func (p *parser) runInListHead(n ast.Node, label string, rest int) bool {
	if n.Lines().Len() != 1 || len(strings.Fields(label)) > maxRunInWords {
		return false
	}
	if _, list := n.NextSibling().(*ast.List); !list {
		return false
	}
	if _, alone := p.labelAlone(Span{linesSpan(n).Start, rest}, rest); !alone {
		return false
	}
	return p.headingKey(label) == "remediation"
}

// maxRunInWords is the most words runInListHead takes as a heading.
const maxRunInWords = 14
