package githubtest_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
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

func TestFaultLostReplyDoesTheWork(t *testing.T) {
	s, repo, c := setup(t)
	s.Fault(githubtest.Fault{Kind: githubtest.LostReply, Method: "POST", PathPrefix: "/repos/octo/docs/issues"})
	_, resp, err := c.Issues.Create(context.Background(), "octo", "docs", &github.IssueRequest{Title: github.String("x")})
	wantStatus(t, resp, err, http.StatusBadGateway)
	if issues := repo.Issues(); len(issues) != 1 || issues[0].Title != "x" {
		t.Errorf("issues after a lost reply: got %+v, want the one created", issues)
	}
	if calls := s.Calls(); len(calls) != 1 || calls[0].Status != http.StatusBadGateway {
		t.Errorf("calls: got %v, want one answered 502", calls)
	}
}

func TestFaultThatNeverFiresFailsTheTest(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := githubtest.New(rec)
	s.AddRepo("octo", "docs")
	s.Fault(githubtest.Fault{Method: "POST", PathPrefix: "/repos/octo/docs/issues", Count: 2})
	c := client(t, s, s.InstallationToken(1))
	_, resp, err := c.Issues.Create(context.Background(), "octo", "docs", &github.IssueRequest{Title: github.String("x")})
	wantStatus(t, resp, err, http.StatusBadGateway)
	s.Verify()
	if errs := rec.errors(); len(errs) != 1 || !strings.Contains(errs[0], "never fired (1 left)") {
		t.Errorf("errors: got %q, want one saying the second fault never fired", errs)
	}
}

func TestFaultOnUnknownRepositoryFailsTheTest(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := githubtest.New(rec)
	s.AddRepo("octo", "docs")
	s.Fault(githubtest.Fault{Method: "POST", PathPrefix: "/repos/octo/doc/issues"})
	s.Fault(githubtest.Fault{Method: "GET", PathPrefix: "/repos/octo/do"}) // a prefix of a name: allowed
	errs := rec.errors()
	if len(errs) != 1 || !strings.Contains(errs[0], "no repository octo/doc") {
		t.Errorf("errors: got %q, want one naming octo/doc", errs)
	}
	c := client(t, s, s.InstallationToken(1))
	_, _, _ = c.Repositories.Get(context.Background(), "octo", "docs")
	s.Verify()
	if got := rec.errors(); len(got) != 2 {
		t.Errorf("errors after Verify: got %q, want the unknown repository's fault reported as never fired", got)
	}
}
