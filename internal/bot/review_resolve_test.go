package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/bot"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// editPath is the path of PATCH /repos/{o}/{r}/pulls/comments/{id}.
var editPath = regexp.MustCompile(`^/repos/octo/docs/pulls/comments/(\d+)$`)

// commentEdits stands in for the review comment edits the fake does not
// implement: it answers PATCH /repos/octo/docs/pulls/comments/{id} itself,
// remembers each body, and shows the edited bodies in the fake's comment
// listings. Everything else goes to the fake.
type commentEdits struct {
	next  http.RoundTripper
	mu    sync.Mutex
	edits []edit
	sent  []string // "METHOD path" of every request that left the client
}

// edit is one PATCH of a review comment.
type edit struct {
	id   int64
	body string
}

// RoundTrip implements http.RoundTripper.
func (e *commentEdits) RoundTrip(r *http.Request) (*http.Response, error) {
	e.mu.Lock()
	e.sent = append(e.sent, r.Method+" "+r.URL.Path)
	if r.URL.Path == "/repos/octo/docs/milestones" && r.URL.Query().Get("state") != "all" {
		e.sent = append(e.sent, "milestones listed without state=all")
	}
	e.mu.Unlock()
	if m := editPath.FindStringSubmatch(r.URL.Path); m != nil && r.Method == "PATCH" {
		return e.answerEdit(r, m[1])
	}
	resp, err := e.next.RoundTrip(r)
	if err != nil || r.Method != "GET" || !strings.HasSuffix(r.URL.Path, "/pulls/1/comments") || resp.StatusCode != 200 {
		return resp, err
	}
	return e.overlay(resp)
}

// answerEdit records the edit and answers as GitHub does, with the
// comment's id and new body.
func (e *commentEdits) answerEdit(r *http.Request, idText string) (*http.Response, error) {
	var req struct{ Body string }
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return nil, err
	}
	id, _ := strconv.ParseInt(idText, 10, 64)
	e.mu.Lock()
	e.edits = append(e.edits, edit{id, req.Body})
	e.mu.Unlock()
	b, _ := json.Marshal(map[string]any{"id": id, "body": req.Body})
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(b)), ContentLength: int64(len(b)), Request: r}, nil
}

// overlay shows the edited bodies in a listing, without its ETag so that
// no cache keeps the rewritten copy.
func (e *commentEdits) overlay(resp *http.Response) (*http.Response, error) {
	var list []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		return nil, err
	}
	resp.Body.Close()
	e.mu.Lock()
	for _, c := range list {
		for _, ed := range e.edits {
			if id, _ := c["id"].(float64); int64(id) == ed.id {
				c["body"] = ed.body
			}
		}
	}
	e.mu.Unlock()
	b, _ := json.Marshal(list)
	resp.Body, resp.ContentLength = io.NopCloser(bytes.NewReader(b)), int64(len(b))
	resp.Header.Del("ETag")
	resp.Header.Del("Content-Length")
	return resp, nil
}

// Edits returns the edits made so far.
func (e *commentEdits) Edits() []edit {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]edit(nil), e.edits...)
}

// Sent returns the requests that left the client since the last call,
// and forgets them. Unlike the fake's Calls, which records a call after
// answering it, it sees every request before the client goes on.
func (e *commentEdits) Sent() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := e.sent
	e.sent = nil
	return out
}

// setupEdits is setup with comment edits intercepted.
func setupEdits(t *testing.T) (*fixture, *commentEdits) {
	t.Helper()
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs")
	edits := &commentEdits{next: http.DefaultTransport}
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: testKey(t), BaseURL: srv.URL, Transport: edits,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	h := bot.NewReviewHandler(clients, &bot.Reviewer{Now: func() time.Time { return now }}, nil)
	return &fixture{t: t, srv: srv, repo: repo, handler: h}, edits
}

func TestCommentsWhoseFindingIsGoneAreMarkedResolved(t *testing.T) {
	f, edits := setupEdits(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	var hindsight int64
	for _, c := range f.repo.Reviews(1)[0].Comments {
		if strings.Contains(c.Body, "rule=language/hindsight") {
			hindsight = c.ID
		}
	}
	fixed := strings.Replace(outage, "Obviously the deploy simply", "The deploy", 1)
	sha2 := f.openPull(1, "pm2", map[string][]byte{docPath: []byte(fixed)})
	f.deliver("pull_request", f.pullEvent("synchronize", 1, sha2, false))
	got := edits.Edits()
	if len(got) != 1 || got[0].id != hindsight {
		t.Fatalf("edits: got %+v, want one, of the hindsight comment %d", got, hindsight)
	}
	prefix := "**Resolved** in " + sha2[:7] + ": this finding is gone.\n\n"
	if !strings.HasPrefix(got[0].body, prefix) || !strings.Contains(got[0].body, "<!-- postmortem-bot:finding rule=language/hindsight -->") {
		t.Errorf("edited body: got %q, want it to start %q and keep the marker", got[0].body, prefix)
	}
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews: got %d, want 1 (nothing new to say)", n)
	}
	sha3 := f.openPull(1, "pm3", map[string][]byte{docPath: []byte(fixed), "README.md": []byte("# Docs\n")})
	f.deliver("pull_request", f.pullEvent("synchronize", 1, sha3, false))
	if n := len(edits.Edits()); n != 1 {
		t.Errorf("edits after another push: got %d, want still 1 (never edited twice)", n)
	}
}
