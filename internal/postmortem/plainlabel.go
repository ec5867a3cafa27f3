package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// plainLabelSection records a line alone that names the follow-ups or
// the work already done, in a document written without headings that
// names three or more of its sections so, as a notes app or a chat
// message holds them ("still to do", "what we did saturday night /
// sunday", "■ 조치 항목"): as a colon label does, the line governs the
// list right below it. The line is a paragraph of its own, has a few
// words, no figure and no sentence's end. In a document with headings a
// short line is a line of text. Lines naming other sections are left to
// the prose: read as sections, they took follow-ups from documents
// nobody had read.
func (p *parser) plainLabelSection(n ast.Node) {
	if n.Lines().Len() != 1 || n == p.titleNode || p.headed() || p.plainLabels() < 3 {
		return
	}
	l, list := n.NextSibling().(*ast.List)
	if !list {
		return
	}
	first, t, key := p.plainLabel(n)
	if key != "remediation" && key != SectionRecord {
		return
	}
	i := p.openLabelSection(first, t, key, first.Start)
	p.doc.Sections[i].Empty, p.doc.Sections[i].colon = true, true
	p.colonList = l
}

// plainLabel returns the line of a paragraph of one line that names a
// section, its name and its key; the key is "" for another paragraph.
func (p *parser) plainLabel(n ast.Node) (Span, string, string) {
	if n.Lines().Len() != 1 {
		return Span{}, "", ""
	}
	first := trimSpan(p.src, linesSpan(n))
	t := p.doc.Text(first)
	if rest, ok := iconLed(t); ok {
		t = rest
	}
	if !plainLabelLike(t) || p.fieldKey(t) != "" {
		return Span{}, "", ""
	}
	return first, t, p.headingKey(t)
}

// plainLabels counts the document's paragraphs that are a line naming a
// section: a document written in that layout names three or more.
func (p *parser) plainLabels() int {
	if p.plainCount == 0 {
		p.plainCount = 1
		for c := p.root.FirstChild(); c != nil; c = c.NextSibling() {
			if _, ok := c.(*ast.Paragraph); ok && c != p.titleNode {
				if _, _, key := p.plainLabel(c); key != "" {
					p.plainCount++
				}
			}
		}
	}
	return p.plainCount - 1
}

// plainLabelLike reports a line that may name a section: one to six
// words opening with a letter, without a figure, a colon or a
// sentence's end.
func plainLabelLike(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || !unicode.IsLetter(r) || len(t) > 60 || strings.ContainsAny(t, "0123456789:.!?;,()[]*_`#|") {
		return false
	}
	words := 0
	for _, w := range strings.Fields(t) {
		if w != "/" && w != "&" && w != "-" && w != "—" {
			words++
		}
	}
	return words <= 6
}

// headed reports a document that writes headings below its title: its
// sections are those.
func (p *parser) headed() bool {
	if p.headedRead == 0 {
		p.headedRead = -1
		for c := p.root.FirstChild(); c != nil; c = c.NextSibling() {
			if h, ok := c.(*ast.Heading); ok && (h.Level > 1 || p.h1Sections) {
				p.headedRead = 1
				break
			}
		}
	}
	return p.headedRead > 0
}
