package actions_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// reconcile runs the reconciler on octo/docs and fails the test on an
// error.
func (f *mergeFixture) reconcile() *actions.ReconcileResult {
	f.t.Helper()
	return f.reconcileInstalled(time.Time{})
}

// reconcileInstalled runs the reconciler for an installation made at
// installedAt.
func (f *mergeFixture) reconcileInstalled(installedAt time.Time) *actions.ReconcileResult {
	f.t.Helper()
	rc := &actions.Reconciler{Now: func() time.Time { return mergeNow }, Sleep: noSleep, Bot: appBot}
	res, err := rc.Repo(context.Background(), f.clients.Installation(1), "octo", "docs", installedAt)
	if err != nil {
		f.t.Fatalf("reconcile: %v", err)
	}
	return res
}

// writes are the calls since from that change something.
func writes(calls []githubtest.Call) []string {
	var out []string
	for _, c := range calls {
		if c.Method != "GET" && !isAppCall(c) {
			out = append(out, c.Method+" "+c.Path)
		}
	}
	return out
}

// crashAfterSecondIssue merges and stops the merge before the third
// issue create, as if the process died there. The second action's owner
// cannot be assigned: its first create is refused (422) and sent again
// without the assignee, so the third issue is the fourth create.
func crashAfterSecondIssue(t *testing.T, f *mergeFixture) {
	t.Helper()
	ctx, crash := context.WithCancel(context.Background())
	defer crash()
	created := 0
	h := newMergeHandler(githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == "POST" && strings.HasSuffix(r.URL.Path, "/issues") {
			if created++; created == 4 {
				crash()
			}
		}
	}})
	if err := f.deliverCtx(ctx, h, f.mergedEvent(mergePull, "main", true)); err == nil {
		t.Fatal("the third issue could not be opened, but the merge reported no error")
	}
	if n := len(f.repo.Issues()); n != 2 || f.doc("main") != replicaLag {
		t.Fatalf("after the crash: %d issues (want 2), document changed: %v", n, f.doc("main") != replicaLag)
	}
}

func TestReconcileRepairsACrashAfterTheSecondIssue(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	crashAfterSecondIssue(t, f)
	before := len(f.srv.Calls())
	res := f.reconcile()
	if res.Reused != 2 || res.Opened != 2 || len(res.Commits) != 1 {
		t.Errorf("reconcile: reused %d, opened %d, %d commits; want 2, 2, 1", res.Reused, res.Opened, len(res.Commits))
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("document after reconcile:\n%s\nwant:\n%s", got, linked)
	}
	issues := f.repo.Issues()
	if len(issues) != 4 {
		t.Fatalf("issues: got %d, want 4", len(issues))
	}
	for i, is := range issues {
		if is.Title != wantIssues[i].title {
			t.Errorf("issue #%d: title %q, want %q", is.Number, is.Title, wantIssues[i].title)
		}
	}
	t.Logf("reconcile after a crash: %d calls", len(f.srv.Calls())-before)
	before = len(f.srv.Calls())
	if res := f.reconcile(); res.Opened+res.Reused != 0 || len(res.Commits) != 0 {
		t.Errorf("second reconcile: %+v, want nothing done", res)
	}
	if w := writes(f.srv.Calls()[before:]); len(w) != 0 {
		t.Errorf("second reconcile wrote %q", w)
	}
}

// editIssue changes issue n as a person would.
func (f *mergeFixture) editIssue(n int, req *github.IssueRequest) {
	f.t.Helper()
	gh := github.NewClient(nil).WithAuthToken(f.srv.InstallationToken(1))
	gh.BaseURL = f.clients.Installation(1).BaseURL
	if _, _, err := gh.Issues.Edit(context.Background(), "octo", "docs", n, req); err != nil {
		f.t.Fatalf("editing #%d: %v", n, err)
	}
}

// actionsOf parses the document on main.
func (f *mergeFixture) actionsOf() []postmortem.Action {
	f.t.Helper()
	doc, err := postmortem.Parse([]byte(f.doc("main")), postmortem.Options{})
	if err != nil {
		f.t.Fatal(err)
	}
	return doc.Actions
}

func TestReconcileShowsIssueStates(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	f.editIssue(8, &github.IssueRequest{State: github.String("closed"), StateReason: github.String("completed")})
	f.editIssue(9, &github.IssueRequest{State: github.String("closed"), StateReason: github.String("not_planned")})
	f.editIssue(11, &github.IssueRequest{Assignees: &[]string{"frank"}})
	res := f.reconcile()
	if len(res.Commits) != 1 {
		t.Fatalf("reconcile: %d commits, want 1", len(res.Commits))
	}
	acts := f.actionsOf()
	want := []struct {
		status postmortem.Status
		owner  string
	}{{postmortem.Done, "dana"}, {postmortem.NotPlanned, "erin"}, {postmortem.Open, "frank"}, {postmortem.Open, "dana"}}
	for i, w := range want {
		if acts[i].Status != w.status || acts[i].Owner != w.owner || acts[i].Issue != 8+i {
			t.Errorf("action %d: status %v, owner %q, issue #%d; want %v, %q, #%d", i, acts[i].Status, acts[i].Owner, acts[i].Issue, w.status, w.owner, 8+i)
		}
	}
	// The owner of #11 follows the issue's events (the tracker), not
	// reconcile, which cannot tell an assignment from an edit of the
	// document.
	if got := f.repo.CommitMessages("main")[0]; got != "docs(postmortem): follow action issues: #8 done, #9 not planned" {
		t.Errorf("commit message: %q", got)
	}
	f.editIssue(8, &github.IssueRequest{State: github.String("open")})
	f.reconcile()
	if acts := f.actionsOf(); acts[0].Status != postmortem.Open {
		t.Errorf("after reopening #8: status %v, want open", acts[0].Status)
	}
}

