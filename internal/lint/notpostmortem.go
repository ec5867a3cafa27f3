package lint

import (
	"slices"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// ruleNotPostmortem is the notice on a Markdown file, found under a
// directory, that holds nothing of a post-mortem.
const ruleNotPostmortem = "content/not-postmortem"

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleNotPostmortem, Notice, "A Markdown file found under a directory holds nothing of a post-mortem, and was not reviewed as one.",
			"A folder of post-mortems also holds notes, source lists and contributing guides; reporting every field of those missing buries the findings that matter."},
	})
}

// LintFound lints a file found by walking a directory, not named by the
// user: a titled document with none of a post-mortem's fields, sections,
// timeline or actions (a list of sources, a contributing guide) gets one
// content/not-postmortem notice instead of a review. An empty or untitled
// file is reviewed: it may be a post-mortem not yet written. With the
// rule off, every file is reviewed.
func (l *Linter) LintFound(src []byte, popt postmortem.Options) []Finding {
	fs, d := l.LintSource(src, popt)
	if d == nil || d.Title == "" || postmortemLike(d) {
		return fs
	}
	sev, on := l.severity(ruleNotPostmortem)
	if !on {
		return fs
	}
	return []Finding{{Rule: ruleNotPostmortem, Severity: sev, Line: 1, Column: 1, EndLine: 1, EndColumn: 1,
		Message: "The file has none of a post-mortem's fields, sections, timeline or action items, so it was not reviewed as one: name it on the command line to review it, or list it under exclude."}}
}

// postmortemLike reports whether a document holds anything a post-mortem
// holds: a field, a section of a known meaning (an opening paragraph,
// which any document has, is not one), a timeline entry, an action or a
// recorded step.
func postmortemLike(d *postmortem.Document) bool {
	if len(d.Fields)+len(d.Times)+len(d.Events)+len(d.Actions)+len(d.Steps) > 0 {
		return true
	}
	return slices.ContainsFunc(d.Sections, knownSection) || slices.ContainsFunc(d.MetaSections, knownSection)
}

// knownSection reports whether a section has a known meaning other than
// the opening paragraph, which any document has.
func knownSection(s postmortem.Section) bool { return s.Key != "" && s.Form != "intro" }
