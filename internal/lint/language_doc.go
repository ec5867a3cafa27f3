package lint

import (
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func init() { ruleSets = append(ruleSets, languageRules) }

// checkLanguage runs the language rules over the prose people wrote
// about what happened: headings, labels, table headers, timeline times
// and quoted material are not sentences about people.
func checkLanguage(c *checker) {
	people := peopleOf(c.doc)
	for _, pr := range c.doc.Prose {
		if !pr.Sentence() {
			continue
		}
		for _, m := range c.l.lang.check(pr.Text, people) {
			span := postmortem.Span{Start: pr.Offset(m.Start), End: pr.End(m.End)}
			c.report(m.Rule, span, m.Message, sourceFix(c.doc, pr, span, m))
		}
	}
}

// sourceFix keeps a rewrite only where the flagged source bytes are the
// text the checker saw (no emphasis marks or line breaks in between), so
// applying it to the source gives the sentence the checker meant.
func sourceFix(d *postmortem.Document, pr postmortem.Prose, span postmortem.Span, m langMatch) *string {
	if m.Replace == nil || d.Text(span) != pr.Text[m.Start:m.End] {
		return nil
	}
	return m.Replace
}

// peopleOf collects the logins and names the document mentions in its
// metadata and as owners, lower-cased, for the person-as-cause rule.
func peopleOf(d *postmortem.Document) map[string]bool {
	people := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == ' ' || r == '/' }) {
			if w = strings.ToLower(strings.Trim(w, "@*_`()")); w != "" && w != "and" {
				people[w] = true
			}
		}
	}
	for _, f := range d.Fields {
		switch f.Key {
		case postmortem.FieldContact, postmortem.FieldCreatedBy, postmortem.FieldFacilitatedBy:
			add(f.Value)
		}
	}
	for _, a := range d.Actions {
		add(a.Owner)
	}
	return people
}
