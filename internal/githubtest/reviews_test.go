package githubtest_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
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

func TestEditReviewComment(t *testing.T) {
	repo, c := reviewPull(t)
	ctx := context.Background()
	_, resp, err := c.PullRequests.CreateReview(ctx, "octo", "docs", 2, &github.PullRequestReviewRequest{
		Event: github.String("COMMENT"),
		Comments: []*github.DraftReviewComment{
			{Path: github.String(docPath), Line: github.Int(6), Body: github.String("first")},
			{Path: github.String(docPath), Line: github.Int(12), Body: github.String("second")},
		},
	})
	wantStatus(t, resp, err, http.StatusOK)
	id := repo.Reviews(2)[0].Comments[1].ID
	got, resp, err := c.PullRequests.EditComment(ctx, "octo", "docs", id, &github.PullRequestComment{Body: github.String("edited")})
	wantStatus(t, resp, err, http.StatusOK)
	if got.GetID() != id || got.GetBody() != "edited" || got.GetLine() != 12 || got.GetPath() != docPath {
		t.Errorf("EditComment: got id %d body %q line %d path %q; want %d, edited, 12, %s",
			got.GetID(), got.GetBody(), got.GetLine(), got.GetPath(), id, docPath)
	}
	list, _, err := c.PullRequests.ListComments(ctx, "octo", "docs", 2, nil)
	if err != nil || len(list) != 2 || list[0].GetBody() != "first" || list[1].GetBody() != "edited" {
		t.Fatalf("ListComments after the edit: got %v, %v; want bodies first, edited", list, err)
	}
	if rc := repo.Reviews(2)[0].Comments[1]; rc.Body != "edited" {
		t.Errorf("Reviews: got body %q, want edited", rc.Body)
	}
	_, resp, _ = c.PullRequests.EditComment(ctx, "octo", "docs", 999999, &github.PullRequestComment{Body: github.String("x")})
	wantStatus(t, resp, nil, http.StatusNotFound)
	_, resp, _ = c.PullRequests.EditComment(ctx, "octo", "missing", id, &github.PullRequestComment{Body: github.String("x")})
	wantStatus(t, resp, nil, http.StatusNotFound)
}

// TestEditReviewCommentWithoutBody checks that the description, kept for
// the edit, rejects an edit without a body: reported and answered 422.
func TestEditReviewCommentWithoutBody(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := githubtest.New(rec)
	if !s.Validates() {
		t.Skip("GitHub's REST description is not fetched: run scripts/setup")
	}
	repo := s.AddRepo("octo", "docs")
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.AddPull(2, "main", "pm", map[string][]byte{docPath: []byte(headDoc)})
	c := client(t, s, s.InstallationToken(1))
	_, resp, err := c.PullRequests.CreateReview(context.Background(), "octo", "docs", 2, &github.PullRequestReviewRequest{
		Event:    github.String("COMMENT"),
		Comments: []*github.DraftReviewComment{{Path: github.String(docPath), Line: github.Int(6), Body: github.String("keep")}},
	})
	wantStatus(t, resp, err, http.StatusOK)
	id := repo.Reviews(2)[0].Comments[0].ID
	path := "repos/octo/docs/pulls/comments/" + strconv.FormatInt(id, 10)
	if got := raw(t, s, "PATCH", path, `{}`); got != http.StatusUnprocessableEntity {
		t.Errorf("status: got %d, want 422", got)
	}
	errs := rec.errors()
	if len(errs) != 1 || !strings.Contains(errs[0], "PATCH") || !strings.Contains(errs[0], `property "body" is missing`) {
		t.Errorf("reported errors: got %q, want one naming PATCH and the missing body", errs)
	}
	if got := repo.Reviews(2)[0].Comments[0].Body; got != "keep" {
		t.Errorf("body after the refused edit: got %q, want keep", got)
	}
}
