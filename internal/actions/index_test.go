package actions_test

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// indexPath is the index the configurations of these tests name: under
// the post-mortems' own folder, where paths match it and it must still
// never be read as one.
const indexPath = "postmortems/INDEX.md"

// indexConfig commits to the default branch and keeps the index.
const indexConfig = "write_back: commit\nindex: " + indexPath + "\n"

// setupIndexed is a merge fixture whose main holds, beside the merged
// post-mortem, againPath, merged earlier.
func setupIndexed(t *testing.T, cfg string, opts ...githubtest.RepoOption) *mergeFixture {
	t.Helper()
	f := setupMerge(t, cfg, opts...)
	f.repo.PutFile("main", againPath, []byte(again))
	return f
}

// wantIndex is the index of the post-mortems on branch (or at a commit),
// with the days the fake's issues were opened and closed.
func (f *mergeFixture) wantIndex(branch string) string {
	f.t.Helper()
	issues := map[int]githubtest.Issue{}
	for _, is := range f.repo.Issues() {
		issues[is.Number] = is
	}
	var recs []catalog.Record
	for _, p := range []string{mergeDocPath, againPath} {
		b, ok := f.repo.File(branch, p)
		if !ok {
			continue
		}
		doc, err := postmortem.Parse(b, postmortem.Options{})
		if err != nil {
			f.t.Fatal(err)
		}
		rec := catalog.Read(p, doc)
		for i, a := range rec.Actions {
			if is, ok := issues[a.Issue]; ok {
				rec.Actions[i].Opened = is.CreatedAt.UTC()
				if a.Status != postmortem.Open {
					rec.Actions[i].Closed = is.ClosedAt.UTC()
				}
			}
		}
		recs = append(recs, rec)
	}
	md, err := catalog.Build(recs, catalog.Options{IndexPath: indexPath})
	if err != nil {
		f.t.Fatal(err)
	}
	return string(md)
}

// index returns the index file on branch (or at a commit), "" when
// there is none.
func (f *mergeFixture) index(branch string) string {
	b, _ := f.repo.File(branch, indexPath)
	return string(b)
}

// countRoutes counts calls by method and route, SHAs and paths left out:
// "GET git/blobs", "PUT contents".
func countRoutes(calls []githubtest.Call) map[string]int {
	out := map[string]int{}
	for _, c := range calls {
		parts := strings.Split(strings.TrimPrefix(c.Path, "/repos/octo/docs/"), "/")
		route := parts[0]
		if parts[0] == "git" && len(parts) > 1 {
			route += "/" + parts[1]
		}
		key := c.Method + " " + route
		if c.Status >= 400 {
			key += " " + http.StatusText(c.Status)
		}
		out[key]++
	}
	return out
}

func TestMergeWritesTheIndexInTheSameCommit(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	before := f.repo.CommitMessages("main")
	f.srv.ResetCalls()
	f.merge()

	msgs := f.repo.CommitMessages("main")
	if len(msgs) != len(before)+1 || !strings.HasPrefix(msgs[0], "docs(postmortem): link action issues #8, #9, #10, #11\n\n") ||
		!strings.Contains(msgs[0], indexPath) {
		t.Fatalf("commits: got %q, want one write-back commit naming the index", msgs[:len(msgs)-len(before)])
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("document after write-back:\n%s\nwant:\n%s", got, linked)
	}
	got := f.index("main")
	if want := f.wantIndex("main"); got != want {
		t.Errorf("index:\n%s\nwant:\n%s", got, want)
	}
	for _, want := range []string{catalog.Header, "Replica lag outage", "Replica lag, again", "2 post-mortems; actions: 8 open, 0 done."} {
		if !strings.Contains(got, want) {
			t.Errorf("index lacks %q:\n%s", want, got)
		}
	}
	count := countRoutes(f.restCalls())
	if count["PUT contents"] != 0 || count["POST git/trees"] != 1 || count["POST git/commits"] != 1 || count["PATCH git/refs"] != 1 {
		t.Errorf("writes: got %v, want one tree, one commit and one reference update", count)
	}
	if count["GET git/blobs"] != 1 {
		t.Errorf("blob reads: got %d, want 1 (the post-mortem merged earlier; the merged one was read already)", count["GET git/blobs"])
	}
}

