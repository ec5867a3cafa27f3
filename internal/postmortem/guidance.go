package postmortem

import (
	"bytes"
	"strings"
)

// A section of a template left unfilled holds the template's guidance,
// in italics, and a slot for the answer, a variable the tool would fill:
//
//	## Summary
//
//	*Summarize the incident in two or three sentences: what broke,
//	who was affected, for how long.*
//
//	{{incident.summary}}
//
// It is empty. An italic paragraph alone ("_No customer impact._") is
// an answer, so a slot must be there.

// guidanceOnly reports a section body of italic paragraphs and at least
// one paragraph of template slots, a slot or a bullet of one a line.
func guidanceOnly(body []byte) bool {
	if !bytes.Contains(body, []byte("{{")) {
		return false // no slot
	}
	slots := false
	for _, para := range bytes.Split(body, []byte("\n\n")) {
		t := bytes.TrimSpace(para)
		switch {
		case len(t) == 0 || t[0] == '#' || len(bytes.Trim(t, "-*_ ")) == 0: // a heading, a rule
		case italicParagraph(t):
		case slotLines(t):
			slots = true
		default:
			return false
		}
	}
	return slots
}

// italicParagraph reports a paragraph wholly in single emphasis.
func italicParagraph(t []byte) bool {
	c := t[0]
	return len(t) > 2 && (c == '*' || c == '_') && t[1] != c && t[len(t)-1] == c && t[len(t)-2] != c
}

// slotLines reports a paragraph whose every line is a template variable,
// alone or as a bullet: "{{incident.summary}}", "- {{step}}".
func slotLines(t []byte) bool {
	for _, line := range bytes.Split(t, []byte("\n")) {
		l := bytes.TrimSpace(line)
		l = bytes.TrimSpace(bytes.TrimLeft(l, "-*+"))
		if !bytes.HasPrefix(l, []byte("{{")) || !bytes.HasSuffix(l, []byte("}}")) || bytes.Contains(l[2:len(l)-2], []byte("}}")) {
			return false
		}
	}
	return true
}

// choiceGuidance reports a field's value left as the template's guidance
// on filling it: an instruction to choose ("_pick one: P1 / P2 / P3 /
// P4 — see the severity guide_") or, for the severity, the choices
// themselves ("SEV1 / SEV2 / SEV3 / SEV4"). The field is not given.
func choiceGuidance(key, value string) bool {
	i := 0
	for i < len(value) && (value[i] == ' ' || value[i] == '*' || value[i] == '_') {
		i++
	}
	v := value[i:]
	if v == "" {
		return false
	}
	if c := v[0] | 0x20; c == 'p' || c == 'c' || c == 's' { // what choiceLeads open with
		for _, lead := range choiceLeads {
			if foldPrefix(v, lead) {
				return true
			}
		}
	}
	return key == FieldSeverity && choiceList(v)
}

// choiceLeads open a template's instruction to choose a value.
var choiceLeads = []string{"pick one", "choose one", "select one", "pick from", "choose from", "select from"}

// choiceList reports a value of three or more short choices between
// slashes or bars: "P1 / P2 / P3 / P4", "High | Medium | Low".
func choiceList(v string) bool {
	if strings.Count(v, "/")+strings.Count(v, "|") < 2 {
		return false
	}
	parts := strings.FieldsFunc(strings.TrimRight(v, " *_"), func(r rune) bool { return r == '/' || r == '|' })
	for _, p := range parts {
		if t := strings.TrimSpace(p); t == "" || len(t) > 12 || strings.Contains(t, " ") {
			return false
		}
	}
	return len(parts) >= 3
}