func TestReconcileCommentsOnceOnARemovedAction(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	without := strings.Replace(f.doc("main"), "| Rotate the replica credentials | @frank | 2027-05-01 | P2 | | #10 |\n", "", 1)
	if without == f.doc("main") {
		t.Fatal("the row to remove is not in the document")
	}
	f.repo.PutFile("main", mergeDocPath, []byte(without))
	if res := f.reconcile(); len(res.Orphaned) != 1 || res.Orphaned[0] != 10 {
		t.Fatalf("orphaned: got %v, want [10]", res.Orphaned)
	}
	if res := f.reconcile(); len(res.Orphaned) != 0 {
		t.Errorf("second reconcile commented again on %v", res.Orphaned)
	}
	comments := f.repo.Comments(10)
	if len(comments) != 1 || !strings.Contains(comments[0].Body, mergeDocPath) {
		t.Errorf("comments on #10: %+v, want one naming the document", comments)
	}
	for _, is := range f.repo.Issues() {
		if is.Number == 10 && is.State != "open" {
			t.Errorf("#10 is %s: the app must not close it", is.State)
		}
	}
}

func TestMergeCommentsOnAnActionItRemoved(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	without := strings.Replace(f.doc("main"), "| Rehearse the failover drill | @dana | 2026-11-20 | P3 | Q1 | #11 |\n", "", 1)
	f.repo.AddPull(mergePull+1, "main", "drop-drill", map[string][]byte{mergeDocPath: []byte(without)})
	f.repo.MergePull(mergePull + 1)
	if err := f.deliver(f.handler, f.mergedEvent(mergePull+1, "main", true)); err != nil {
		t.Fatal(err)
	}
	if c := f.repo.Comments(11); len(c) != 1 || !strings.Contains(c[0].Body, "no longer in any post-mortem") {
		t.Fatalf("comments on #11: %+v, want the orphan comment", c)
	}
	if err := f.deliver(f.handler, f.mergedEvent(mergePull+1, "main", true)); err != nil {
		t.Fatal(err)
	}
	if c := f.repo.Comments(11); len(c) != 1 {
		t.Errorf("after a redelivery: %d comments on #11, want 1", len(c))
	}
	for n := 8; n <= 10; n++ {
		for _, c := range f.repo.Comments(n) {
			if strings.Contains(c.Body, "no longer in any post-mortem") {
				t.Errorf("#%d got the orphan comment, but its action is still there", n)
			}
		}
	}
}

func TestReconcileAfterAMergeChangesNothing(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	before := len(f.srv.Calls())
	res := f.reconcile()
	if res.Documents != 1 || res.Opened+res.Reused != 0 || len(res.Commits) != 0 || len(res.Orphaned) != 0 {
		t.Errorf("reconcile after a merge: %+v, want one document read and nothing done", res)
	}
	if w := writes(f.srv.Calls()[before:]); len(w) != 0 {
		t.Errorf("reconcile after a merge wrote %q", w)
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("document changed:\n%s", got)
	}
}

func TestReconcileLeavesTheArchiveAlone(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	const old = "postmortems/2024-03-01-old.md"
	oldDoc := strings.NewReplacer("2026-11-03", "2024-03-01", "2026-11-02", "2024-02-29").Replace(replicaLag)
	f.repo.PutFile("main", old, []byte(oldDoc))
	res := f.reconcileInstalled(mergeNow)
	if res.Unfollowed != 1 || res.Opened != 0 || len(f.repo.Issues()) != 4 {
		t.Errorf("installed now: %d left alone, %d opened, %d issues; want the old one left alone and nothing opened",
			res.Unfollowed, res.Opened, len(f.repo.Issues()))
	}
	if got, _ := f.repo.File("main", old); string(got) != oldDoc {
		t.Error("the old post-mortem was changed")
	}
	// Installed before the incident (within the grace): followed.
	res = f.reconcileInstalled(time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC))
	if res.Unfollowed != 0 || res.Opened != 4 {
		t.Errorf("installed soon after the incident: %d left alone, %d opened; want 0 and 4", res.Unfollowed, res.Opened)
	}
}

func TestReconcileKeepsPeoplesEditsOfTheDocument(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	edited := strings.NewReplacer(
		"- [ ] Add a replication-lag alert — owner: @dana", "- [x] Add a replication-lag alert — owner: @dana", // ticked, #8 still open
		"| Rehearse the failover drill | @dana | 2026-11-20 | P3 | Q1 |", "| Rehearse the failover drill | @frank | 2026-11-20 | P3 | Q7 |",
	).Replace(f.doc("main"))
	f.repo.PutFile("main", mergeDocPath, []byte(edited))
	if res := f.reconcile(); len(res.Commits) != 0 {
		t.Errorf("reconcile wrote %d commits over the people's edits", len(res.Commits))
	}
	if got := f.doc("main"); got != edited {
		t.Errorf("document after reconcile:\n%s\nwant the edited one:\n%s", got, edited)
	}
}
