package review_test

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
)

// editPath is the path of PATCH /repos/{o}/{r}/pulls/comments/{id}.
var editPath = regexp.MustCompile(`^/repos/octo/docs/pulls/comments/(\d+)$`)

// sentRequests is a transport that notes every request leaving the
// client and hands it to the fake.
type sentRequests struct {
	next http.RoundTripper
	mu   sync.Mutex
	sent []string // "METHOD path" of every request that left the client
}

// RoundTrip implements http.RoundTripper.
func (s *sentRequests) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.sent = append(s.sent, r.Method+" "+r.URL.Path)
	if r.URL.Path == "/repos/octo/docs/milestones" && r.URL.Query().Get("state") != "all" {
		s.sent = append(s.sent, "milestones listed without state=all")
	}
	s.mu.Unlock()
	return s.next.RoundTrip(r)
}

// Sent returns the requests that left the client since the last call,
// and forgets them. Unlike the fake's Calls, which records a call after
// answering it, it sees every request before the client goes on.
func (s *sentRequests) Sent() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.sent
	s.sent = nil
	return out
}

// setupEdits is setup with the requests the client sends noted.
func setupEdits(t *testing.T) (*fixture, *sentRequests) {
	t.Helper()
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs")
	sent := &sentRequests{next: http.DefaultTransport}
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL, Transport: sent,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	h := handlers.NewReviewHandler(clients, &review.Reviewer{Now: func() time.Time { return now }}, nil)
	return &fixture{t: t, srv: srv, repo: repo, handler: h}, sent
}

// edit is one PATCH of a review comment: the comment's id and its body
// in the fake now.
type edit struct {
	id   int64
	body string
}

// reviewCommentEdits returns the review comment edits the fake answered
// on pull request 1, in order.
func (f *fixture) reviewCommentEdits() []edit {
	f.t.Helper()
	bodies := map[int64]string{}
	for _, rv := range f.repo.Reviews(1) {
		for _, c := range rv.Comments {
			bodies[c.ID] = c.Body
		}
	}
	var out []edit
	for _, c := range f.srv.Calls() {
		m := editPath.FindStringSubmatch(c.Path)
		if m == nil || c.Method != "PATCH" {
			continue
		}
		if c.Status != http.StatusOK {
			f.t.Errorf("edit %s: got status %d, want 200", c.Path, c.Status)
			continue
		}
		id, _ := strconv.ParseInt(m[1], 10, 64)
		out = append(out, edit{id, bodies[id]})
	}
	return out
}

func TestCommentsWhoseFindingIsGoneAreMarkedResolved(t *testing.T) {
	f := setup(t)
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
	got := f.reviewCommentEdits()
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
	if n := len(f.reviewCommentEdits()); n != 1 {
		t.Errorf("edits after another push: got %d, want still 1 (never edited twice)", n)
	}
}
