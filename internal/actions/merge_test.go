package actions_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// defaultConfig is a configuration file that changes nothing.
const defaultConfig = "write_back: commit\n"

// wantIssue is what one action's issue must be.
type wantIssue struct {
	title, assignee, milestone string
	labels                     []string
	line                       int
}

// wantIssues are the four issues of replicaLag, in the order opened.
var wantIssues = []wantIssue{
	{"Add a replication-lag alert", "dana", "Q4 wrap-up", []string{"postmortem-action", "severity:SEV2", "priority:P1"}, 24},
	{"Write a runbook for replica rebuilds", "", "Q4 wrap-up", []string{"postmortem-action", "severity:SEV2", "priority:P2"}, 25},
	{"Rotate the replica credentials", "frank", "Post-mortem actions 2027-05-01", []string{"postmortem-action", "severity:SEV2", "priority:P2"}, 31},
	{"Rehearse the failover drill", "dana", "Q1", []string{"postmortem-action", "severity:SEV2", "priority:P3"}, 32},
}

// linked is replicaLag with issues #8 to #11 written in.
var linked = strings.NewReplacer(
	"priority: P1\n", "priority: P1 (#8)\n",
	"priority: P2\n", "priority: P2 (#9)\n",
	"| P2 | | |", "| P2 | | #10 |",
	"| P3 | Q1 | |", "| P3 | Q1 | #11 |",
).Replace(replicaLag)

func TestMergeOpensIssuesAndLinksThem(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.srv.ResetCalls()
	f.merge()

	calls := f.restCalls()
	issues := f.repo.Issues()
	if len(issues) != len(wantIssues) {
		t.Fatalf("issues: got %d, want %d: %+v", len(issues), len(wantIssues), issues)
	}
	titles := milestoneTitles(f.repo)
	for i, w := range wantIssues {
		checkIssue(t, f.repo, issues[i], w, titles)
	}
	if c := f.repo.Comments(issues[1].Number); len(c) != 1 || !strings.Contains(c[0].Body, "`erin` cannot be assigned") {
		t.Errorf("comments on the unassignable owner's issue: got %+v", c)
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("document after write-back:\n%s\nwant:\n%s", got, linked)
	}
	msgs := f.repo.CommitMessages("main")
	if msgs[0] != "docs(postmortem): link action issues #8, #9, #10, #11" || msgs[1] != "Merge pull request #7" {
		t.Errorf("commits: got %q, want one write-back commit after the merge", msgs[:2])
	}
	checkLabelColours(t, f.repo)
	t.Logf("REST calls for a merge of 4 actions (%d):\n%s", len(calls), callList(calls))
	checkCost(t, calls, len(wantIssues), 7)
}

// milestoneTitles maps milestone numbers to titles.
func milestoneTitles(repo *githubtest.Repo) map[int]string {
	out := map[int]string{}
	for _, m := range repo.Milestones() {
		out[m.Number] = m.Title
	}
	return out
}

// checkIssue checks an issue against w.
func checkIssue(t *testing.T, repo *githubtest.Repo, is githubtest.Issue, w wantIssue, milestones map[int]string) {
	t.Helper()
	var assignees []string
	if w.assignee != "" {
		assignees = []string{w.assignee}
	}
	if is.Title != w.title || !slices.Equal(is.Assignees, assignees) || milestones[is.Milestone] != w.milestone || !slices.Equal(is.Labels, w.labels) {
		t.Errorf("issue #%d: got %q assigned %v, milestone %q, labels %v; want %q assigned %v, milestone %q, labels %v",
			is.Number, is.Title, is.Assignees, milestones[is.Milestone], is.Labels, w.title, assignees, w.milestone, w.labels)
	}
	for _, want := range []string{
		fmt.Sprintf("https://github.com/octo/docs/blob/main/%s#L%d", mergeDocPath, w.line),
		"**Incident:** Replica lag outage", "**Severity:** SEV2", "**Date:** 2026-11-03",
		"<!-- postmortem-bot:action doc=" + mergeDocPath + " key=", "```markdown\n", w.title,
	} {
		if !strings.Contains(is.Body, want) {
			t.Errorf("issue #%d body lacks %q:\n%s", is.Number, want, is.Body)
		}
	}
	if w.line == 25 && !strings.Contains(is.Body, "**Due:** 2026-12-04: the post-mortem gives no date, so the default for SEV2 applies") {
		t.Errorf("issue #%d body does not say where its due date came from:\n%s", is.Number, is.Body)
	}
}

