package postmortem

import (
	"sort"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Words standing in for text the language rules must not read.
const (
	codePlaceholder = "code"
	linkPlaceholder = "link"
)

// proseBuilder collects the visible text of inline nodes. One builder
// serves a whole parse: each Prose's Text is a substring of what it has
// written (a strings.Builder only appends, so earlier strings stay valid),
// and its pieces a sub-slice, which saves two allocations per paragraph.
type proseBuilder struct {
	src    []byte
	b      strings.Builder
	pieces []piece
	start  int // where the text being built begins in b
}

func (pb *proseBuilder) source(start, end int) {
	if end <= start {
		return
	}
	pb.pieces = append(pb.pieces, piece{text: pb.b.Len() - pb.start, src: start, n: end - start})
	pb.b.Write(pb.src[start:end])
}

func (pb *proseBuilder) literal(s string) { pb.b.WriteString(s) }

func (pb *proseBuilder) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		pb.node(c)
	}
}

func (pb *proseBuilder) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		pb.source(n.Segment.Start, n.Segment.Stop)
		if n.SoftLineBreak() || n.HardLineBreak() {
			pb.literal(" ")
		}
	case *ast.String:
		pb.literal(string(n.Value))
	case *ast.CodeSpan:
		pb.literal(codePlaceholder)
	case *ast.AutoLink:
		pb.literal(linkPlaceholder)
	case *ast.Link:
		if ticketLink(n.Destination) || ticketKey(pb.src, n) {
			pb.literal(linkPlaceholder) // a ticket's title, not the author's words
			return
		}
		pb.inline(n)
	case *ast.RawHTML, *east.TaskCheckBox:
	default:
		pb.inline(n)
	}
}

// ticketMarks are parts of the addresses of issues and tickets.
var ticketMarks = []string{"/issues/", "/pull/", "/pulls/", "/merge_requests/", "/browse/", "/tickets/",
	"/ticket/", "/issue/", "linear.app/", ".atlassian.net/", "/jira/", "/work_items/"}

// ticketLink reports a link to an issue or a ticket, whose text is the
// ticket's title.
func ticketLink(dest []byte) bool {
	d := strings.ToLower(string(dest))
	for _, m := range ticketMarks {
		if strings.Contains(d, m) {
			return true
		}
	}
	return false
}

// ticketKey reports a link whose text opens with a ticket key: "INC-123",
// "#42".
func ticketKey(src []byte, n *ast.Link) bool {
	t, ok := n.FirstChild().(*ast.Text)
	if !ok {
		return false
	}
	s := string(t.Segment.Value(src))
	if strings.HasPrefix(s, "#") {
		return len(s) > 1 && s[1] >= '0' && s[1] <= '9'
	}
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || i > 0 && s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return i >= 2 && i+1 < len(s) && s[i] == '-' && s[i+1] >= '0' && s[i+1] <= '9'
}

func (p *parser) addProse(n ast.Node, kind string) {
	p.addProseFrom(n, n.FirstChild(), kind)
}

// addProseFrom records the text of n's inline children from one on.
func (p *parser) addProseFrom(n, from ast.Node, kind string) {
	pb := &p.prose
	pb.start = pb.b.Len()
	first := len(pb.pieces)
	for c := from; c != nil; c = c.NextSibling() {
		pb.node(c)
	}
	text := pb.b.String()[pb.start:]
	if strings.TrimSpace(text) == "" {
		pb.pieces = pb.pieces[:first]
		return
	}
	pieces := pb.pieces[first:len(pb.pieces):len(pb.pieces)]
	p.doc.Prose = append(p.doc.Prose, Prose{Text: text, Kind: kind, pieces: pieces})
}

// Offset maps a byte offset of Text to a byte offset of the source. An
// offset inside text that has no source (a placeholder for code) maps to
// where the next source text begins.
func (pr Prose) Offset(i int) int {
	ps := pr.pieces
	if len(ps) == 0 {
		return 0
	}
	k := sort.Search(len(ps), func(k int) bool { return ps[k].text+ps[k].n > i })
	if k == len(ps) {
		last := ps[len(ps)-1]
		return last.src + last.n
	}
	if i < ps[k].text {
		return ps[k].src
	}
	return ps[k].src + i - ps[k].text
}

// End maps the end of a range of Text (exclusive) to the source.
func (pr Prose) End(i int) int {
	if i <= 0 {
		return pr.Offset(0)
	}
	return pr.Offset(i-1) + 1
}

// Start returns the source offset where the text begins.
func (pr Prose) Start() int { return pr.Offset(0) }

// Sentence reports whether the text is prose a person wrote about what
// happened: paragraphs, list items and table cells of four words or
// more, and not headings, labels, header cells, timeline times or quoted
// material.
func (pr Prose) Sentence() bool {
	switch pr.Kind {
	case "paragraph", "item":
		return true
	case "cell":
		// A cell of a few words is a label or a value ("Chaos Eng
		// Preventable", "Resolved"), not a sentence.
		return atLeastFields(pr.Text, 4)
	}
	return false
}

// atLeastFields reports whether strings.Fields finds n fields or more in
// s, without making them.
func atLeastFields(s string, n int) bool {
	count, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			if count++; count >= n {
				return true
			}
		}
		inField = !space
	}
	return false
}

// addTextProse records a paragraph's or an item's text, telling a bold
// label from prose: "**What went wrong**" alone is a label, and the
// label of "**Root cause**: the cache …" is left out of its sentence.
func (p *parser) addTextProse(n ast.Node, kind string) {
	label, span, rest, ok := p.leadLabel(n)
	if !ok || label == "" {
		p.addProse(n, kind)
		return
	}
	if strings.TrimSpace(p.restOfParagraph(n, rest)) == "" {
		p.addProse(n, "label")
		return
	}
	if strings.Contains(p.doc.Text(Span{max(span.End-3, 0), rest}), ":") {
		p.addProseFrom(n, n.FirstChild().NextSibling(), kind)
		return
	}
	p.addProse(n, kind)
}
