package lint

import (
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// directive is "postmortem-bot: ignore RULE..." or "postmortem-bot:
// ignore-file RULE...".
const directive = "postmortem-bot:"

// suppressor knows which rules are switched off where by comments.
type suppressor struct {
	lines map[int][]string // line -> rule ids or families ("" for all)
	file  []string
}

// suppressions reads the document's directives. "ignore" covers the
// next line that is not blank (or the rest of the comment's own line when
// text precedes the comment on it); "ignore-file" covers the document.
func suppressions(d *postmortem.Document) *suppressor {
	s := &suppressor{lines: map[int][]string{}}
	for _, cm := range d.Comments {
		verb, rules, ok := parseDirective(cm.Text)
		if !ok {
			continue
		}
		if verb == "ignore-file" {
			s.file = append(s.file, rules...)
			continue
		}
		line := targetLine(d, cm)
		s.lines[line] = append(s.lines[line], rules...)
	}
	return s
}

func parseDirective(text string) (verb string, rules []string, ok bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), directive)
	if !ok {
		return "", nil, false
	}
	f := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	if len(f) == 0 || (f[0] != "ignore" && f[0] != "ignore-file") {
		return "", nil, false
	}
	if len(f) == 1 {
		return f[0], []string{""}, true
	}
	return f[0], f[1:], true
}

// targetLine is the line an ignore comment covers.
func targetLine(d *postmortem.Document, cm postmortem.Comment) int {
	line := d.Line(cm.Span.Start)
	ls := d.LineSpan(line)
	if strings.TrimSpace(d.Text(postmortem.Span{Start: ls.Start, End: cm.Span.Start})) != "" {
		return line // a trailing comment covers its own line
	}
	for l := d.Line(cm.Span.End) + 1; l <= d.LineCount(); l++ {
		if strings.TrimSpace(d.Text(d.LineSpan(l))) != "" {
			return l
		}
	}
	return line
}

// covers reports whether rule id is suppressed at a byte offset.
func (s *suppressor) covers(d *postmortem.Document, id string, offset int) bool {
	return matchAny(s.file, id) || matchAny(s.lines[d.Line(offset)], id)
}

func matchAny(rules []string, id string) bool {
	for _, r := range rules {
		r = strings.TrimSuffix(r, "/*")
		if r == "" || r == id || strings.HasPrefix(id, r+"/") {
			return true
		}
	}
	return false
}
