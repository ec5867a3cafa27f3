package actions_test

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
)

// manyActions is replicaLag with n actions in its task list, all open,
// owned by dana or frank (both assignable).
func manyActions(n int) string {
	head, _, _ := strings.Cut(replicaLag, "## Remediation\n")
	var b strings.Builder
	b.WriteString(head + "## Remediation\n\n")
	owners := []string{"dana", "frank"}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "- [ ] Harden the replica path, step %d — owner: @%s, due: 2026-12-15, priority: P2\n", i, owners[i%2])
	}
	b.WriteString("\n## Short Summary\n\nReplication stalled for 98 minutes.\n")
	return b.String()
}

// issueNumberRe finds an issue number written next to an action.
var issueNumberRe = regexp.MustCompile(`\(#(\d+)\)`)

// checkAllLinked checks that the n actions have n distinct issues, one
// per marker, each number written into the document once.
func checkAllLinked(t *testing.T, f *mergeFixture, n int) {
	t.Helper()
	issues := f.repo.Issues()
	markers := map[string]int{}
	for _, is := range issues {
		m := regexp.MustCompile(`postmortem-bot:action doc=\S+ key=\S+`).FindString(is.Body)
		markers[m]++
	}
	if len(issues) != n || len(markers) != n {
		t.Errorf("issues: got %d with %d distinct markers, want %d and %d (no duplicate)", len(issues), len(markers), n, n)
	}
	written := issueNumberRe.FindAllString(f.doc("main"), -1)
	seen := map[string]bool{}
	for _, w := range written {
		seen[w] = true
	}
	if len(written) != n || len(seen) != n {
		t.Errorf("numbers written into the document: got %d (%d distinct), want %d", len(written), len(seen), n)
	}
}

// countCalls counts calls by method and route kind.
func countCalls(calls []githubtest.Call) map[string]int {
	out := map[string]int{}
	for _, c := range calls {
		k := callKind(c)
		if c.Status >= 500 {
			k += fmt.Sprintf(" %d", c.Status)
		}
		out[k]++
	}
	return out
}

func TestMergeGetsPastTwo502sOnIssueCreation(t *testing.T) {
	const n = 17
	for _, kind := range []githubtest.FaultKind{githubtest.ServerError, githubtest.LostReply} {
		name := map[githubtest.FaultKind]string{githubtest.ServerError: "nothing done", githubtest.LostReply: "issue opened, answer lost"}[kind]
		t.Run(name, func(t *testing.T) {
			f := setupMergeDoc(t, defaultConfig, manyActions(n))
			f.srv.Fault(githubtest.Fault{Kind: kind, Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 2})
			f.srv.ResetCalls()
			f.merge()
			checkAllLinked(t, f, n)
			calls := f.restCalls()
			count := countCalls(calls)
			// Each unanswered create is followed by one look for its marker
			// (newest issues first: one page); a lost reply's issue is found
			// there, so it is not opened again.
			opened := n
			if kind == githubtest.LostReply {
				opened -= 2
			}
			if count["POST issues"] != opened || count["POST issues 502"] != 2 || count["GET issues"] != 1+2 || count["PUT contents"] != 1 {
				t.Errorf("calls by kind: %v", count)
			}
			t.Logf("merge of %d actions with two 502s on issue creation (%s): %d issues, %d REST calls: %v",
				n, name, len(f.repo.Issues()), len(calls), count)
		})
	}
}

func TestMergeRecoversLostRepliesOnDifferentActions(t *testing.T) {
	const n = 17
	f := setupMergeDoc(t, defaultConfig, manyActions(n))
	created := 0
	h := newMergeHandler(githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if r.Method == "POST" && strings.HasSuffix(r.URL.Path, "/issues") {
			if created++; created == 3 || created == 11 {
				f.srv.Fault(githubtest.Fault{Kind: githubtest.LostReply, Method: "POST", PathPrefix: "/repos/octo/docs/issues"})
			}
		}
	}})
	if err := f.deliver(h, f.mergedEvent(mergePull, "main", true)); err != nil {
		t.Fatalf("merge: %v", err)
	}
	checkAllLinked(t, f, n)
	if got := countCalls(f.restCalls())["POST issues 502"]; got != 2 {
		t.Errorf("lost replies: got %d, want 2", got)
	}
}

