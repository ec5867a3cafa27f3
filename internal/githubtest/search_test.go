package githubtest_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

func TestSearchIssues(t *testing.T) {
	_, repo, c := setup(t)
	repo.AddIssue(githubtest.Issue{Title: "Add alert", Body: "<!-- postmortem-bot:db-outage.md#1 -->", Labels: []string{"postmortem-action"}})
	repo.AddIssue(githubtest.Issue{Title: "Other", State: "closed"})
	repo.AddPull(3, "main", "pm", map[string][]byte{"a.md": []byte("a\n")})
	ctx := context.Background()
	cases := []struct {
		q    string
		want []int
	}{
		{`repo:octo/docs is:issue "postmortem-bot:db-outage.md#1"`, []int{1}},
		{`repo:octo/docs is:issue label:postmortem-action is:open`, []int{1}},
		{`repo:octo/docs is:issue state:closed`, []int{2}},
		{`repo:octo/docs is:pull-request`, []int{3}},
	}
	for _, tc := range cases {
		res, _, err := c.Search.Issues(ctx, tc.q, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		if got := numbers(res.Issues); !equalInts(got, tc.want) || res.GetTotal() != len(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.q, got, tc.want)
		}
	}
	_, resp, err := c.Search.Issues(ctx, "repo:octo/docs postmortem", nil)
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	if resp.Header.Get("X-RateLimit-Resource") != "search" || resp.Header.Get("X-RateLimit-Limit") != "30" {
		t.Errorf("search rate limit headers: got %v", resp.Header)
	}
}

func TestSearchLag(t *testing.T) {
	now := time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)
	s := githubtest.New(t, githubtest.WithClock(func() time.Time { return now }), githubtest.WithSearchLag(time.Minute))
	repo := s.AddRepo("octo", "docs")
	repo.AddIssue(githubtest.Issue{Title: "new"})
	c := client(t, s, s.InstallationToken(1))
	res, _, err := c.Search.Issues(context.Background(), "repo:octo/docs is:issue", &github.SearchOptions{})
	if err != nil || res.GetTotal() != 0 {
		t.Errorf("search right after creation: got %d, %v; want 0", res.GetTotal(), err)
	}
}