// checkLabelColours checks one colour per kind of label.
func checkLabelColours(t *testing.T, repo *githubtest.Repo) {
	t.Helper()
	colours := map[string]map[string]bool{}
	for _, l := range repo.Labels() {
		kind, _, _ := strings.Cut(l.Name, ":")
		if colours[kind] == nil {
			colours[kind] = map[string]bool{}
		}
		colours[kind][l.Color] = true
	}
	if len(colours) != 3 || len(colours["priority"]) != 1 || len(colours["severity"]) != 1 || len(colours["postmortem-action"]) != 1 {
		t.Errorf("labels: want one colour per kind, got %v (%+v)", colours, repo.Labels())
	}
}

// checkCost checks the calls of a merge of n actions: n issues, at most
// one assignee check per owner, label and milestone lists read once.
func checkCost(t *testing.T, calls []githubtest.Call, n, maxFixed int) {
	t.Helper()
	count := map[string]int{}
	for _, c := range calls {
		count[callKind(c)]++
	}
	// An owner who cannot be assigned costs one refused create (422).
	if count["POST issues"] != n || count["GET labels"] > 1 || count["GET milestones"] != 1 ||
		count["GET issues"] > 1 || count["PUT contents"] != 1 || count["GET assignees"] != 0 {
		t.Errorf("calls by kind: %v", count)
	}
	fixed := len(calls) - count["POST issues"] - count["POST issues 422"] - count["POST labels"] - count["POST milestones"] - count["POST comments"]
	if fixed > maxFixed {
		t.Errorf("fixed calls: got %d, want at most %d: %v", fixed, maxFixed, count)
	}
	t.Logf("%d issues (+%d refused an assignee) + %d fixed + %d label, %d milestone creations + %d comments", count["POST issues"], count["POST issues 422"], fixed,
		count["POST labels"], count["POST milestones"], count["POST comments"])
}

// callKind is a call's method and the last word of its route.
func callKind(c githubtest.Call) string {
	parts := strings.Split(strings.TrimPrefix(c.Path, "/repos/octo/docs/"), "/")
	switch {
	case parts[0] == "contents" || parts[0] == "assignees" || parts[0] == "labels" || parts[0] == "milestones":
		return c.Method + " " + parts[0]
	case parts[0] == "issues" && len(parts) == 3:
		return c.Method + " " + parts[2]
	case parts[0] == "issues" && c.Method == "POST" && c.Status == 422:
		return "POST issues 422"
	}
	return c.Method + " " + parts[0]
}

// callList formats calls one a line.
func callList(calls []githubtest.Call) string {
	var b strings.Builder
	for _, c := range calls {
		fmt.Fprintf(&b, "  %s %s?%s %d\n", c.Method, c.Path, c.Query, c.Status)
	}
	return b.String()
}

func TestMergeCostWithLabelsAndMilestonesInPlace(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	const second = "postmortems/2026-11-10-replica-lag-again.md"
	f.repo.AddPull(12, "main", "pm2", map[string][]byte{second: []byte(replicaLag)})
	f.repo.MergePull(12)
	f.srv.ResetCalls()
	if err := f.deliver(f.handler, f.mergedEvent(12, "main", true)); err != nil {
		t.Fatal(err)
	}
	calls := f.restCalls()
	if n := len(f.repo.Issues()); n != 8 {
		t.Errorf("issues after the second merge: %d, want 8", n)
	}
	t.Logf("REST calls for a second merge of 4 actions (%d):\n%s", len(calls), callList(calls))
	checkCost(t, calls, 4, 6) // one of them the configuration's 304, free of rate limit
}

func TestMergeRedeliveredChangesNothing(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	head, issues := f.repo.HeadSHA("main"), len(f.repo.Issues())
	f.srv.ResetCalls()
	f.merge()
	if f.repo.HeadSHA("main") != head || len(f.repo.Issues()) != issues {
		t.Errorf("redelivery: head %s → %s, issues %d → %d", head, f.repo.HeadSHA("main"), issues, len(f.repo.Issues()))
	}
	for _, c := range f.restCalls() {
		if c.Method != http.MethodGet {
			t.Errorf("redelivery wrote: %s", c)
		}
	}
	t.Logf("REST calls of a redelivered merge: %d", len(f.restCalls()))
}