func TestMergeCostWithAndWithoutIndex(t *testing.T) {
	cost := map[string]int{}
	for name, cfg := range map[string]string{"without index": defaultConfig, "with index": indexConfig} {
		f := setupIndexed(t, cfg)
		f.srv.ResetCalls()
		f.merge()
		calls := f.restCalls()
		cost[name] = len(calls)
		t.Logf("REST calls of a merge of 4 actions, %s (%d): %v", name, len(calls), countRoutes(calls))
		f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
		f.srv.ResetCalls()
		f.track(handlers.NewTracker(f.clients, 0, nil), f.issueEvent("closed", 8, "dana", ""))
		calls = f.restCalls()
		cost["track "+name] = len(calls)
		t.Logf("REST calls of tracking a closed issue, %s (%d): %v", name, len(calls), countRoutes(calls))
	}
	// The index costs the head, its commit and tree, one read of the
	// other post-mortem, and a tree, commit and reference update in
	// place of the one contents write.
	if extra := cost["with index"] - cost["without index"]; extra != 6 {
		t.Errorf("the index costs a merge %d more calls, want 6", extra)
	}
	// Tracking lists the action issues too (for the days in the index),
	// and reads no post-mortem again.
	if extra := cost["track with index"] - cost["track without index"]; extra != 6 {
		t.Errorf("the index costs tracking %d more calls, want 6", extra)
	}
}

func TestIndexUnchangedIsNotWritten(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	f.merge()
	first := f.index("main")
	head := f.repo.HeadSHA("main")
	tr := handlers.NewTracker(f.clients, 0, nil)
	f.editIssue(11, &github.IssueRequest{Assignees: &[]string{"frank"}})
	f.srv.ResetCalls()
	f.track(tr, f.issueEvent("assigned", 11, "alice", "frank")) // an owner is not in the index

	if msgs := f.repo.CommitMessages("main"); f.repo.HeadSHA("main") == head || strings.Contains(msgs[0], indexPath) {
		t.Fatalf("commits: got %q, want one for the owner that does not name the index", msgs[0])
	}
	if got := f.index("main"); got != first || got != f.wantIndex("main") {
		t.Errorf("index changed by a change it does not show:\n%s\nwas:\n%s", got, first)
	}
	if n := countRoutes(f.restCalls())["GET git/blobs"]; n != 0 {
		t.Errorf("blob reads of a later run: got %d, want 0 (records are remembered by blob)", n)
	}
}

func TestTrackingAClosedIssueUpdatesTheIndexInTheSameCommit(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	f.merge()
	head, commits := f.repo.HeadSHA("main"), len(f.repo.CommitMessages("main"))
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(handlers.NewTracker(f.clients, 0, nil), f.issueEvent("closed", 8, "dana", ""))

	if got := len(f.repo.CommitMessages("main")) - commits; got != 1 {
		t.Fatalf("commits: got %d, want 1", got)
	}
	if f.doc("main") == linked || f.index("main") == f.index(head) {
		t.Fatal("the document and the index should both change in the one commit")
	}
	if got, want := f.index("main"), f.wantIndex("main"); got != want {
		t.Errorf("index:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(f.index("main"), "actions: 7 open, 1 done.") {
		t.Errorf("index counts after #8 closed:\n%s", f.index("main"))
	}
}

func TestIndexInPullRequestMode(t *testing.T) {
	for name, tc := range map[string]struct {
		cfg  string
		opts []githubtest.RepoOption
	}{
		"configured":       {"write_back: pull_request\nindex: " + indexPath + "\n", nil},
		"protected branch": {indexConfig, []githubtest.RepoOption{githubtest.Protected("main")}},
	} {
		t.Run(name, func(t *testing.T) {
			f := setupIndexed(t, tc.cfg, tc.opts...)
			main := f.repo.HeadSHA("main")
			f.merge()
			if f.repo.HeadSHA("main") != main {
				t.Fatal("main changed")
			}
			if !f.oneCommitAhead(linkBranch7) || f.pullsOpened() != 1 {
				t.Fatalf("branch %s: want one commit ahead of main and a pull request; commits %q", linkBranch7, f.repo.CommitMessages(linkBranch7))
			}
			if f.doc(linkBranch7) != linked || f.index(linkBranch7) != f.wantIndex(linkBranch7) {
				t.Errorf("on %s: document linked %v, index as built %v", linkBranch7, f.doc(linkBranch7) == linked, f.index(linkBranch7) == f.wantIndex(linkBranch7))
			}
		})
	}
}

func TestIndexWriteRetriesABranchThatMoved(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	edited := strings.Replace(replicaLag, "Replication stalled for 98 minutes.", "Replication stalled for 98 minutes; reads were stale.", 1)
	race := once(func() { f.repo.PutFile("main", mergeDocPath, []byte(edited)) })
	h := newMergeHandler(githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == http.MethodPatch && strings.Contains(r.URL.Path, "/git/refs/heads/main") {
			race()
		}
	}})
	f.srv.ResetCalls()
	if err := f.deliver(h, f.mergedEvent(mergePull, "main", true)); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(linked, "Replication stalled for 98 minutes.", "Replication stalled for 98 minutes; reads were stale.", 1)
	if got := f.doc("main"); got != want {
		t.Errorf("document: the edit made meanwhile and the links should both be there:\n%s", got)
	}
	if got := f.index("main"); got != f.wantIndex("main") {
		t.Errorf("index is not the one of main:\n%s", got)
	}
	count := countRoutes(f.restCalls())
	if count["PATCH git/refs Unprocessable Entity"] != 1 || count["PATCH git/refs"] != 1 {
		t.Errorf("reference updates: got %v, want one refused and one made", count)
	}
	msgs := f.repo.CommitMessages("main")
	if !strings.HasPrefix(msgs[0], "docs(postmortem): link action issues") || msgs[1] != "Update "+mergeDocPath {
		t.Errorf("commits: got %q, want the write-back on the edit", msgs[:2])
	}
}

