package postmortem

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// plainTitle reads a first line written as a title without a heading's
// mark ("Permit renewals charged but not issued (Tue 10 March)") as the
// title, where no level-one heading is the title: the document has none,
// or its level-one headings are its sections. The line is short, ends no
// sentence, is no field and has a blank line after it.
func (p *parser) plainTitle(root ast.Node) {
	first, ok := root.FirstChild().(*ast.Paragraph)
	if !ok || first.Lines().Len() != 1 || !p.h1Sections && hasH1(root) {
		return
	}
	span := linesSpan(first)
	if !span.Valid() || !blankLineAfter(p.src, span.End) {
		return
	}
	t := strings.TrimSpace(p.doc.Text(span))
	if !titleLike(t) {
		return
	}
	if label, _, found := strings.Cut(t, ":"); found && p.fieldKey(label) != "" {
		return // "Date: 2026-03-10" is a field
	}
	p.doc.Title, p.doc.TitleSpan = t, span
	p.titleNode = first
}

// planNoTitle takes back a first line read as the title where it is an
// action, a plan stated as a sentence ("we will add an alert"): the
// line is work to track, and its issue number, written after it on
// merge, would change the title.
func (p *parser) planNoTitle() {
	if p.titleNode == nil { // set by plainTitle alone, with the title's span
		return
	}
	for _, a := range p.doc.Actions {
		if a.Span.Start < p.doc.TitleSpan.End && p.doc.TitleSpan.Start < a.Span.End {
			p.doc.Title, p.doc.TitleSpan, p.titleNode = "", Span{}, nil
			return
		}
	}
}

// hasH1 reports whether a document has a level-one heading.
func hasH1(root ast.Node) bool {
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level == 1 {
			return true
		}
	}
	return false
}

// titleLike reports a line that may be a title: a few words opening
// with a letter or a figure, without a sentence's end.
func titleLike(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) || utf8.RuneCountInString(t) > 100 {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?:;,") && !strings.Contains(t, ". ")
}

// blankLineAfter reports whether the line after the one ending at end
// is blank, or there is none.
func blankLineAfter(src []byte, end int) bool {
	i := end
	for i < len(src) && src[i] != '\n' {
		i++
	}
	for i++; i < len(src) && src[i] != '\n'; i++ {
		if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
			return false
		}
	}
	return true
}

// reviewSentence reports a date at i in text that a sentence gives as
// the review's day ("Reviewed with Finance on Thursday 12 March", "The
// retro was held on 4 May"): it names the review before the date.
func reviewSentence(text string, i int) bool {
	start := strings.LastIndex(text[:i], ". ") + 1
	lower := strings.ToLower(text[start:i])
	return strings.Contains(lower, "review") || strings.Contains(lower, "retro")
}

// titleDayInWrittenYear reads the day a title names without its year
// ("(Tue 10 March)") in the year of the document's dates (a notes
// tool's metadata, "created_time: 2026-03-11T17:42:09Z"), on or before
// the earliest of them.
func (p *parser) titleDayInWrittenYear() (time.Time, bool) {
	if p.titleDay == "" {
		return time.Time{}, false
	}
	if t, ok := p.dayInDocumentYear(p.titleDay); ok {
		return t, true
	}
	written := p.writtenDay(false)
	if written.IsZero() {
		return time.Time{}, false
	}
	t, ok := dayInYear(strings.TrimSpace(p.titleDay), written.Year())
	if ok && t.After(written) {
		t = t.AddDate(-1, 0, 0)
	}
	return t, ok
}
