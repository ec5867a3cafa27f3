package lint

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Linter runs the rules. It is safe for concurrent use.
type Linter struct {
	opt   Options
	rules []rule
	info  map[string]RuleInfo
	lang  *languageChecker
}

// rule checks one aspect of a document and reports through c.
type rule func(c *checker)

// New returns a linter with the given options.
func New(opt Options) *Linter {
	l := &Linter{opt: opt, info: map[string]RuleInfo{}, lang: newLanguageChecker(opt)}
	for _, r := range Rules() {
		l.info[r.ID] = r
	}
	l.rules = l.ruleFuncs()
	return l
}

// Rules describes every rule, sorted by id.
func Rules() []RuleInfo {
	var all []RuleInfo
	for _, set := range ruleSets {
		all = append(all, set...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// ruleSets are the rule descriptions of each family; files add theirs
// in init.
var ruleSets [][]RuleInfo

// Lint checks a document and returns its findings in source order.
func (l *Linter) Lint(d *postmortem.Document) []Finding {
	c := &checker{l: l, doc: d, template: stillTemplate(d) && skeleton(d)}
	c.suppress = suppressions(d)
	for _, r := range l.rules {
		r(c)
	}
	slices.SortStableFunc(c.out, func(a, b Finding) int { // not sort.SliceStable, whose swaps go through reflection
		if a.Offset != b.Offset {
			return cmp.Compare(a.Offset, b.Offset)
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return c.out
}

// checker collects the findings of one run.
type checker struct {
	l        *Linter
	doc      *postmortem.Document
	suppress *suppressor
	out      []Finding

	emptyTimeline bool // the empty timeline was reported
	template      bool // the document is still a template (stillTemplate)
}

// report records a finding on the bytes of span, unless the rule is off
// or suppressed there.
func (c *checker) report(id string, span postmortem.Span, msg string, fix *string) {
	sev, on := c.l.severity(id)
	if !on || c.suppress.covers(c.doc, id, span.Start) {
		return
	}
	f := Finding{Rule: id, Severity: sev, Offset: span.Start, End: max(span.End, span.Start), Message: msg, Fix: fix}
	f.Line, f.Column = c.doc.Position(f.Offset)
	f.EndLine, f.EndColumn = c.doc.Position(max(f.Offset, f.End-1))
	if fix != nil {
		f.Suggestion = suggestion(c.doc, f)
	}
	c.out = append(c.out, f)
}

// severity returns a rule's severity and whether it is on.
func (l *Linter) severity(id string) (Severity, bool) {
	fam, _, _ := strings.Cut(id, "/")
	if l.opt.Disabled[id] || l.opt.Disabled[fam] {
		return 0, false
	}
	if s, ok := l.opt.Severity[id]; ok {
		return s, true
	}
	if s, ok := l.opt.Severity[fam]; ok {
		return s, true
	}
	return l.info[id].Severity, true
}

// suggestionMax is the most bytes of lines a suggestion rewrites. A
// longer one could not be posted (GitHub takes at most 65,536 characters
// in a comment or an annotation's details), and is no help to a reader:
// the message still says what to change. Without it, each finding in one
// line of many clauses would copy the whole line.
const suggestionMax = 8 << 10

// suggestion rewrites the whole lines a finding covers with its fix, or
// is "" where they are longer than suggestionMax.
func suggestion(d *postmortem.Document, f Finding) string {
	first, last := d.LineSpan(f.Line), d.LineSpan(f.EndLine)
	if last.End-first.Start > suggestionMax {
		return ""
	}
	src := d.Source
	return string(src[first.Start:f.Offset]) + *f.Fix + string(src[f.End:max(last.End, f.End)])
}

// startSpan is where findings about the document as a whole go: its
// title, or the first line.
func (c *checker) startSpan() postmortem.Span {
	if c.doc.TitleSpan.Valid() {
		return c.doc.TitleSpan
	}
	return c.doc.LineSpan(1)
}
