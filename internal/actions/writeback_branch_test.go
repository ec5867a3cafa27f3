package actions_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// followBranch is the branch of the write-back pull request of
// reconciling; linkBranch7 the one of the merge of mergePull.
const (
	followBranch = "postmortem-bot/follow-issues"
	linkBranch7  = "postmortem-bot/link-issues-7"
)

// againPath is a post-mortem added on main after the first one; again
// is its text, with four actions of its own.
const againPath = "postmortems/2026-11-20-replica-lag-again.md"

var again = strings.Replace(replicaLag, "# Replica lag outage", "# Replica lag, again", 1)

// setupProtected is a protected main after a merge that crashed after
// the second issue, and a reconcile that wrote the numbers through the
// follow-issues pull request, whose number it returns.
func setupProtected(t *testing.T) (*mergeFixture, int) {
	t.Helper()
	f := setupMerge(t, defaultConfig, githubtest.Protected("main"))
	crashAfterSecondIssue(t, f)
	res := f.reconcile()
	if res.PullRequest == 0 || f.doc(followBranch) != linked {
		t.Fatalf("reconcile on a protected main: pull request #%d, document on %s:\n%s", res.PullRequest, followBranch, f.doc(followBranch))
	}
	return f, res.PullRequest
}

// linkedActions counts the actions of the document at path on branch
// that show an issue number.
func (f *mergeFixture) linkedActions(branch, path string) int {
	f.t.Helper()
	b, ok := f.repo.File(branch, path)
	if !ok {
		f.t.Fatalf("%s missing on %s", path, branch)
	}
	doc, err := postmortem.Parse(b, postmortem.Options{})
	if err != nil {
		f.t.Fatal(err)
	}
	n := 0
	for _, a := range doc.Actions {
		if a.Issue != 0 {
			n++
		}
	}
	return n
}

// oneCommitAhead reports whether branch is main's head and one commit.
func (f *mergeFixture) oneCommitAhead(branch string) bool {
	onBranch := f.repo.CommitMessages(branch)
	return len(onBranch) > 1 && slices.Equal(onBranch[1:], f.repo.CommitMessages("main"))
}

// pullsOpened counts the pull requests the app opened since the last
// reset of the calls.
func (f *mergeFixture) pullsOpened() int {
	n := 0
	for _, c := range f.srv.Calls() {
		if c.Method == http.MethodPost && c.Path == "/repos/octo/docs/pulls" && c.Status == http.StatusCreated {
			n++
		}
	}
	return n
}

func TestWriteBackBranchStartsAgainAfterItsPullRequestMerged(t *testing.T) {
	f, first := setupProtected(t)
	f.repo.MergePull(first) // the branch is kept
	if f.doc("main") != linked {
		t.Fatalf("main after merging #%d:\n%s", first, f.doc("main"))
	}
	f.repo.PutFile("main", againPath, []byte(again))
	f.srv.ResetCalls()
	res := f.reconcile()
	if res.Opened != 4 || len(res.Commits) != 1 || res.PullRequest == 0 || res.PullRequest == first {
		t.Errorf("reconcile: opened %d, %d commits, pull request #%d; want 4, 1, a new one", res.Opened, len(res.Commits), res.PullRequest)
	}
	if n := f.linkedActions(followBranch, againPath); n != 4 {
		t.Errorf("%s on %s: %d actions linked, want 4", againPath, followBranch, n)
	}
	if !f.oneCommitAhead(followBranch) {
		t.Errorf("%s was not reset to main's head: %q", followBranch, f.repo.CommitMessages(followBranch))
	}
	if files := f.repo.PullFiles(res.PullRequest); len(files) != 1 || files[0].Filename != againPath {
		t.Errorf("files of #%d: %+v, want %s alone", res.PullRequest, files, againPath)
	}
	t.Logf("reconcile through a fresh write-back branch: %d calls, writes %q", len(f.restCalls()), writes(f.srv.Calls()))
}

func TestWriteBackBranchDropsAClosedPullRequest(t *testing.T) {
	f, first := setupProtected(t)
	turnedDown := f.repo.HeadSHA(followBranch)
	f.repo.ClosePull(first)
	res := f.reconcile()
	if res.PullRequest == 0 || res.PullRequest == first {
		t.Errorf("reconcile after #%d was closed: pull request #%d, want a new one", first, res.PullRequest)
	}
	if f.repo.HeadSHA(followBranch) == turnedDown || !f.oneCommitAhead(followBranch) || f.doc(followBranch) != linked {
		t.Errorf("%s holds the closed pull request's commits: %q", followBranch, f.repo.CommitMessages(followBranch))
	}
}