func TestIndexNotWrittenByTheToolIsLeftAlone(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	mine := []byte("# Our own list of incidents\n")
	f.repo.PutFile("main", indexPath, mine)
	f.merge()
	if f.doc("main") != linked || !bytes.Equal([]byte(f.index("main")), mine) {
		t.Errorf("document linked %v; index: got\n%s\nwant it untouched", f.doc("main") == linked, f.index("main"))
	}
	if msgs := f.repo.CommitMessages("main"); strings.Contains(msgs[0], indexPath) || !slices.Contains(msgs, "Update "+indexPath) {
		t.Errorf("commits: got %q", msgs)
	}
}

// noActions is a post-mortem without actions.
const noActions = "# Disk full on the build cache\n\n> Severity: SEV3\n\nNo action came of it.\n"

func TestMergeWithoutActionsCommitsTheIndexAlone(t *testing.T) {
	f := setupMergeDoc(t, indexConfig, noActions)
	before := len(f.repo.CommitMessages("main"))
	f.merge()
	msgs := f.repo.CommitMessages("main")
	if len(msgs) != before+1 || msgs[0] != "docs(postmortem): index the post-mortems merged in #7" {
		t.Fatalf("commits: got %q, want the index's alone", msgs[:len(msgs)-before])
	}
	if got := f.index("main"); got != f.wantIndex("main") || !strings.Contains(got, "Disk full on the build cache") {
		t.Errorf("index:\n%s", got)
	}
	f.merge() // redelivered: nothing changed, nothing written
	if got := len(f.repo.CommitMessages("main")); got != before+1 {
		t.Errorf("commits after a redelivery: got %d more, want none", got-before-1)
	}
}

func TestReconcileWritesTheDocumentsAndTheIndexInOneCommit(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	crashAfterSecondIssue(t, f)
	before := len(f.repo.CommitMessages("main"))
	res := f.reconcile()
	if len(res.Commits) != 1 || len(f.repo.CommitMessages("main")) != before+1 {
		t.Fatalf("reconcile: %d commits, want 1", len(res.Commits))
	}
	for _, p := range []string{mergeDocPath, againPath} {
		if n := f.linkedActions("main", p); n != 4 {
			t.Errorf("%s: %d actions linked, want 4", p, n)
		}
	}
	if got := f.index("main"); got != f.wantIndex("main") {
		t.Errorf("index:\n%s\nwant:\n%s", got, f.wantIndex("main"))
	}
	f.srv.ResetCalls()
	if res := f.reconcile(); len(res.Commits) != 0 {
		t.Errorf("a second reconcile: %d commits, want none", len(res.Commits))
	}
	if w := writes(f.srv.Calls()); len(w) != 0 {
		t.Errorf("a second reconcile wrote %q", w)
	}
	f.srv.ResetCalls()
	f.reconcile() // the branch as the last one saw it
	for _, c := range f.srv.Calls() {
		if strings.Contains(c.Path, "/git/") && !c.Cached {
			t.Errorf("a third reconcile: %s, want the head and tree revalidated (304), the rest from the cache", c)
		}
	}
}

