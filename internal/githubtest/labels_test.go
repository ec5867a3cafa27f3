package githubtest_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

func TestLabels(t *testing.T) {
	_, repo, c := setup(t)
	ctx := context.Background()
	_, resp, err := c.Issues.CreateLabel(ctx, "octo", "docs", &github.Label{Name: github.String("sev1"), Color: github.String("B60205")})
	wantStatus(t, resp, err, http.StatusCreated)
	_, resp, err = c.Issues.CreateLabel(ctx, "octo", "docs", &github.Label{Name: github.String("SEV1"), Color: github.String("b60205")})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	_, resp, err = c.Issues.CreateLabel(ctx, "octo", "docs", &github.Label{Name: github.String("p1"), Color: github.String("red")})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	list, _, err := c.Issues.ListLabels(ctx, "octo", "docs", nil)
	if err != nil || len(list) != 1 || list[0].GetColor() != "b60205" {
		t.Errorf("ListLabels: got %v, %v", list, err)
	}
	if got := repo.Labels(); len(got) != 1 || got[0].Name != "sev1" {
		t.Errorf("Labels: got %+v", got)
	}
}

func TestMilestones(t *testing.T) {
	_, repo, c := setup(t)
	day := func(d int) time.Time { return time.Date(2026, 12, d, 0, 0, 0, 0, time.UTC) }
	repo.AddMilestone(githubtest.Milestone{Title: "late", DueOn: day(20)})
	repo.AddMilestone(githubtest.Milestone{Title: "early", DueOn: day(5)})
	repo.AddMilestone(githubtest.Milestone{Title: "closed", DueOn: day(1), State: "closed"})
	ctx := context.Background()
	_, resp, err := c.Issues.CreateMilestone(ctx, "octo", "docs", &github.Milestone{Title: github.String("late")})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	list, _, err := c.Issues.ListMilestones(ctx, "octo", "docs", &github.MilestoneListOptions{Sort: "due_on"})
	if err != nil || len(list) != 2 || list[0].GetTitle() != "early" || list[1].GetTitle() != "late" {
		t.Errorf("ListMilestones open by due date: got %v, %v", list, err)
	}
	all, _, _ := c.Issues.ListMilestones(ctx, "octo", "docs", &github.MilestoneListOptions{State: "all"})
	if len(all) != 3 {
		t.Errorf("all milestones: got %d, want 3", len(all))
	}
}

func TestAssignees(t *testing.T) {
	_, _, c := setup(t, githubtest.Assignable("Dana"))
	ctx := context.Background()
	for login, want := range map[string]bool{"dana": true, "mallory": false} {
		ok, _, err := c.Issues.IsAssignee(ctx, "octo", "docs", login)
		if err != nil || ok != want {
			t.Errorf("IsAssignee(%s): got %v, %v; want %v", login, ok, err, want)
		}
	}
}
