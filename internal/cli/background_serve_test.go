package cli

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// serveAgainst runs serve against the fake srv with extra environment,
// and returns its URL and a function that stops it and waits.
func serveAgainst(t *testing.T, srv *githubtest.Server, extra map[string]string) (string, func()) {
	t.Helper()
	vars := map[string]string{"GITHUB_APP_ID": "12345", "GITHUB_PRIVATE_KEY": string(testKey(t)),
		"GITHUB_WEBHOOK_SECRET": testSecret, "GITHUB_API_URL": srv.URL, "ADDR": "127.0.0.1:0", "WEEKLY_SUMMARY": "off"}
	for k, v := range extra {
		vars[k] = v
	}
	addrs := make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	env := &Env{Stdout: io.Discard, Stderr: &lockedBuffer{}, Version: "test", Getenv: envVars(t, vars), Listen: reportAddr(addrs)}
	go func() { done <- serveContext(ctx, env, nil) }()
	select {
	case a := <-addrs:
		return "http://" + a, func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("serve: %v", err)
			}
		}
	case err := <-done:
		t.Fatalf("serve stopped before listening: %v", err)
	}
	cancel()
	return "", nil
}

// waitFor polls cond for up to ten seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// closedIssueDelivery is GitHub's closed-issue example made issue is of
// octo/docs, installation 3, as the fake holds it.
func closedIssueDelivery(t *testing.T, is githubtest.Issue) []byte {
	return webhooktest.Edit(t, webhooktest.ClosedIssue(t), func(p map[string]any) {
		r := p["repository"].(map[string]any)
		r["name"], r["full_name"], r["default_branch"] = "docs", "octo/docs", "main"
		r["owner"].(map[string]any)["login"] = "octo"
		p["installation"] = map[string]any{"id": json.Number("3")}
		issue := p["issue"].(map[string]any)
		issue["number"], issue["body"], issue["state"], issue["state_reason"] = is.Number, is.Body, "closed", "completed"
		issue["assignees"], issue["milestone"] = []any{}, nil
		issue["user"] = map[string]any{"login": is.User, "id": 9, "type": "Bot"}
		p["sender"] = map[string]any{"login": "dana", "id": 7, "type": "User"}
	})
}

// TestServeRunsTheBackgroundWork: at start serve reconciles (the action
// without an issue gets one); an issue closed reaches the document
// through the tracker a window later, and a change still waiting for its
// window when serve stops is written by the next process on the same
// state file.
func TestServeRunsTheBackgroundWork(t *testing.T) {
	srv := githubtest.New(t, githubtest.WithClock(func() time.Time { return reconcileNow }))
	repo := srv.AddRepo("octo", "docs", githubtest.Installation(3), githubtest.Assignable("dana"))
	const path = "postmortems/2026-11-02-cache.md"
	repo.PutFile("main", path, []byte(reconcileDoc))
	env := map[string]string{"RECONCILE_INTERVAL": "1h", "TRACK_WINDOW": "2s", "POSTMORTEM_BOT_STATE": filepath.Join(t.TempDir(), "state.db")}
	url, stop := serveAgainst(t, srv, env)
	doc := func() string { b, _ := repo.File("main", path); return string(b) }
	waitFor(t, "the start-up reconcile to link an issue", func() bool { return strings.Contains(doc(), "(#1)") })

	issues := repo.Issues()
	repo.CloseIssueAt(issues[0].Number, time.Now(), "completed")
	resp := webhooktest.Delivery(t, url+"/api/github/webhooks", []byte(testSecret), "issues", closedIssueDelivery(t, repo.Issues()[0]))
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("delivery: %d, want 202", resp.StatusCode)
	}
	time.Sleep(300 * time.Millisecond) // handled, and waiting for its window
	stop()
	if strings.Contains(doc(), "- [x]") {
		t.Fatal("the change was written before its window passed")
	}
	env["RECONCILE_INTERVAL"] = "off"
	_, stop = serveAgainst(t, srv, env)
	defer stop()
	waitFor(t, "the next process to write the closed issue as done", func() bool {
		return strings.Contains(doc(), "- [x] Add request coalescing")
	})
}
