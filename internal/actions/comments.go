package actions

import (
	"context"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// issueComments is the comment calls on issues that a run makes;
// *github.IssuesService is one.
type issueComments interface {
	ListComments(ctx context.Context, owner, repo string, n int, opts *github.IssueListCommentsOptions) ([]*github.IssueComment, *github.Response, error)
	CreateComment(ctx context.Context, owner, repo string, n int, c *github.IssueComment) (*github.IssueComment, *github.Response, error)
}

// hasMarkedComment reports whether issue (or pull request) n of
// owner/repo has a comment holding marker: the app's way of posting a
// comment once. Every page is read, revalidated.
func hasMarkedComment(ctx context.Context, api issueComments, owner, repo string, n int, marker string) (bool, error) {
	opts := &github.IssueListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := api.ListComments(githubapp.Fresh(ctx), owner, repo, n, opts)
		if err != nil {
			return false, err
		}
		for _, c := range page {
			if strings.Contains(c.GetBody(), marker) {
				return true, nil
			}
		}
		if resp.NextPage == 0 {
			return false, nil
		}
		opts.Page = resp.NextPage
	}
}
