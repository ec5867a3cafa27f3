package githubtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// reviewPull opens pull request 2 changing docPath from baseDoc to headDoc.
func reviewPull(t *testing.T) (*githubtest.Repo, *github.Client) {
	t.Helper()
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.AddPull(2, "main", "pm", map[string][]byte{docPath: []byte(headDoc)})
	return repo, c
}

func TestCreateReview(t *testing.T) {
	repo, c := reviewPull(t)
	ctx := context.Background()
	rv, resp, err := c.PullRequests.CreateReview(ctx, "octo", "docs", 2, &github.PullRequestReviewRequest{
		Body: github.String("Post-mortem review"), Event: github.String("COMMENT"),
		Comments: []*github.DraftReviewComment{
			{Path: github.String(docPath), Line: github.Int(6), Side: github.String("RIGHT"), Body: github.String("```suggestion\n- 14:09 the alert did not fire\n```")},
			{Path: github.String(docPath), StartLine: github.Int(11), Line: github.Int(12), Body: github.String("owner?")},
			{Path: github.String(docPath), Line: github.Int(6), Side: github.String("LEFT"), Body: github.String("old line")},
		},
	})
	wantStatus(t, resp, err, http.StatusOK)
	_, resp, err = c.PullRequests.CreateReview(ctx, "octo", "docs", 2, &github.PullRequestReviewRequest{
		Event:    github.String("COMMENT"),
		Comments: []*github.DraftReviewComment{{Path: github.String(docPath), Position: github.Int(1), Body: github.String("by position")}},
	})
	wantStatus(t, resp, err, http.StatusOK)
	if rv.GetState() != "COMMENTED" || rv.GetCommitID() != repo.HeadSHA("pm") {
		t.Errorf("review: got state %s commit %s", rv.GetState(), rv.GetCommitID())
	}
	comments, _, err := c.PullRequests.ListComments(ctx, "octo", "docs", 2, nil)
	if err != nil || len(comments) != 4 {
		t.Fatalf("ListComments: got %d, %v; want 4", len(comments), err)
	}
	if got := comments[3]; got.GetLine() != 3 || got.GetSide() != "RIGHT" || got.GetDiffHunk() == "" {
		t.Errorf("position comment: got line %d side %s hunk %q", got.GetLine(), got.GetSide(), got.GetDiffHunk())
	}
	reviews, _, err := c.PullRequests.ListReviews(ctx, "octo", "docs", 2, nil)
	if err != nil || len(reviews) != 2 || len(repo.Reviews(2)[0].Comments) != 3 {
		t.Errorf("ListReviews: got %d, %v", len(reviews), err)
	}
}

func TestCreateReviewOutsideDiff(t *testing.T) {
	cases := []struct {
		name    string
		comment *github.DraftReviewComment
	}{
		{"line outside the diff", &github.DraftReviewComment{Path: github.String(docPath), Line: github.Int(1), Body: github.String("x")}},
		{"left line not in diff", &github.DraftReviewComment{Path: github.String(docPath), Line: github.Int(12), Side: github.String("LEFT"), Body: github.String("x")}},
		{"file not in pull", &github.DraftReviewComment{Path: github.String("README.md"), Line: github.Int(1), Body: github.String("x")}},
		{"start line outside the diff", &github.DraftReviewComment{Path: github.String(docPath), StartLine: github.Int(1), Line: github.Int(6), Body: github.String("x")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			repo, c := reviewPull(t)
			good := &github.DraftReviewComment{Path: github.String(docPath), Line: github.Int(6), Body: github.String("ok")}
			_, resp, err := c.PullRequests.CreateReview(context.Background(), "octo", "docs", 2, &github.PullRequestReviewRequest{
				Body: github.String("b"), Event: github.String("COMMENT"), Comments: []*github.DraftReviewComment{good, tc.comment},
			})
			wantStatus(t, resp, err, http.StatusUnprocessableEntity)
			if n := len(repo.Reviews(2)); n != 0 {
				t.Errorf("reviews stored: got %d, want 0 (the whole review is refused)", n)
			}
		})
	}
}

func TestCreateReviewPositionOutsideDiff(t *testing.T) {
	repo, c := reviewPull(t)
	for _, pos := range []int{40, 0} {
		_, resp, err := c.PullRequests.CreateReview(context.Background(), "octo", "docs", 2, &github.PullRequestReviewRequest{
			Event:    github.String("COMMENT"),
			Comments: []*github.DraftReviewComment{{Path: github.String(docPath), Position: github.Int(pos), Body: github.String("x")}},
		})
		wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	}
	if n := len(repo.Reviews(2)); n != 0 {
		t.Errorf("reviews stored: got %d, want 0", n)
	}
}
