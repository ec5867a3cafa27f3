package postmortem

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"
)

// frontMatter finds YAML front matter at the start of src and returns the
// end of its closing delimiter line, or 0 when there is none.
func frontMatter(src []byte) int {
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
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
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			continue
		}
		p.frontMatterField(k, v, first)
	}
	return nil
}

func (p *parser) frontMatterField(k, v *yaml.Node, base int) {
	ks := p.offsetOf(base, k.Line, k.Column)
	vs := p.offsetOf(base, v.Line, v.Column)
	ve := vs + len(p.src[vs:lineEnd(p.src, vs)])
	raw := string(bytes.TrimRight(p.src[vs:ve], " \t\r"))
	if v.Style == 0 && raw != v.Value {
		// A plain scalar may carry a trailing comment; keep the value.
		ve = vs + len(v.Value)
	}
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		vs, ve = vs+1, vs+1+len(v.Value)
	}
	label := k.Value
	if label == "title" {
		p.doc.Title, p.doc.TitleSpan = v.Value, Span{vs, ve}
		return
	}
	p.addField(label, v.Value, Span{ks, ks + len(k.Value)}, Span{vs, max(vs, ve)})
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
