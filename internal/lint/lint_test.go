package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func lintText(t *testing.T, opt Options, src string) []Finding {
	t.Helper()
	d, err := postmortem.Parse([]byte(src), postmortem.Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return New(opt).Lint(d)
}

// has reports whether findings hold rule at line.
func has(fs []Finding, rule string, line int) bool {
	for _, f := range fs {
		if f.Rule == rule && (line == 0 || f.Line == line) {
			return true
		}
	}
	return false
}

func describe(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n  %d:%d %s %s", f.Line, f.Column, f.Rule, f.Message)
	}
	return b.String()
}

// sampleExpectations are the findings the author of each sample wrote it
// to produce (testdata/postmortems/README.md), by rule and line.
var sampleExpectations = map[string][]struct {
	rule string
	line int
}{
	"blameful.md": {
		{"fields/empty", 6}, {"fields/untimed-event", 49}, {"actions/no-owner", 63},
		{"actions/no-due-date", 64}, {"actions/vague", 65}, {"actions/duplicate", 66},
	},
	"bare-times.md":    {{"timeline/order", 16}, {"timeline/no-zone", 17}, {"timeline/late-review", 5}},
	"placeholders.md":  {{"fields/placeholder", 1}, {"fields/placeholder", 6}, {"fields/placeholder", 8}, {"fields/empty", 37}, {"fields/empty", 51}, {"fields/placeholder", 47}},
	"pasted-logs.md":   {{"content/log-dump", 38}, {"content/stack-trace", 64}, {"content/log-dump", 98}},
	"no-actions.md":    {{"actions/none", 57}},
	"table-actions.md": {{"actions/no-owner", 67}},
}

// cleanSamples must lint without a finding.
var cleanSamples = []string{"clean-template.md", "front-matter.md", "unicode.md"}

func lintSample(t *testing.T, name string) []Finding {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "postmortems", name))
	if err != nil {
		t.Fatal(err)
	}
	fs, d := New(DefaultOptions()).LintSource(src, postmortem.Options{})
	if d == nil {
		t.Fatalf("%s did not parse: %s", name, describe(fs))
	}
	return fs
}

func TestSamples(t *testing.T) {
	for name, want := range sampleExpectations {
		fs := lintSample(t, name)
		for _, w := range want {
			if !has(fs, w.rule, w.line) {
				t.Errorf("%s: no %s on line %d; got:%s", name, w.rule, w.line, describe(fs))
			}
		}
	}
	for _, name := range cleanSamples {
		if fs := lintSample(t, name); len(fs) > 0 {
			t.Errorf("%s: got findings, want none:%s", name, describe(fs))
		}
	}
}

// TestEveryFamilyExplains: each finding on the samples says why, in one
// sentence, and its position lies in the document.
func TestEveryFindingIsExplained(t *testing.T) {
	families := map[string]bool{}
	for name := range sampleExpectations {
		for _, f := range lintSample(t, name) {
			families[f.Family()] = true
			if f.Message == "" || strings.Count(strings.ReplaceAll(strings.TrimSuffix(f.Message, "."), "e.g. ", ""), ". ") > 0 {
				t.Errorf("%s: %s message is not one sentence: %q", name, f.Rule, f.Message)
			}
			if f.Line < 1 || f.Column < 1 || f.EndLine < f.Line {
				t.Errorf("%s: %s bad position %d:%d-%d:%d", name, f.Rule, f.Line, f.Column, f.EndLine, f.EndColumn)
			}
		}
	}
	for _, fam := range []string{"fields", "timeline", "actions", "content"} {
		if !families[fam] {
			t.Errorf("no %s finding on any sample", fam)
		}
	}
}

const minimal = `# Queue backlog

| Meeting | Value |
| --- | --- |
| Date | 2026-11-03 |
| Contact | @alice |

| Incident | Value |
| --- | --- |
| Start Time | 2026-11-02 14:02 UTC |
| Detect Time | 2026-11-02 14:09 UTC |
| End Time | 2026-11-02 15:40 UTC |

> Severity: SEV2

## What happened
- 14:02 UTC The queue stopped draining.

## Remediation
- [ ] Add a queue-depth alert at 10,000 messages — owner: @dana, due: 2026-12-15, priority: P1

## Short Summary
The queue stopped draining for 98 minutes.
`

func TestMinimalIsClean(t *testing.T) {
	if fs := lintText(t, DefaultOptions(), minimal); len(fs) != 0 {
		t.Fatalf("got findings on a complete document:%s", describe(fs))
	}
}

func TestRules(t *testing.T) {
	cases := []struct {
		name, from, to string
		rule           string
		line           int
	}{
		{"missing contact", "| Contact | @alice |\n", "", "fields/missing", 1},
		{"placeholder date", "| Date | 2026-11-03 |", "| Date | <YYYY-MM-DD> |", "fields/placeholder", 5},
		{"untimed event", "- 14:02 UTC The queue", "- The queue", "fields/untimed-event", 17},
		{"detect before start", "14:09 UTC", "13:09 UTC", "timeline/order", 11},
		{"end before start across zones", "2026-11-02 15:40 UTC", "2026-11-02 15:40 CEST", "timeline/order", 12},
		{"no zone", "14:09 UTC |", "14:09 |", "timeline/no-zone", 11},
		{"unreadable", "2026-11-02 14:09 UTC", "yesterday afternoon", "timeline/unreadable", 11},
		{"late review", "2026-11-03", "2026-12-03", "timeline/late-review", 5},
		{"no owner", "owner: @dana, ", "", "actions/no-owner", 20},
		{"owner not a login", "@dana", "Dana Smith", "actions/owner-not-login", 20},
		{"no due date", "due: 2026-12-15, ", "", "actions/no-due-date", 20},
		{"bad due date", "due: 2026-12-15", "due: 2026-13-45", "actions/bad-due-date", 20},
		{"no priority", ", priority: P1", "", "actions/no-priority", 20},
		{"vague", "Add a queue-depth alert at 10,000 messages", "Improve monitoring", "actions/vague", 20},
		{"no actions", "- [ ] Add a queue-depth alert at 10,000 messages — owner: @dana, due: 2026-12-15, priority: P1\n", "", "actions/none", 19},
		{"duplicate", "priority: P1\n", "priority: P1\n- [ ] add a queue-depth ALERT at 10,000 messages — owner: @bo, due: 2026-12-20, priority: P2\n", "actions/duplicate", 21},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(minimal, c.from, c.to, 1)
			if src == minimal {
				t.Fatalf("case does not change the document")
			}
			if fs := lintText(t, DefaultOptions(), src); !has(fs, c.rule, c.line) {
				t.Errorf("no %s on line %d; got:%s", c.rule, c.line, describe(fs))
			}
		})
	}
}

