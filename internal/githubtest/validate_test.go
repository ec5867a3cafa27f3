package githubtest_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

func TestLoadTime(t *testing.T) {
	if !githubtest.New(t).Validates() {
		t.Skip("GitHub's REST description is not fetched: run scripts/setup")
	}
	t.Logf("description pruned and loaded in %v", githubtest.LoadTime())
	if githubtest.LoadTime() <= 0 {
		t.Fatal("LoadTime: got 0 after New")
	}
}

// TestInvalidRequestsFail checks that requests GitHub's description (or
// the checks it leaves out) rejects are reported to the test and answered
// 422, and that unimplemented routes are reported and answered 404.
func TestInvalidRequestsFail(t *testing.T) {
	cases := []struct {
		name, method, path, body string
		want                     int
		wantErr                  string
	}{
		{"labels as a string", "POST", "repos/octo/docs/issues", `{"title":"x","labels":"bug"}`, 422, "labels"},
		{"missing title", "POST", "repos/octo/docs/issues", `{"body":"x"}`, 422, "title"},
		{"milestone as a string", "POST", "repos/octo/docs/issues", `{"title":"x","milestone":"1"}`, 422, "milestone must be an integer"},
		{"content not base64", "PUT", "repos/octo/docs/contents/a.md", `{"message":"m","content":"not base64!"}`, 422, "base64"},
		{"review side lowercase", "POST", "repos/octo/docs/pulls/1/reviews", `{"event":"COMMENT","body":"b","comments":[{"path":"a.md","line":1,"side":"right","body":"x"}]}`, 422, "LEFT or RIGHT"},
		{"check run status unknown", "POST", "repos/octo/docs/check-runs", `{"name":"n","head_sha":"abc","status":"done"}`, 422, "status"},
		{"tree mode unknown", "POST", "repos/octo/docs/git/trees", `{"tree":[{"path":"a.md","mode":"644","type":"blob","content":"x"}]}`, 422, "mode"},
		{"commit without a tree", "POST", "repos/octo/docs/git/commits", `{"message":"m","parents":[]}`, 422, "tree"},
		{"not implemented", "DELETE", "repos/octo/docs/labels/bug", ``, 404, "not implemented"},
		{"not described", "GET", "repos/octo/docs/nonsense/path", ``, 404, "not implemented"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingTB{TB: t}
			s := githubtest.New(rec)
			if !s.Validates() && tc.want == 422 {
				t.Skip("GitHub's REST description is not fetched: run scripts/setup")
			}
			s.AddRepo("octo", "docs")
			if got := raw(t, s, tc.method, tc.path, tc.body); got != tc.want {
				t.Errorf("status: got %d, want %d", got, tc.want)
			}
			errs := rec.errors()
			if len(errs) != 1 || !strings.Contains(errs[0], tc.wantErr) || !strings.Contains(errs[0], tc.method) {
				t.Errorf("reported errors: got %q, want one naming %s and %q", errs, tc.method, tc.wantErr)
			}
		})
	}
}

func TestEnterprisePrefix(t *testing.T) {
	s := githubtest.New(t)
	s.AddRepo("octo", "docs")
	c, err := github.NewClient(nil).WithEnterpriseURLs(s.URL, s.URL)
	if err != nil {
		t.Fatal(err)
	}
	repo, _, err := c.Repositories.Get(context.Background(), "octo", "docs")
	if err != nil || repo.GetDefaultBranch() != "main" {
		t.Fatalf("Get via /api/v3/: got %v, %v; want default branch main", repo, err)
	}
	if calls := s.Calls(); calls[0].Path != "/repos/octo/docs" || calls[0].Status != http.StatusOK {
		t.Errorf("call: got %+v, want GET /repos/octo/docs 200", calls[0])
	}
}

func TestRepoAndBranch(t *testing.T) {
	_, _, c := setup(t, githubtest.Protected("main"))
	ctx := context.Background()
	repo, _, err := c.Repositories.Get(ctx, "octo", "docs")
	if err != nil || repo.GetFullName() != "octo/docs" {
		t.Fatalf("Get: got %v, %v", repo.GetFullName(), err)
	}
	b, _, err := c.Repositories.GetBranch(ctx, "octo", "docs", "main", 0)
	if err != nil || !b.GetProtected() || b.GetCommit().GetSHA() == "" {
		t.Fatalf("GetBranch: got %+v, %v; want protected with a commit", b, err)
	}
	_, resp, _ := c.Repositories.GetBranch(ctx, "octo", "docs", "nope", 0)
	wantStatus(t, resp, nil, http.StatusNotFound)
	_, resp, _ = c.Repositories.Get(ctx, "octo", "missing")
	wantStatus(t, resp, nil, http.StatusNotFound)
}