func TestIndexWriteRepeatsGitObjectsWhoseReplyWasLost(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	f.srv.Fault(githubtest.Fault{Kind: githubtest.ServerError, Method: http.MethodPost, PathPrefix: "/repos/octo/docs/git/trees"})
	f.srv.Fault(githubtest.Fault{Kind: githubtest.LostReply, Method: http.MethodPost, PathPrefix: "/repos/octo/docs/git/commits"})
	before := len(f.repo.CommitMessages("main"))
	f.merge()
	if got := len(f.repo.CommitMessages("main")) - before; got != 1 || f.doc("main") != linked || f.index("main") != f.wantIndex("main") {
		t.Errorf("after a 502 and a lost reply: %d commits on main (want 1), document linked %v, index as built %v",
			got, f.doc("main") == linked, f.index("main") == f.wantIndex("main"))
	}
}

func TestIndexWriteGivesUpOnABranchThatKeepsMoving(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	pushes := 0
	h := newMergeHandler(githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == http.MethodPatch && strings.Contains(r.URL.Path, "/git/refs/heads/main") {
			pushes++
			f.repo.PutFile("main", "notes.md", []byte(strings.Repeat("x", pushes)))
		}
	}})
	err := f.deliver(h, f.mergedEvent(mergePull, "main", true))
	if err == nil || !strings.Contains(err.Error(), "moved on") {
		t.Fatalf("merge: got %v, want the branch moving named", err)
	}
	if pushes != 3 || f.doc("main") != replicaLag {
		t.Errorf("got %d attempts (want 3, the budget), document changed %v", pushes, f.doc("main") != replicaLag)
	}
}

func TestReconcileWritesAnIndexJustConfigured(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	f.repo.PutFile("main", ".github/postmortem.yml", []byte(indexConfig))
	before := len(f.repo.CommitMessages("main"))
	if res := f.reconcile(); len(res.Commits) != 1 {
		t.Fatalf("reconcile: %d commits, want 1", len(res.Commits))
	}
	if msgs := f.repo.CommitMessages("main"); len(msgs) != before+1 || msgs[0] != "docs(postmortem): update the index of post-mortems" {
		t.Errorf("commits: got %q, want the index's alone", msgs[:len(msgs)-before])
	}
	if got := f.index("main"); got != f.wantIndex("main") {
		t.Errorf("index:\n%s\nwant:\n%s", got, f.wantIndex("main"))
	}
	if res := f.reconcile(); len(res.Commits) != 0 {
		t.Errorf("a second reconcile: %d commits, want none", len(res.Commits))
	}
}

func TestIndexAloneRefusedIsNotTriedAgainUntilTheBranchMoves(t *testing.T) {
	f := setupMergeDoc(t, indexConfig, noActions, githubtest.Protected("main"))
	f.srv.ResetCalls()
	f.merge()
	if count := countRoutes(f.restCalls()); count["PATCH git/refs Unprocessable Entity"] != 1 || count["POST pulls"] != 0 || f.index("main") != "" {
		t.Fatalf("merge on a protected main: %v; want one refused update, no pull request, no index", count)
	}
	f.srv.ResetCalls()
	f.reconcile()
	if count := countRoutes(f.restCalls()); count["POST git/trees"] != 0 {
		t.Errorf("reconcile at the same head: %v, want no new attempt", count)
	}
	f.repo.PutFile("main", "postmortems/2026-11-21-disk-again.md", []byte(noActions))
	f.srv.ResetCalls()
	f.reconcile()
	if count := countRoutes(f.restCalls()); count["POST git/trees"] != 1 {
		t.Errorf("reconcile after main moved: %v, want one new attempt", count)
	}
}

func TestIndexNeverWritesOverAFolder(t *testing.T) {
	f := setupIndexed(t, indexConfig)
	f.repo.PutFile("main", indexPath+"/notes.md", []byte("a folder named like the index\n"))
	f.merge()
	if notes, ok := f.repo.File("main", indexPath+"/notes.md"); !ok || f.doc("main") != linked {
		t.Errorf("the folder's file is gone (%v, %q) or the document not linked", ok, notes)
	}
}
