package lint

import (
	"strings"
	"testing"
)

// partCases are the parts each open action carries, as written in a
// task-list item, and the rule that asks for each.
var partCases = []struct{ rule, written string }{
	{ruleNoOwner, "owner: @dana"},
	{ruleNoDue, "due: 2026-12-01"},
	{ruleNoPriority, "priority: P2"},
}

// partsList writes a document whose action list has one item per
// title; the parts of item i are those for which keep(i) is true.
func partsList(titles []string, part string, keep func(i int) bool) string {
	var b strings.Builder
	b.WriteString("# Queue stall\n\nDate: 2026-11-02\n\n## Action items\n\n")
	for i, title := range titles {
		fields := []string{}
		for _, p := range partCases {
			if p.written != part || keep(i) {
				fields = append(fields, p.written)
			}
		}
		b.WriteString("- [ ] " + title + " — " + strings.Join(fields, ", ") + "\n")
	}
	return b.String()
}

var partTitles = []string{"Add a queue-depth alert at 10,000 messages", "Cap consumer retries at 5", "Test restores from the nightly backup", "Page on disk use above 90%"}

func findingsOf(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// When no open action has an owner, a due date or a priority, one
// finding on the action list says so; the other parts are still asked
// for nothing.
func TestPartMissingFromEveryAction(t *testing.T) {
	for _, p := range partCases {
		src := partsList(partTitles, p.written, func(int) bool { return false })
		fs := lintText(t, DefaultOptions(), src)
		got := findingsOf(fs, p.rule)
		if len(got) != 1 {
			t.Errorf("%s: %d findings, want one for the list:%s", p.rule, len(got), describe(fs))
			continue
		}
		if line := strings.Split(src, "\n")[got[0].Line-1]; line != "## Action items" {
			t.Errorf("%s: on line %d %q, want the action list's heading", p.rule, got[0].Line, line)
		}
		if want := "None of the 4 open action items"; !strings.HasPrefix(got[0].Message, want) {
			t.Errorf("%s: %q, want it to start %q", p.rule, got[0].Message, want)
		}
		for _, o := range partCases {
			if o.rule != p.rule && len(findingsOf(fs, o.rule)) > 0 {
				t.Errorf("%s missing: got %s too:%s", p.rule, o.rule, describe(fs))
			}
		}
	}
}

// When some open actions have a part and others lack it, each that lacks
// it gets its own finding, on its line and naming it.
func TestPartMissingFromSomeActions(t *testing.T) {
	for _, p := range partCases {
		src := partsList(partTitles, p.written, func(i int) bool { return i == 2 })
		got := findingsOf(lintText(t, DefaultOptions(), src), p.rule)
		if len(got) != len(partTitles)-1 {
			t.Errorf("%s: %d findings, want %d, one per item without it", p.rule, len(got), len(partTitles)-1)
			continue
		}
		lines := strings.Split(src, "\n")
		for _, f := range got {
			line := lines[f.Line-1]
			if !strings.HasPrefix(line, "- [ ] ") || strings.Contains(line, p.written) || !strings.Contains(f.Message, strings.TrimSuffix(strings.TrimPrefix(line, "- [ ] "), line[strings.Index(line, " — "):])) {
				t.Errorf("%s: line %d %q: %s", p.rule, f.Line, line, f.Message)
			}
		}
	}
}

// A single open action without a part is named: a list of one is that
// action. Done actions and template placeholders are not counted among
// the open ones.
func TestPartMissingFromTheOnlyOpenAction(t *testing.T) {
	for _, p := range partCases {
		src := partsList(partTitles[:1], p.written, func(int) bool { return false }) +
			"- [x] Roll back the consumer config\n- [ ] <Action>\n"
		got := findingsOf(lintText(t, DefaultOptions(), src), p.rule)
		if len(got) != 1 || !strings.Contains(got[0].Message, partTitles[0]) || got[0].Line != 7 {
			t.Errorf("%s: got %+v, want one finding on line 7 naming %q", p.rule, got, partTitles[0])
		}
	}
}

// The finding on the whole list sits on the heading of the section that
// holds the first open action, which need not be the first section that
// reads as an action list.
func TestPartSummaryOnTheFirstActionsSection(t *testing.T) {
	src := "# Queue stall\n\nDate: 2026-11-02\n\n## Follow-up\n\n### Done during the incident\n\n- [x] Roll back the consumer config\n\n" +
		"### Next\n\n- [ ] Cap consumer retries at 5 — owner: @dana, priority: P1\n- [ ] Test restores weekly — owner: @lee, priority: P2\n"
	got := findingsOf(lintText(t, DefaultOptions(), src), ruleNoDue)
	if len(got) != 1 || got[0].Line != 11 {
		t.Fatalf("got %+v, want one finding on line 11 (### Next)", got)
	}
}

// An owner that is not a login and a due date that cannot be read are
// still reported on each action: they are not missing, and each needs
// its own correction.
func TestWrongPartsStayOnEachAction(t *testing.T) {
	src := "# Queue stall\n\nDate: 2026-11-02\n\n## Action items\n\n" +
		"- [ ] Cap consumer retries at 5 — owner: Dana Smith, due: 2026-13-45, priority: P1\n" +
		"- [ ] Test restores weekly — owner: Lee Wong, due: 2026-02-30, priority: P2\n"
	fs := lintText(t, DefaultOptions(), src)
	for _, rule := range []string{ruleOwnerNotLogin, ruleBadDue} {
		if got := findingsOf(fs, rule); len(got) != 2 || got[0].Line != 7 || got[1].Line != 8 {
			t.Errorf("%s: got %+v, want lines 7 and 8", rule, got)
		}
	}
}

// A list led by a bold label ("**Action items**:") has its finding on
// the label.
func TestPartSummaryOnABoldLabel(t *testing.T) {
	src := "# Queue stall\n\n**Date**: 2026-11-02\n\n**Action items**:\n\n| Action | Owner |\n|---|---|\n| Cap consumer retries at 5 | @dana |\n| Test restores weekly | @lee |\n"
	got := findingsOf(lintText(t, DefaultOptions(), src), ruleNoDue)
	if len(got) != 1 || got[0].Line != 5 {
		t.Fatalf("got %+v, want one finding on line 5 (**Action items**:)", got)
	}
}
