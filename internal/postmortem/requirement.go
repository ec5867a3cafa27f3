package postmortem

import "github.com/yuin/goldmark/ast"

// A review written as a standard states its actions as numbered
// requirements in the key words of RFC 2119, each with its owner:
//
//	R1. The gateway MUST NOT acknowledge a reading before it is stored.
//	    Owner: @sanne-v. Target: 2026-12-15.
//
// Such a paragraph is an action wherever it stands, and the section that
// holds it, when it has no kind of its own, is the action section.

// requirementIDRe is a requirement's id opening it: "R1. ", "REQ-2: ".
var requirementIDRe = lazyRe(`^(?:R|REQ-?)\d{1,3}[.:)]\s+`)

// requirementWordRe is a key word of RFC 2119 as a requirement writes
// it, in capitals.
var requirementWordRe = lazyRe(`\b(?:MUST|SHALL|SHOULD|REQUIRED)\b`)

// mayOpenRequirement is the quick test of requirementIDRe: "R" and a
// digit, or "RE", open b.
func mayOpenRequirement(b []byte) bool {
	return len(b) >= 4 && b[0] == 'R' && (isDigit(b[1]) || b[1] == 'E')
}

// requirement reads a paragraph that states a numbered requirement as an
// action, and reports whether it did.
func (p *parser) requirement(n ast.Node) bool {
	span := linesSpan(n)
	if !span.Valid() || p.inRecord() {
		return false
	}
	b := p.src[span.Start:span.End]
	if !mayOpenRequirement(b) {
		return false
	}
	id := requirementIDRe.FindIndex(b)
	if id == nil || !requirementWordRe.Match(b[id[1]:]) {
		return false
	}
	key, name := p.sectionKey()
	switch key {
	case "remediation":
	case "":
		if s := p.openSection(); s != nil {
			s.Key, name = "remediation", s.Name
		}
	default:
		return false
	}
	p.readAction(Span{span.Start + id[1], span.End}, name)
	return true
}
