package postmortem

import (
	"slices"
	"strings"
)

// severityTokenRe is a severity written as a token in a title, an
// opening line or the summary: "[SEV-2]", "Sev 1", "SEV0", a tracker's
// scoped label "severity::2".
var severityTokenRe = lazyRe(`(?i)\bsev(?:erity)?(?:[ \-_]?|::)[0-5]\b`)

// summaryKeys are the sections that say what the incident was, whose
// text may rate it: "This was a SEV-2 incident".
var summaryKeys = []string{"short_summary", "description", "impact"}

// proseSeverity reads the severity a title, the lines above the first
// section or the summary names as a token, where no field and no
// timeline entry gives it: a facilitator reads "# [SEV-2] Checkout
// errors" and "We declared a Sev 1 at 14:10" as the incident's rating.
func (p *parser) proseSeverity() {
	if _, ok := p.doc.Field(FieldSeverity); ok {
		return
	}
	if p.severityIn(p.doc.TitleSpan, "Severity (from the title)", false) || p.severityIn(p.openingSpan(), "Severity (from the opening lines)", true) {
		return
	}
	for i, s := range p.doc.Sections {
		span := s.Span // its end is settled later: up to the next heading
		if i+1 < len(p.doc.Sections) {
			span.End = min(span.End, p.doc.Sections[i+1].HeadingSpan.Start)
		}
		if slices.Contains(summaryKeys, s.Key) && p.severityIn(span, "Severity (from the summary)", false) {
			return
		}
	}
}

// openingSpan is the text between the title and the first section.
func (p *parser) openingSpan() Span {
	from := max(p.doc.TitleSpan.End, 0)
	to := len(p.src)
	if len(p.doc.Sections) > 0 {
		to = p.doc.Sections[0].HeadingSpan.Start
	}
	if to <= from {
		return Span{-1, -1}
	}
	return Span{from, to}
}

// severityIn notes the first severity token of span as the severity
// field, and reports whether there was one. A token on a line that
// offers several ("SEV1 / SEV2 / SEV3") is a template's choice, not a
// rating; in the lines above the first section (listed says so), a tag
// in code counts on a line of short items, a status line or a line of
// badges ("`SEV0` `resolved`"), not in a sentence about the tags ("we
// tag these `sev-4` when unsure").
func (p *parser) severityIn(span Span, label string, listed bool) bool {
	if !span.Valid() {
		return false
	}
	text := p.doc.Text(span)
	if !containsFold(text, "sev") {
		return false
	}
	for _, m := range severityTokenRe.FindAllStringIndex(text, -1) {
		line, at := lineAround(text, m[0])
		if severityChoices(line) || listed && inCode(line[:at]) && !shortItems(line) {
			continue
		}
		value := strings.ReplaceAll(text[m[0]:m[1]], "::", " ")
		p.inferSeverity(Field{Key: FieldSeverity, Label: label, Value: value, Span: Span{span.Start + m[0], span.Start + m[1]}, Inferred: true})
		return true
	}
	return false
}

// lineAround is the line of text that holds the byte at i, and where
// in the line that byte stands.
func lineAround(text string, i int) (string, int) {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return text[start:], i - start
	}
	return text[start : i+end], i - start
}

// inCode reports whether the end of before, a line's text up to a
// place, stands in a code span: an odd number of backticks before it.
func inCode(before string) bool {
	return strings.Count(before, "`")%2 == 1
}

// severityChoices reports a line that names more than one severity.
func severityChoices(line string) bool {
	seen := ""
	for _, m := range severityTokenRe.FindAllStringIndex(line, -1) {
		n := NormalizeSeverity(strings.ReplaceAll(line[m[0]:m[1]], "::", " "))
		if seen != "" && n != seen {
			return true
		}
		seen = n
	}
	return false
}

// shortItems reports a line whose parts between separators (a middle
// dot, a bar, a comma, a semicolon, a bullet, a slash or a code span's
// backticks) are each three words at most: a line of items, not a
// sentence.
func shortItems(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("·|,;•/`", r) })
	for _, part := range parts {
		if len(strings.Fields(part)) > 3 {
			return false
		}
	}
	return true
}