func TestMergeRepairsACrashBeforeWriteBack(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.srv.Fault(githubtest.Fault{Method: "PUT", PathPrefix: "/repos/octo/docs/contents/", Status: http.StatusForbidden})
	if err := f.deliver(f.handler, f.mergedEvent(mergePull, "main", true)); err == nil {
		t.Fatal("the write-back failed, but the merge reported no error")
	}
	if n := len(f.repo.Issues()); n != 4 || f.doc("main") != replicaLag {
		t.Fatalf("after the crash: %d issues, document changed: %v", n, f.doc("main") != replicaLag)
	}
	f.merge()
	if n := len(f.repo.Issues()); n != 4 {
		t.Errorf("after the redelivery: %d issues, want the same 4", n)
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("document after the redelivery:\n%s\nwant:\n%s", got, linked)
	}
}

func TestMergeIgnoresOtherClosedPullRequests(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.srv.ResetCalls()
	for _, body := range [][]byte{f.mergedEvent(mergePull, "main", false), f.mergedEvent(mergePull, "release", true)} {
		if err := f.deliver(f.handler, body); err != nil {
			t.Fatal(err)
		}
	}
	if calls := f.restCalls(); len(calls) != 0 {
		t.Errorf("calls for closed-unmerged and merged-elsewhere pull requests: %v", calls)
	}
}

func TestMergeDryRunOnlyComments(t *testing.T) {
	f := setupMerge(t, "dry_run: true\n")
	head := f.repo.HeadSHA("main")
	f.merge()
	f.merge()
	if len(f.repo.Issues()) != 0 || f.repo.HeadSHA("main") != head || len(f.repo.Labels()) != 0 || len(f.repo.Milestones()) != 4 {
		t.Errorf("dry run changed something: %d issues, head moved %v, labels %v, %d milestones",
			len(f.repo.Issues()), f.repo.HeadSHA("main") != head, f.repo.Labels(), len(f.repo.Milestones()))
	}
	comments := f.repo.Comments(mergePull)
	if len(comments) != 1 {
		t.Fatalf("comments on the pull request: got %d, want 1", len(comments))
	}
	for _, want := range []string{"**Dry run**", "| Add a replication-lag alert | open | `@dana` | Q4 wrap-up |", "`erin` cannot be assigned",
		"Post-mortem actions 2027-05-01", "`priority:P3`", "with a commit on `main`"} {
		if !strings.Contains(comments[0].Body, want) {
			t.Errorf("dry-run comment lacks %q:\n%s", want, comments[0].Body)
		}
	}
}

func TestMergeProtectedBranchOpensPullRequest(t *testing.T) {
	f := setupMerge(t, defaultConfig, githubtest.Protected("main"))
	head := f.repo.HeadSHA("main")
	f.merge()
	if f.repo.HeadSHA("main") != head {
		t.Error("the protected branch moved")
	}
	if got := f.doc("postmortem-bot/link-issues-7"); got != linked {
		t.Errorf("document on the write-back branch:\n%s\nwant:\n%s", got, linked)
	}
	pulls := 0
	for _, c := range f.srv.Calls() {
		if c.Method == "POST" && c.Path == "/repos/octo/docs/pulls" && c.Status == http.StatusCreated {
			pulls++
		}
	}
	if pulls != 1 {
		t.Errorf("write-back pull requests opened: %d, want 1", pulls)
	}
	f.merge()
	if n := len(f.repo.Issues()); n != 4 {
		t.Errorf("redelivery before the write-back pull request merged: %d issues, want 4", n)
	}
}

func TestMergeWriteBackModes(t *testing.T) {
	for _, mode := range []string{"pull_request", "off"} {
		t.Run(mode, func(t *testing.T) {
			f := setupMerge(t, "write_back: "+mode+"\n")
			head := f.repo.HeadSHA("main")
			f.merge()
			if f.repo.HeadSHA("main") != head || len(f.repo.Issues()) != 4 {
				t.Errorf("main moved: %v; %d issues", f.repo.HeadSHA("main") != head, len(f.repo.Issues()))
			}
			_, hasBranch := f.repo.File("postmortem-bot/link-issues-7", mergeDocPath)
			if hasBranch != (mode == "pull_request") {
				t.Errorf("write-back branch exists: %v", hasBranch)
			}
		})
	}
}

