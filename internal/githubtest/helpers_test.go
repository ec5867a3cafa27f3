package githubtest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// setup starts a fake with one repository, octo/docs, and a go-github
// client authenticated with an installation token.
func setup(t *testing.T, opts ...githubtest.RepoOption) (*githubtest.Server, *githubtest.Repo, *github.Client) {
	t.Helper()
	s := githubtest.New(t)
	repo := s.AddRepo("octo", "docs", opts...)
	return s, repo, client(t, s, s.InstallationToken(1))
}

// client returns a go-github client for s using token.
func client(t *testing.T, s *githubtest.Server, token string) *github.Client {
	t.Helper()
	c := github.NewClient(nil).WithAuthToken(token)
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	c.BaseURL = u
	return c
}

// statusOf returns the HTTP status of a go-github call's response.
func statusOf(resp *github.Response) int {
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}

// wantStatus fails t unless the call answered want.
func wantStatus(t *testing.T, resp *github.Response, err error, want int) {
	t.Helper()
	if got := statusOf(resp); got != want {
		t.Fatalf("status: got %d (err %v), want %d", got, err, want)
	}
}

// recordingTB records Errorf instead of failing, so a test can assert
// that the fake reported a bad request.
type recordingTB struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

// Errorf records the message.
func (r *recordingTB) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// errors returns the recorded messages.
func (r *recordingTB) errors() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errs...)
}

// raw sends a request with a raw JSON body to s and returns the status.
func raw(t *testing.T, s *githubtest.Server, method, path, body string) int {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), method, s.URL+strings.TrimPrefix(path, "/"), strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
