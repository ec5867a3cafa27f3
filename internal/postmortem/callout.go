package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A note-taking app's callout is a quote whose first line is its type
// and title: "> [!done] What we did during the incident". One that
// records what was done (its type done, success or check, or a title
// that says so), or titled as the action list, is that section, ending
// with the quote.

// recordCallouts are the callout types that say their list is done.
var recordCallouts = wordSet("done success check")

// calloutSection opens the section a callout names and returns its
// index, or -1 where it names none.
func (p *parser) calloutSection(n *ast.Blockquote) int {
	first := n.FirstChild()
	if first == nil || first.Lines().Len() == 0 {
		return -1
	}
	line := p.src[first.Lines().At(0).Start:first.Lines().At(0).Stop]
	if !bytes.HasPrefix(line, []byte("[!")) {
		return -1
	}
	end := bytes.IndexByte(line, ']')
	if end < 3 {
		return -1
	}
	kind := strings.ToLower(string(line[2:end]))
	start := first.Lines().At(0).Start + end + 1
	title := trimSpan(p.src, Span{start, first.Lines().At(0).Stop})
	for title.Len() > 0 && (p.src[title.Start] == '+' || p.src[title.Start] == '-') {
		title = trimSpan(p.src, Span{title.Start + 1, title.End})
	}
	name := p.doc.Text(title)
	key := p.headingKey(name)
	if recordCallouts[kind] || recordHeading(name) {
		key = SectionRecord
	}
	if key != SectionRecord && key != "remediation" {
		return -1
	}
	return p.openLabelSection(title, name, key, p.doc.LineSpan(p.doc.Line(title.Start)).Start)
}

// closeCallout ends a callout's section with the quote.
func (p *parser) closeCallout(i int, n *ast.Blockquote) {
	if i >= 0 {
		p.closeSection(i, listEnd(n))
	}
}

// A wiki's info callout exported as one HTML paragraph gives the page's
// facts one after another: "<p class="callout info">Shelf: Ops ·
// Owner: Rhys Pritchard · Reviewed on 27 November 2026</p>". A
// documentation site's callout component does so in Markdown on lines
// of its own between its tags: "<Info>", "**Severity:** SEV2 ·
// **Incident commander:** Wei Ling Tan", "</Info>".

// htmlInfoLine reads the fields of an HTML paragraph or block whose
// parts are separated by " · ", as keyValueLines reads a line: the one
// line between its tags, or each such line of Markdown inside them.
func (p *parser) htmlInfoLine(span Span) {
	b := bytes.TrimRight(p.src[span.Start:span.End], "\r\n")
	if len(b) < 8 || b[0] != '<' || !bytes.Contains(b, []byte(" · ")) {
		return
	}
	open, close := bytes.IndexByte(b, '>'), bytes.LastIndexByte(b, '<')
	if open < 0 || close <= open {
		return
	}
	oneLine := bytes.IndexByte(b, '\n') < 0
	for start, end := span.Start+open+1, span.Start+close; start < end; {
		stop := end
		if i := bytes.IndexByte(p.src[start:end], '\n'); i >= 0 {
			stop = start + i
		}
		line := trimSpan(p.src, Span{start, stop})
		if oneLine || line.Len() > 0 && p.src[line.Start] != '<' && bytes.Contains(p.src[line.Start:line.End], []byte(" · ")) {
			p.infoParts(line)
		}
		start = stop + 1
	}
}

// infoParts reads the parts of a line of facts as fields.
func (p *parser) infoParts(line Span) {
	for _, part := range p.lineParts(line) {
		if label, value, ok := p.keyValue(part); ok {
			p.addField(p.doc.Text(label), p.doc.Text(value), label, value)
		}
	}
}

// closeQuotedLabels ends with the quote the action sections that bold
// labels inside it opened, from section from on, where the quote holds
// their list: notes pasted into a chat as a quote ("> **Follow-ups**"
// over "> - [ ] …") end where the quote does, and the messages after it
// are replies, not follow-ups.
func (p *parser) closeQuotedLabels(from int, n *ast.Blockquote) {
	if n.Parent() != p.root {
		return
	}
	list := false
	for c := n.FirstChild(); c != nil && !list; c = c.NextSibling() {
		_, list = c.(*ast.List)
	}
	if !list {
		return // "> **Action items**" alone: the list follows the quote
	}
	for i := from; i < len(p.doc.Sections); i++ {
		if s := &p.doc.Sections[i]; s.Form == "label" && !s.closed && (s.Key == "remediation" || s.Key == SectionRecord) {
			p.closeSection(i, listEnd(n))
		}
	}
}