func TestMergeReportsOnlyTheActionThatStillFailed(t *testing.T) {
	const n = 5
	f := setupMergeDoc(t, defaultConfig, manyActions(n))
	// Three 502s in a row: the first action's three attempts all fail.
	f.srv.Fault(githubtest.Fault{Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 3})
	err := f.deliver(f.handler, f.mergedEvent(mergePull, "main", true))
	if err == nil || !strings.Contains(err.Error(), `"Harden the replica path, step 1"`) || strings.Contains(err.Error(), "step 2") {
		t.Fatalf("merge error: got %v, want one naming step 1 alone", err)
	}
	if got := len(f.repo.Issues()); got != n-1 {
		t.Errorf("issues: got %d, want %d: the others are opened", got, n-1)
	}
	if got := len(issueNumberRe.FindAllString(f.doc("main"), -1)); got != n-1 {
		t.Errorf("numbers written: got %d, want %d", got, n-1)
	}
	// The redelivery (or the next reconcile) opens the last one.
	f.merge()
	checkAllLinked(t, f, n)
}

func TestReconcileGetsPastTwo502sOnIssueCreation(t *testing.T) {
	const n = 17
	f := setupMergeDoc(t, defaultConfig, manyActions(n))
	f.srv.Fault(githubtest.Fault{Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 2})
	res := f.reconcile()
	if res.Opened != n {
		t.Errorf("reconcile opened %d, want %d", res.Opened, n)
	}
	checkAllLinked(t, f, n)
}

func TestMergeWaitsBetweenAttempts(t *testing.T) {
	f := setupMergeDoc(t, defaultConfig, manyActions(2))
	var waits []time.Duration
	m := &actions.Merger{Now: func() time.Time { return mergeNow }, Sleep: func(_ context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	}}
	f.srv.Fault(githubtest.Fault{Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 2})
	if err := f.deliver(handlers.NewMergeHandler(f.clients, m, nil), f.mergedEvent(mergePull, "main", true)); err != nil {
		t.Fatal(err)
	}
	if len(waits) != 2 || waits[0] >= waits[1] {
		t.Errorf("waits: got %v, want two, growing", waits)
	}
}

func TestMergeSkipsUnreadableFilesAndMergesTheRest(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	const binary, latin1, other = "postmortems/2026-11-05-diagram.md", "postmortems/2026-11-06-latin1.md", "postmortems/2026-11-07-disk-full.md"
	f.repo.AddPull(12, "main", "pm2", map[string][]byte{
		binary: {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe},
		latin1: []byte("# Panne du r\xe9seau\n\n## Remediation\n\n- [ ] Ajouter une alerte \xe0 la passerelle\n"),
		other:  []byte(manyActions(3)),
	})
	f.repo.MergePull(12)
	m := &actions.Merger{Now: func() time.Time { return mergeNow }, Sleep: noSleep}
	req := actions.MergeRequest{Owner: "octo", Repo: "docs", DefaultBranch: "main", PullNumber: 12, Bot: appBot}
	res, err := m.Merge(context.Background(), f.clients.Installation(1), req)
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if strings.Join(res.Unreadable, ",") != binary+","+latin1 {
		t.Errorf("unreadable: got %q, want %q and %q", res.Unreadable, binary, latin1)
	}
	if res.Opened != 3 || len(f.repo.Issues()) != 3 {
		t.Errorf("issues: opened %d, %d in the repository; want the other document's 3", res.Opened, len(f.repo.Issues()))
	}
	if b, _ := f.repo.File("main", other); len(issueNumberRe.FindAll(b, -1)) != 3 {
		t.Errorf("the readable document was not linked:\n%s", b)
	}
}