func TestWriteBackMergesMainIntoAnOpenPullRequest(t *testing.T) {
	f, first := setupProtected(t)
	f.repo.PutFile("main", againPath, []byte(again))
	f.srv.ResetCalls()
	res := f.reconcile()
	if res.Opened != 4 || len(res.Commits) != 1 || res.PullRequest != first || f.pullsOpened() != 0 {
		t.Errorf("reconcile: opened %d, %d commits, pull request #%d, %d opened; want 4, 1, #%d, none",
			res.Opened, len(res.Commits), res.PullRequest, f.pullsOpened(), first)
	}
	if f.doc(followBranch) != linked || f.linkedActions(followBranch, againPath) != 4 {
		t.Errorf("%s lacks numbers:\n%s", followBranch, f.doc(followBranch))
	}
	if msgs := f.repo.CommitMessages(followBranch); !slices.Contains(msgs, "Merge main into "+followBranch) {
		t.Errorf("main was not merged into %s: %q", followBranch, msgs)
	}
	t.Logf("reconcile into an open pull request: %d calls, writes %q", len(f.restCalls()), writes(f.srv.Calls()))
	head := f.repo.HeadSHA(followBranch)
	f.srv.ResetCalls()
	res = f.reconcile()
	if f.repo.HeadSHA(followBranch) != head || len(res.Commits) != 0 || res.PullRequest != first || f.pullsOpened() != 0 {
		t.Errorf("reconcile with nothing new: branch moved %v, %d commits, pull request #%d",
			f.repo.HeadSHA(followBranch) != head, len(res.Commits), res.PullRequest)
	}
	t.Logf("reconcile with nothing new: %d calls, writes %q", len(f.restCalls()), writes(f.srv.Calls()))
}

func TestWriteBackReportsADocumentMissingOnTheBranch(t *testing.T) {
	f, _ := setupProtected(t)
	// A person's edit on main conflicts with the numbers on the branch:
	// main cannot be merged in, and the new document is not there.
	edited := strings.Replace(replicaLag, "Replication stalled for 98 minutes.", "Replication stalled for 98 minutes; reads were stale.", 1)
	f.repo.PutFile("main", mergeDocPath, []byte(edited))
	f.repo.PutFile("main", againPath, []byte(again))
	head := f.repo.HeadSHA(followBranch)
	rc := &actions.Reconciler{Now: func() time.Time { return mergeNow }, Bot: appBot}
	_, err := rc.Repo(context.Background(), f.clients.Installation(1), "octo", "docs", time.Time{})
	if err == nil || !strings.Contains(err.Error(), againPath) {
		t.Errorf("reconcile: error %v, want one naming %s", err, againPath)
	}
	if f.repo.HeadSHA(followBranch) != head {
		t.Errorf("%s moved: %q", followBranch, f.repo.CommitMessages(followBranch))
	}
}

func TestRedeliveredMergeOnAProtectedBranchAddsNothing(t *testing.T) {
	f := setupMerge(t, defaultConfig, githubtest.Protected("main"))
	f.merge()
	head := f.repo.HeadSHA(linkBranch7)
	f.srv.ResetCalls()
	f.merge()
	if f.repo.HeadSHA(linkBranch7) != head || f.pullsOpened() != 0 || len(f.repo.Issues()) != 4 {
		t.Errorf("redelivery: branch moved %v, %d pull requests opened, %d issues; want no commit, none, 4",
			f.repo.HeadSHA(linkBranch7) != head, f.pullsOpened(), len(f.repo.Issues()))
	}
	t.Logf("redelivered merge: %d calls, writes %q", len(f.restCalls()), writes(f.srv.Calls()))
}

func TestWriteBackReportsAPullRequestOpenedMeanwhile(t *testing.T) {
	f := setupMerge(t, defaultConfig, githubtest.Protected("main"))
	gh := github.NewClient(nil).WithAuthToken(f.srv.InstallationToken(1))
	gh.BaseURL = f.clients.Installation(1).BaseURL
	var meanwhile int
	openFirst := once(func() { // another process, between the app's lookup and its create
		pr, _, err := gh.PullRequests.Create(context.Background(), "octo", "docs", &github.NewPullRequest{
			Title: github.String("Meanwhile"), Head: github.String(linkBranch7), Base: github.String("main")})
		if err != nil {
			t.Errorf("opening the pull request meanwhile: %v", err)
		}
		meanwhile = pr.GetNumber()
	})
	hooked := githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/pulls") {
			openFirst()
		}
	}}
	m := &actions.Merger{Now: func() time.Time { return mergeNow }}
	req := actions.MergeRequest{Owner: "octo", Repo: "docs", DefaultBranch: "main", PullNumber: mergePull, Bot: appBot}
	res, err := m.Merge(context.Background(), hooked.Installation(1), req)
	if err != nil || meanwhile == 0 || res.PullRequest != meanwhile {
		t.Errorf("merge: pull request #%d, error %v; want #%d reported", res.PullRequest, err, meanwhile)
	}
}
