package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A line of plain text ending with a colon, the list below it its
// items, is how mail and chat write a section: "Follow-ups, status as
// of today:", "What we did on the night:". It names an action list or a
// record of what was done, and governs that list alone.

// colonLabelSection records a one-line paragraph ending with a colon,
// a list right after it, whose words name an action list or a record,
// as that section; list closes it after the list. A list of fields
// ("- Detected: 14:19 UTC") stays the fields of the section it is in,
// and a list of timed entries in a timeline stays its entries. The line
// may be a sentence of up to eleven words, as a forum post announces
// its list ("After Monday's review we agreed on these follow-ups:").
func (p *parser) colonLabelSection(n ast.Node, quoted bool) {
	l, ok := n.NextSibling().(*ast.List)
	if !ok || n.Lines().Len() != 1 {
		return
	}
	span := linesSpan(n)
	t := strings.TrimSpace(p.doc.Text(span))
	if len(t) < 4 || len(t) > 80 || t[len(t)-1] != ':' || t[0] == '*' || t[0] == '_' {
		return // bold labels are labelledSection's
	}
	label := strings.TrimSuffix(t, ":")
	if quoted && strings.Count(label, " ") > 3 {
		return // in a quote, a label alone opens a section ("> Follow-ups:"), not a sentence ending in one
	}
	key := p.headingKey(strings.ReplaceAll(label, ",", " "))
	if key != "remediation" && key != SectionRecord || strings.Count(label, " ") > 10 || p.fieldList(l) || p.inTimeline() && p.timedList(l) {
		return
	}
	if sec, _ := p.sectionKey(); strings.Count(label, " ") > 8 && (sec == "what_happened" || sec == "timeline" || sec == SectionResolution) {
		return // a long sentence in the story tells what was done next, not what will be
	}
	p.doc.Sections[p.openLabelSection(span, label, key, span.Start)].colon = true
	p.colonList = l
}

// fieldList reports a list whose every item is a field of the document
// ("- **Resolved:** 15:40 UTC", "- Incident commander: Ana Ruiz").
func (p *parser) fieldList(l *ast.List) bool {
	for li := l.FirstChild(); li != nil; li = li.NextSibling() {
		text := firstText(li)
		if text == nil {
			return false
		}
		label, value, ok := p.keyValue(p.doc.LineSpan(p.doc.Line(linesSpan(text).Start)))
		if !ok || p.fieldKey(p.doc.Text(label)) == "" || p.proseField(p.doc.Text(label), p.doc.Text(value)) {
			return false
		}
	}
	return true
}

// timedList reports a list whose first item opens with a time: a run
// of a timeline's entries.
func (p *parser) timedList(l *ast.List) bool {
	text := firstText(l.FirstChild())
	return text != nil && p.stampAt(linesSpan(text)).Valid()
}

// beforeSections reports that no section has begun but those of colon
// labels, which govern their lists alone: the document's opening is
// still being read.
func (p *parser) beforeSections() bool {
	for _, s := range p.doc.Sections {
		if !s.colon {
			return false
		}
	}
	return true
}

// closeColonLabel ends the section of a colon label with the list it
// labels.
func (p *parser) closeColonLabel(n *ast.List) {
	if p.colonList != ast.Node(n) {
		return
	}
	p.colonList = nil
	p.closeSection(len(p.doc.Sections)-1, listEnd(n))
}

// listEnd returns where the text of a list's last line ends.
func listEnd(n ast.Node) int {
	end := 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			end = max(end, c.Lines().At(c.Lines().Len()-1).Stop)
		}
		return ast.WalkContinue, nil
	})
	return end
}
