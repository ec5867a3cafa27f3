package review_test

import (
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// ownerRules are the rules checked against the repository before merge:
// reported in the review's body and as annotations, never inline.
var ownerRules = map[string]bool{"actions/owner-unassignable": true, "actions/milestone-closed": true}

// lintAnnotations are run's annotations of the linter's findings.
func lintAnnotations(run githubtest.CheckRun) []githubtest.Annotation {
	var out []githubtest.Annotation
	for _, a := range run.Annotations {
		if !ownerRules[a.Title] {
			out = append(out, a)
		}
	}
	return out
}

// staffed is a post-mortem whose three actions name owners and
// milestones: @dana and @erin twice (lines 5, 6), @frank (line 7).
const staffed = `# Cache outage

## Remediation

- [ ] Add a replication-lag alert — owner: @dana, due: 2026-12-15, priority: P1, milestone: Q4
- [ ] Write a runbook — owner: @erin, due: 2026-12-20, priority: P2, milestone: Q3
- [ ] Page the cache team — owner: @Erin, due: 2026-12-21, priority: P2
- [ ] Drill the failover — owner: @frank, due: 2026-12-22, priority: P2, milestone: Q3
`

func TestOwnersCheckedBeforeMerge(t *testing.T) {
	f, sent := setupEdits(t)
	f.repo.AddMilestone(githubtest.Milestone{Title: "Q3", State: "closed"})
	f.repo.AddMilestone(githubtest.Milestone{Title: "Q4"})
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(staffed)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))

	run := f.repo.CheckRuns()[0]
	got := map[findingAt]string{}
	for _, a := range run.Annotations {
		if ownerRules[a.Title] {
			got[findingAt{a.Title, a.StartLine}] = a.AnnotationLevel
		}
	}
	want := map[findingAt]string{
		{"actions/owner-unassignable", 5}: "warning", {"actions/owner-unassignable", 6}: "warning",
		{"actions/owner-unassignable", 7}: "warning", {"actions/owner-unassignable", 8}: "warning",
		{"actions/milestone-closed", 6}: "warning", {"actions/milestone-closed", 8}: "warning",
	}
	if len(got) != len(want) {
		t.Errorf("owner annotations: got %v, want %v", got, want)
	}
	for k, lvl := range want {
		if got[k] != lvl {
			t.Errorf("annotation %s on line %d: got level %q, want %q", k.rule, k.line, got[k], lvl)
		}
	}
	msg := "@dana cannot be assigned in this repository: the issue opened on merge would be unassigned"
	rv := f.repo.Reviews(1)
	if len(rv) != 1 || !strings.Contains(rv[0].Body, "`"+docPath+":5` **actions/owner-unassignable** (warning): "+msg) {
		t.Fatalf("review body lacks the owner entry: %+v", rv)
	}
	for _, c := range rv[0].Comments {
		if strings.Contains(c.Body, "owner-unassignable") || strings.Contains(c.Body, "milestone-closed") {
			t.Errorf("owner problem commented inline: %q", c.Body)
		}
	}
	for _, want := range []string{"### Before merge: `" + docPath + "`", msg, `The milestone "Q3" is closed`} {
		if !strings.Contains(run.Summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, run.Summary)
		}
	}
	checkOwnerCalls(t, sent.Sent(), 3, 1)
}

// checkOwnerCalls checks the requests the owner checks sent: one per
// distinct owner, the milestones listed once.
func checkOwnerCalls(t *testing.T, calls []string, assignees, milestones int) {
	t.Helper()
	var a, m int
	for _, c := range calls {
		switch {
		case strings.HasPrefix(c, "GET /repos/octo/docs/assignees/"):
			a++
		case c == "GET /repos/octo/docs/milestones":
			m++
		case c == "milestones listed without state=all":
			t.Error(c)
		}
	}
	t.Logf("owner checks: %d assignee calls, %d milestone lists, of %d calls", a, m, len(calls))
	if a != assignees || m != milestones {
		t.Errorf("owner check calls: got %d assignee and %d milestone calls, want %d and %d", a, m, assignees, milestones)
	}
}

func TestAssignableOwnersAndOpenMilestonesPass(t *testing.T) {
	f, sent := setupEdits(t)
	// Adding octo/docs again replaces setup's copy with one whose
	// owners can be assigned.
	f.repo = f.srv.AddRepo("octo", "docs", githubtest.Assignable("dana", "erin", "frank"))
	f.repo.AddMilestone(githubtest.Milestone{Title: "Q3"})
	f.repo.AddMilestone(githubtest.Milestone{Title: "Q4"})
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(staffed)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 {
		t.Fatalf("check runs: got %d, want 1", len(runs))
	}
	for _, a := range runs[0].Annotations {
		if ownerRules[a.Title] {
			t.Errorf("unexpected owner annotation %s on line %d: %s", a.Title, a.StartLine, a.Message)
		}
	}
	if strings.Contains(runs[0].Summary, "Before merge") {
		t.Errorf("summary reports owner problems:\n%s", runs[0].Summary)
	}
	checkOwnerCalls(t, sent.Sent(), 3, 1)
}
