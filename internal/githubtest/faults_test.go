package githubtest_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

func TestFaultServerErrorBurst(t *testing.T) {
	s, repo, c := setup(t)
	s.Fault(githubtest.Fault{Kind: githubtest.ServerError, Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 2, Status: 503})
	ctx := context.Background()
	req := &github.IssueRequest{Title: github.String("x")}
	for _, want := range []int{503, 503, 201} {
		_, resp, err := c.Issues.Create(ctx, "octo", "docs", req)
		wantStatus(t, resp, err, want)
	}
	if n := len(repo.Issues()); n != 1 {
		t.Errorf("issues: got %d, want 1 (failed requests change nothing)", n)
	}
	if _, _, err := c.Repositories.Get(ctx, "octo", "docs"); err != nil {
		t.Errorf("unmatched request failed: %v", err)
	}
}

func TestFaultSecondaryRateLimit(t *testing.T) {
	s, _, c := setup(t)
	s.Fault(githubtest.Fault{Kind: githubtest.SecondaryRateLimit, RetryAfter: 30 * time.Second})
	_, resp, err := c.Repositories.Get(context.Background(), "octo", "docs")
	wantStatus(t, resp, err, http.StatusForbidden)
	var abuse *github.AbuseRateLimitError
	if !errors.As(err, &abuse) || abuse.GetRetryAfter() != 30*time.Second {
		t.Errorf("error: got %v, want AbuseRateLimitError with RetryAfter 30s", err)
	}
}

func TestFaultLatency(t *testing.T) {
	s, _, c := setup(t)
	s.Fault(githubtest.Fault{Kind: githubtest.Latency, Delay: 150 * time.Millisecond})
	start := time.Now()
	if _, _, err := c.Repositories.Get(context.Background(), "octo", "docs"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("latency: got %v, want at least 150ms", d)
	}
}

func TestFaultDrop(t *testing.T) {
	s, _, c := setup(t)
	s.Fault(githubtest.Fault{Kind: githubtest.Drop, Method: "GET"})
	_, resp, err := c.Repositories.Get(context.Background(), "octo", "docs")
	if err == nil || resp != nil {
		t.Fatalf("dropped connection: got response %v, err %v; want a transport error", resp, err)
	}
	if _, _, err := c.Repositories.Get(context.Background(), "octo", "docs"); err != nil {
		t.Errorf("after the fault: %v", err)
	}
	if calls := s.Calls(); calls[0].Status != 0 || calls[1].Status != 200 {
		t.Errorf("calls: got %v, want status 0 then 200", calls)
	}
}