func TestMergeRetriesAConcurrentChange(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	edited := strings.Replace(replicaLag, "Replication stalled for 98 minutes.", "Replication stalled for 98 minutes; reads were stale.", 1)
	concurrent := once(func() { f.repo.PutFile("main", mergeDocPath, []byte(edited)) })
	hooked := githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == http.MethodPut {
			concurrent()
		}
	}}
	f.srv.ResetCalls()
	if err := f.deliver(newMergeHandler(hooked), f.mergedEvent(mergePull, "main", true)); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(linked, "Replication stalled for 98 minutes.", "Replication stalled for 98 minutes; reads were stale.", 1)
	if got := f.doc("main"); got != want {
		t.Errorf("document after the retried write-back:\n%s\nwant:\n%s", got, want)
	}
	puts := 0
	for _, c := range f.restCalls() {
		if c.Method == http.MethodPut {
			puts++
		}
	}
	if puts != 2 {
		t.Errorf("PUTs: got %d, want a 409 and a retry", puts)
	}
}

func TestMergeRetriesAConflictNotAboutTheFile(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	// Another write to the repository at the same moment: GitHub answers
	// 409 although the document is unchanged.
	f.srv.Fault(githubtest.Fault{Method: "PUT", PathPrefix: "/repos/octo/docs/contents/", Status: http.StatusConflict})
	f.merge()
	if got := f.doc("main"); got != linked {
		t.Errorf("document after a retried write:\n%s\nwant:\n%s", got, linked)
	}
	for _, b := range f.repo.Branches() {
		if strings.HasPrefix(b, "postmortem-bot/") {
			t.Errorf("branch %s: a conflict is no reason for a pull request", b)
		}
	}
}

// An issue opened by a version that keyed an action by its whole text,
// before titles were cut at a bold lead or at a field label written
// without a separator, is found again by that key: with the write-back
// off, the key is all that links them.
func TestMergeFindsAnIssueByTheKeyOfAnOlderVersion(t *testing.T) {
	for _, tt := range []struct{ name, item, oldKey string }{
		{"cut at a bold lead", "**Replication-lag alert**: page when a replica is more than 60 s behind",
			"Replication-lag alert: page when a replica is more than 60 s behind"},
		{"cut at field labels", "Add a replication-lag alert @dana due: 2026-12-15 priority: P1",
			"Add a replication-lag alert @dana due: 2026-12-15 priority: P1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(replicaLag, "Add a replication-lag alert — owner: @dana, due: 2026-12-15, priority: P1", tt.item, 1)
			f := setupMergeDoc(t, "write_back: off\n", doc)
			sum := sha256.Sum256([]byte(strings.ToLower(tt.oldKey)))
			old := f.repo.AddIssue(githubtest.Issue{Title: "Replication-lag alert", User: appBot, Labels: []string{"postmortem-action"},
				Body: "Opened by an older version.\n\n" + repodocs.ActionMarker(mergeDocPath, hex.EncodeToString(sum[:6])) + "\n"})
			f.merge()
			if n := len(f.repo.Issues()); n != 4 {
				t.Fatalf("%d issues, want the older version's and 3 new: %+v", n, f.repo.Issues())
			}
			if res := f.reconcile(); res.Opened != 0 {
				t.Errorf("reconcile opened %d issues; want none (the older issue is #%d)", res.Opened, old)
			}
		})
	}
}

// TestMergeSkipsTheTemplatesExampleRow: a template's example action, left
// in a filled-in post-mortem, opens no issue; the real actions beside it do.
func TestMergeSkipsTheTemplatesExampleRow(t *testing.T) {
	doc := strings.Replace(replicaLag,
		"- [ ] Write a runbook for replica rebuilds — owner: @erin, priority: P2\n",
		"- [ ] Write a runbook for replica rebuilds — owner: @erin, priority: P2\n- [ ] *{{action item}}* — owner: *{{owner}}* — due: *{{due date}}*\n- [ ] <Action> - owner: <login>\n", 1)
	f := setupMergeDoc(t, defaultConfig, doc)
	f.merge()
	var titles []string
	for _, is := range f.repo.Issues() {
		titles = append(titles, is.Title)
	}
	want := []string{wantIssues[0].title, wantIssues[1].title, wantIssues[2].title, wantIssues[3].title}
	if !slices.Equal(titles, want) {
		t.Errorf("issues opened: got %q, want %q", titles, want)
	}
}
