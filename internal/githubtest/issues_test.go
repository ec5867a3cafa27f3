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

func TestCreateIssue(t *testing.T) {
	_, repo, c := setup(t, githubtest.Assignable("dana"))
	ctx := context.Background()
	due := time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)
	ms, _, err := c.Issues.CreateMilestone(ctx, "octo", "docs", &github.Milestone{Title: github.String("2026-12"), DueOn: &github.Timestamp{Time: due}})
	if err != nil {
		t.Fatal(err)
	}
	is, resp, err := c.Issues.Create(ctx, "octo", "docs", &github.IssueRequest{
		Title: github.String("Add a replication-lag alert"), Body: github.String("<!-- postmortem-bot -->"),
		Labels: &[]string{"postmortem-action", "P1"}, Assignees: &[]string{"dana"}, Milestone: ms.Number,
	})
	wantStatus(t, resp, err, http.StatusCreated)
	if is.GetNumber() != 1 || is.GetAssignee().GetLogin() != "dana" || len(is.Labels) != 2 || is.GetMilestone().GetNumber() != 1 {
		t.Errorf("Create: got %+v", is)
	}
	got := repo.Issues()
	if len(got) != 1 || got[0].Milestone != 1 || got[0].Assignees[0] != "dana" || got[0].User != "postmortem-bot[bot]" {
		t.Errorf("Issues: got %+v", got)
	}
	if labels := repo.Labels(); len(labels) != 2 {
		t.Errorf("labels created with the issue: got %d, want 2", len(labels))
	}
	if ms := repo.Milestones(); !ms[0].DueOn.Equal(due) {
		t.Errorf("milestone due: got %v, want %v", ms[0].DueOn, due)
	}
}

func TestCreateIssueUnassignable(t *testing.T) {
	_, repo, c := setup(t, githubtest.Assignable("dana"))
	_, resp, err := c.Issues.Create(context.Background(), "octo", "docs", &github.IssueRequest{
		Title: github.String("x"), Assignees: &[]string{"mallory"},
	})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	var ge *github.ErrorResponse
	if !errors.As(err, &ge) || len(ge.Errors) != 1 || ge.Errors[0].Field != "assignees" || ge.Errors[0].Code != "invalid" {
		t.Errorf("error: got %v, want field assignees code invalid", err)
	}
	if len(repo.Issues()) != 0 {
		t.Error("a refused issue was stored")
	}
}

func TestCreateIssueUnknownMilestone(t *testing.T) {
	_, _, c := setup(t)
	_, resp, err := c.Issues.Create(context.Background(), "octo", "docs", &github.IssueRequest{
		Title: github.String("x"), Milestone: github.Int(9),
	})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
}

func TestEditIssue(t *testing.T) {
	_, repo, c := setup(t, githubtest.Assignable("dana", "erin"))
	n := repo.AddIssue(githubtest.Issue{Title: "x", Assignees: []string{"dana"}})
	ctx := context.Background()
	is, _, err := c.Issues.Edit(ctx, "octo", "docs", n, &github.IssueRequest{
		State: github.String("closed"), StateReason: github.String("not_planned"), Assignees: &[]string{"erin"},
	})
	if err != nil || is.GetState() != "closed" || is.GetStateReason() != "not_planned" || is.ClosedAt == nil {
		t.Fatalf("Edit close: got %+v, %v", is, err)
	}
	is, _, err = c.Issues.Edit(ctx, "octo", "docs", n, &github.IssueRequest{State: github.String("open")})
	if err != nil || is.GetState() != "open" || is.GetStateReason() != "reopened" {
		t.Fatalf("Edit reopen: got %+v, %v", is, err)
	}
	_, resp, err := c.Issues.Edit(ctx, "octo", "docs", n, &github.IssueRequest{Assignees: &[]string{"mallory"}})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	if got := repo.Issues()[0].Assignees; len(got) != 1 || got[0] != "erin" {
		t.Errorf("assignees after refused edit: got %v, want [erin]", got)
	}
	got, _, err := c.Issues.Get(ctx, "octo", "docs", n)
	if err != nil || got.Assignees[0].GetLogin() != "erin" {
		t.Errorf("Get: got %+v, %v", got, err)
	}
	_, resp, _ = c.Issues.Get(ctx, "octo", "docs", 99)
	wantStatus(t, resp, nil, http.StatusNotFound)
}

