package postmortem

import "strings"

// qualifierMarks part a heading's name from words that narrow it:
// "Actions — this month", "Follow-ups: next quarter". Words in
// parentheses are left out: "Actions (newest first)" heads a ticket's
// log of what was done to it.
var qualifierMarks = []string{" — ", " – ", " - ", ": "}

// qualifiedActions reports a heading whose name, before a dash or a
// colon, is exactly a name of the action list: the words after it say
// which part of the list follows ("Actions — before the spring list"),
// not another section.
func (p *parser) qualifiedActions(name string) bool {
	for _, m := range qualifierMarks {
		i := strings.Index(name, m)
		if i > 0 && lookupNormal(p.sections, name[:i]) == "remediation" {
			return true
		}
	}
	return false
}
