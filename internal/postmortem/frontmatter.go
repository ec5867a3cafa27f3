package postmortem

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter finds YAML front matter at the start of src and returns the
// end of its closing delimiter line, or 0 when there is none.
func frontMatter(src []byte) int {
	head := bytes.TrimPrefix(src, bom)
	if !bytes.HasPrefix(head, []byte("---\n")) && !bytes.HasPrefix(head, []byte("---\r\n")) {
		return 0
	}
	starts := lineStarts(src)
	for _, s := range starts[1:] {
		line := bytes.TrimRight(src[s:lineEnd(src, s)], "\r")
		if string(line) == "---" || string(line) == "..." {
			return min(lineEnd(src, s)+1, len(src))
		}
	}
	return 0
}

func lineEnd(src []byte, start int) int {
	if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(src)
}

// parseFrontMatter reads the top-level scalar keys of the front matter
// into fields; the bytes [0, end) of src are the front matter.
func (p *parser) parseFrontMatter(end int) error {
	body := p.src[:end]
	first := bytes.IndexByte(body, '\n') + 1
	var root yaml.Node
	if err := yaml.Unmarshal(body[first:], &root); err != nil {
		return fmt.Errorf("front matter: %w", err)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	p.frontMatterMap(root.Content[0], first, end, true)
	return nil
}

// frontMatterMap reads the fields of a mapping of the front matter, and
// those of the mappings nested one level in it ("people: {lead: …}",
// "incident: {started: …}") by their own keys.
func (p *parser) frontMatterMap(m *yaml.Node, first, end int, top bool) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if v.Kind == yaml.SequenceNode && len(v.Content) > 0 && v.Content[0].Kind == yaml.ScalarNode {
			v = joinScalars(v) // authors: [ana, ben]
		}
		switch {
		case v.Kind == yaml.MappingNode && top:
			p.frontMatterMap(v, first, end, false)
		case v.Kind == yaml.ScalarNode && (top || p.fieldKey(k.Value) != ""):
			p.frontMatterField(k, v, first, end)
		}
	}
}

// joinScalars reads a list of names as one value, at the first name.
func joinScalars(seq *yaml.Node) *yaml.Node {
	out := *seq.Content[0]
	var names []string
	for _, n := range seq.Content {
		if n.Kind == yaml.ScalarNode {
			names = append(names, n.Value)
		}
	}
	out.Value = strings.Join(names, ", ")
	return &out
}

// frontMatterSections are front-matter keys that give a section.
var frontMatterSections = map[string]string{"description": "short_summary", "summary": "short_summary", "abstract": "short_summary", "excerpt": "short_summary", "tags": "tags", "impact": "impact"}

func (p *parser) frontMatterField(k, v *yaml.Node, base, end int) {
	ks, vs := p.scalarSpan(k, base, end), p.scalarSpan(v, base, end)
	label := k.Value
	if label == "title" {
		p.doc.Title, p.doc.TitleSpan = v.Value, vs
		return
	}
	if key := frontMatterSections[strings.ToLower(label)]; key != "" {
		p.doc.MetaSections = append(p.doc.MetaSections, Section{
			Name: label, Key: key, Form: "front matter", HeadingSpan: ks, Span: Span{ks.Start, max(vs.End, ks.End)},
			Empty: strings.TrimSpace(v.Value) == "",
		})
		return
	}
	if !p.addField(label, v.Value, ks, vs) {
		p.zoneRow(label, v.Value) // "timezone: America/Chicago"
	}
}

// scalarSpan returns the bytes of a scalar of the front matter, which
// ends at end: between the quotes of a quoted scalar (escapes make the
// value differ from them), the first line of a block scalar, and a plain
// scalar without an anchor, a tag or a comment around it.
func (p *parser) scalarSpan(n *yaml.Node, base, end int) Span {
	s := p.offsetOf(base, n.Line, n.Column)
	line := string(bytes.TrimRight(p.src[s:min(lineEnd(p.src, s), end)], " \t\r"))
	switch {
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		q := strings.IndexAny(line, `"'`)
		if q < 0 {
			break
		}
		s += q + 1
		return Span{s, closingQuote(p.src[:end], s, line[q])}
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		first, _, _ := strings.Cut(n.Value, "\n")
		if i := strings.Index(string(p.src[s:end]), first); first != "" && i >= 0 {
			return Span{s + i, s + i + len(first)}
		}
	default:
		if i := strings.Index(line, n.Value); n.Value != "" && i >= 0 {
			return Span{s + i, s + i + len(n.Value)}
		}
	}
	return Span{s, s + len(line)}
}

// closingQuote returns the offset of the quote that closes a scalar
// opened before start, or len(src) when there is none.
func closingQuote(src []byte, start int, quote byte) int {
	for i := start; i < len(src); i++ {
		switch {
		case quote == '"' && src[i] == '\\':
			i++
		case quote == '\'' && src[i] == '\'' && i+1 < len(src) && src[i+1] == '\'':
			i++
		case src[i] == quote:
			return i
		}
	}
	return len(src)
}

// offsetOf turns a yaml line and column (1-based, relative to base) into
// a byte offset of the source.
func (p *parser) offsetOf(base, line, col int) int {
	l := p.doc.Line(base) + line - 1
	s := p.doc.LineSpan(l)
	off := s.Start
	for c := 1; c < col && off < s.End; c++ {
		off += runeLen(p.src[off])
	}
	return off
}

func runeLen(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case b>>5 == 0x6:
		return 2
	case b>>4 == 0xe:
		return 3
	}
	return 4
}