func TestVagueness(t *testing.T) {
	cases := map[string]bool{
		"Improve monitoring":     true,
		"Investigate flakiness":  true,
		"Be more careful":        true,
		"Review the runbook":     true,
		"Look into the alerting": true,
		"Investigate why the reindex job skipped validation on 2026-10-14": false,
		"Improve the orders-db failover so that it completes within 30 s":  false,
		"Add a replication-lag alert":                                      false,
		"Rotate the edge-gw certificate":                                   false,
	}
	for title, vague := range cases {
		if got := vagueness(title) != ""; got != vague {
			t.Errorf("vagueness(%q): got %v, want %v", title, got, vague)
		}
	}
}

func TestSuppression(t *testing.T) {
	src := strings.Replace(minimal, "- [ ] Add a queue-depth alert at 10,000 messages", "<!-- postmortem-bot: ignore actions/vague -->\n- [ ] Improve monitoring", 1)
	if fs := lintText(t, DefaultOptions(), src); has(fs, "actions/vague", 0) {
		t.Errorf("ignore comment did not suppress:%s", describe(fs))
	}
	src = strings.Replace(minimal, "- [ ] Add a queue-depth alert at 10,000 messages", "<!-- postmortem-bot: ignore actions -->\n\n- [ ] Improve monitoring", 1)
	if fs := lintText(t, DefaultOptions(), src); has(fs, "actions/vague", 0) {
		t.Errorf("family ignore over a blank line did not suppress:%s", describe(fs))
	}
	src = strings.Replace(minimal, "- [ ] Add a queue-depth alert at 10,000 messages", "<!-- postmortem-bot: ignore timeline/order -->\n- [ ] Improve monitoring", 1)
	if fs := lintText(t, DefaultOptions(), src); !has(fs, "actions/vague", 0) {
		t.Errorf("an ignore of another rule suppressed actions/vague")
	}
	src = "<!-- postmortem-bot: ignore-file fields -->\n" + strings.Replace(minimal, "| Contact | @alice |\n", "", 1)
	if fs := lintText(t, DefaultOptions(), src); has(fs, "fields/missing", 0) {
		t.Errorf("ignore-file did not suppress:%s", describe(fs))
	}
}

func TestOptions(t *testing.T) {
	src := strings.Replace(minimal, "Add a queue-depth alert at 10,000 messages", "Improve monitoring", 1)
	opt := DefaultOptions()
	opt.Severity = map[string]Severity{"actions": Error}
	fs := lintText(t, opt, src)
	if len(fs) != 1 || fs[0].Severity != Error {
		t.Fatalf("family severity: got%s, want one error", describe(fs))
	}
	opt.Disabled = map[string]bool{"actions/vague": true}
	if fs := lintText(t, opt, src); len(fs) != 0 {
		t.Errorf("disabled rule still reported:%s", describe(fs))
	}
	opt = DefaultOptions()
	opt.MaxMeetingDelay = 0
	if fs := lintText(t, opt, strings.Replace(minimal, "2026-11-03", "2027-11-03", 1)); has(fs, "timeline/late-review", 0) {
		t.Errorf("late-review reported with the check off")
	}
	opt = DefaultOptions()
	opt.MaxMeetingDelay = 24 * time.Hour
	if fs := lintText(t, opt, strings.Replace(minimal, "2026-11-03", "2026-11-05", 1)); !has(fs, "timeline/late-review", 5) {
		t.Errorf("late-review not reported 3 days after with a 1-day limit")
	}
}

func TestNotText(t *testing.T) {
	l := New(DefaultOptions())
	cases := map[string][]byte{
		"binary":   {'#', ' ', 0, 1, 2},
		"not utf8": []byte("# Title\n\nbad \xff byte\n"),
		"too big":  []byte(strings.Repeat("a", MaxSize+1)),
	}
	for name, src := range cases {
		fs, d := l.LintSource(src, postmortem.Options{})
		if d != nil || len(fs) != 1 || fs[0].Rule != "content/not-text" || fs[0].Severity != Error {
			t.Errorf("%s: got doc %v, findings%s; want one content/not-text error", name, d != nil, describe(fs))
		}
	}
	fs, _ := l.LintSource([]byte("# Title\n\nbad \xff byte\n"), postmortem.Options{})
	if fs[0].Line != 3 || fs[0].Column != 5 {
		t.Errorf("not utf8 position: got %d:%d, want 3:5", fs[0].Line, fs[0].Column)
	}
}

func TestRulesDescribed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] || r.Summary == "" || r.Why == "" || !strings.Contains(r.ID, "/") {
			t.Errorf("rule %q: duplicate or undocumented", r.ID)
		}
		seen[r.ID] = true
	}
}