func TestListIssuesFilters(t *testing.T) {
	_, repo, c := setup(t)
	ms := repo.AddMilestone(githubtest.Milestone{Title: "m"})
	repo.AddIssue(githubtest.Issue{Title: "a", Labels: []string{"action"}, Milestone: ms})
	repo.AddIssue(githubtest.Issue{Title: "b", Labels: []string{"action", "P1"}, State: "closed"})
	repo.AddIssue(githubtest.Issue{Title: "c"})
	repo.AddPull(4, "main", "feature", map[string][]byte{"a.md": []byte("a\n")})
	cases := []struct {
		name string
		opts github.IssueListByRepoOptions
		want []int
	}{
		{"default open, newest first, pulls included", github.IssueListByRepoOptions{}, []int{4, 3, 1}},
		{"all ascending", github.IssueListByRepoOptions{State: "all", Direction: "asc"}, []int{1, 2, 3, 4}},
		{"labels all match", github.IssueListByRepoOptions{State: "all", Labels: []string{"action", "P1"}}, []int{2}},
		{"milestone", github.IssueListByRepoOptions{Milestone: "1"}, []int{1}},
		{"no milestone", github.IssueListByRepoOptions{State: "all", Milestone: "none"}, []int{4, 3, 2}},
		{"closed", github.IssueListByRepoOptions{State: "closed"}, []int{2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			issues, _, err := c.Issues.ListByRepo(context.Background(), "octo", "docs", &tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := numbers(issues); !equalInts(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestListIssuesPages(t *testing.T) {
	_, repo, c := setup(t)
	for range 5 {
		repo.AddIssue(githubtest.Issue{Title: "x"})
	}
	opts := &github.IssueListByRepoOptions{Direction: "asc", ListOptions: github.ListOptions{PerPage: 2}}
	var all []int
	for {
		issues, resp, err := c.Issues.ListByRepo(context.Background(), "octo", "docs", opts)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, numbers(issues)...)
		if resp.NextPage == 0 {
			if resp.LastPage != 0 || resp.PrevPage != 2 {
				t.Errorf("last page links: got last %d prev %d", resp.LastPage, resp.PrevPage)
			}
			break
		}
		opts.Page = resp.NextPage
	}
	if !equalInts(all, []int{1, 2, 3, 4, 5}) {
		t.Errorf("pages: got %v, want 1..5", all)
	}
}

func TestComments(t *testing.T) {
	_, repo, c := setup(t)
	n := repo.AddIssue(githubtest.Issue{Title: "x"})
	ctx := context.Background()
	cm, resp, err := c.Issues.CreateComment(ctx, "octo", "docs", n, &github.IssueComment{Body: github.String("hello")})
	wantStatus(t, resp, err, http.StatusCreated)
	_, _, err = c.Issues.EditComment(ctx, "octo", "docs", cm.GetID(), &github.IssueComment{Body: github.String("edited")})
	if err != nil {
		t.Fatal(err)
	}
	list, _, err := c.Issues.ListComments(ctx, "octo", "docs", n, nil)
	if err != nil || len(list) != 1 || list[0].GetBody() != "edited" {
		t.Errorf("ListComments: got %v, %v", list, err)
	}
	if got := repo.Comments(n); len(got) != 1 || got[0].Body != "edited" {
		t.Errorf("Comments: got %+v", got)
	}
	_, resp, _ = c.Issues.CreateComment(ctx, "octo", "docs", 42, &github.IssueComment{Body: github.String("x")})
	wantStatus(t, resp, nil, http.StatusNotFound)
}

// numbers lists the issues' numbers.
func numbers(issues []*github.Issue) []int {
	var out []int
	for _, is := range issues {
		out = append(out, is.GetNumber())
	}
	return out
}

// equalInts compares two int slices.
func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
