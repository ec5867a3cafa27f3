package postmortem

import (
	"regexp"
	"strings"
	"sync"
)

// Fields a document states only inside its timeline's entries: the
// severity the incident was declared at ("declared Sev1", "Sev 2 ticket
// raised") and who led it ("Kim takes the incident commander role",
// "assigned to @kim as IC", "Lee was assigned to the investigation").
// They are read only where no field gives them, and marked Inferred.

// eventSeverityRe: "Sev1", "SEV-2", "sev 1", "severity 3".
var eventSeverityRe = lazyRe(`(?i)\bsev(?:erity)?[ \-]?([0-5])\b`)

const (
	leadName = `(@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)`
	leadRole = `(?:(?i:incident\s+(?:manager|commander|lead(?:er)?|owner|coordinator))|IC\b)`
)

// eventLeadRes name the lead of an entry, in the first group.
var eventLeadRes = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		// "Kim takes the incident commander role", "Kim is IC".
		regexp.MustCompile(leadName + `\s+(?i:takes|took|is|was|becomes|became|steps\s+in\s+as|acts\s+as)\s+(?i:(?:on\s+)?(?:the\s+|an?\s+)?(?:role\s+of\s+)?)` + leadRole),
		// "incident manager (Kim Lee) appointed", "IC: @kim".
		regexp.MustCompile(leadRole + `\s*(?:\(|:|-|–|is\s+|was\s+|now\s+)\s*` + leadName),
		// "assigned to @kim as IC", "appointed Kim as incident manager".
		regexp.MustCompile(`(?i:assigned|handed|appointed|named)\s+(?i:to\s+)?` + leadName + `\s+(?i:as)\s+(?i:the\s+)?` + leadRole),
		// "Lee was assigned to the investigation".
		regexp.MustCompile(leadName + `\s+(?i:was|is|has\s+been|got|gets)\s+(?i:assigned|appointed)\s+(?i:to|for|as)\s+(?i:the\s+)?(?i:investigation|incident\b|` + leadRole + `)`),
		// "investigation assigned to @lee".
		regexp.MustCompile(`(?i:investigation|incident)\s+(?i:(?:was|is)\s+)?(?i:assigned\s+to)\s+` + leadName),
	}
})

// leadNeedles are what every entry naming a lead holds.
var leadNeedles = []string{"incident", "assign", "appoint", "IC", "call", "DRI", "lead"}

// timelineFields reads the severity and the lead from the timeline's
// entries, where no field gives them.
func (p *parser) timelineFields() {
	if len(p.doc.Events) == 0 {
		return
	}
	if _, ok := p.doc.Field(FieldSeverity); !ok {
		p.eventSeverity()
	}
	if _, ok := p.doc.Field(FieldContact); !ok && !p.eventLead() {
		p.claimLead()
	}
}

func (p *parser) eventSeverity() {
	for _, e := range p.doc.Events {
		if !containsFold(e.Text, "sev") {
			continue
		}
		if m := eventSeverityRe.FindString(e.Text); m != "" {
			p.inferSeverity(Field{Key: FieldSeverity, Label: "Severity (from the timeline)", Value: m, Span: p.eventSpan(e, m), Inferred: true})
			return
		}
	}
}

func (p *parser) eventLead() bool {
	for _, e := range p.doc.Events {
		if !mayNameLead(e.Text) {
			continue
		}
		for _, re := range eventLeadRes() {
			if m := re.FindStringSubmatch(e.Text); m != nil && !leadStopWords[strings.ToLower(m[1])] {
				p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "Incident lead (from the timeline)", Value: m[1], Span: p.eventSpan(e, m[1]), Inferred: true})
				return true
			}
		}
		if m := firstGroup(roleNamedRe.FindStringSubmatchIndex(e.Text)); m != nil && !proseStopWord(e.Text[m[2]:m[3]]) {
			name := e.Text[m[2]:m[3]]
			p.doc.Fields = append(p.doc.Fields, Field{Key: FieldContact, Label: "Incident lead (from the timeline)", Value: name, Span: p.eventSpan(e, name), Inferred: true})
			return true
		}
	}
	return false
}

// leadStopWords are capitalised words that open an entry without naming anyone.
var leadStopWords = map[string]bool{"the": true, "an": true, "a": true, "this": true, "it": true, "that": true, "then": true, "who": true, "nobody": true, "someone": true}

func mayNameLead(s string) bool {
	for _, w := range leadNeedles {
		if w == "IC" && strings.Contains(s, w) || w != "IC" && containsFold(s, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case ASCII word w in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// eventSpan finds text in the source at or after the entry's time, or
// falls back to the time's span.
func (p *parser) eventSpan(e Event, text string) Span {
	from := max(e.Span.Start, 0)
	end := min(len(p.doc.text), from+4096)
	if i := strings.Index(p.doc.text[from:end], text); i >= 0 {
		return Span{from + i, from + i + len(text)}
	}
	return e.Span
}
