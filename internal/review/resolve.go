package review

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// resolvedPrefix opens the body of an inline comment whose finding is
// gone; the rest of the body, marker included, is kept, so that the
// comment is recognised and never edited twice.
const resolvedPrefix = "**Resolved** in "

// botComment is an inline comment of the app that reports a finding.
type botComment struct {
	id       int64
	path     string
	line     int
	rule     string
	body     string
	resolved bool
}

// listBotComments lists the app's inline finding comments on the pull
// request, all pages.
func listBotComments(ctx context.Context, gh *github.Client, req Request) ([]botComment, error) {
	var out []botComment
	opts := &github.PullRequestListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := gh.PullRequests.ListComments(githubapp.Fresh(ctx), req.Owner, req.Repo, req.PullNumber, opts)
		if err != nil {
			return nil, wrapf(req, "listing review comments", err)
		}
		for _, c := range page {
			if m := findingRe().FindStringSubmatch(c.GetBody()); m != nil && isBot(c.GetUser()) {
				out = append(out, botComment{id: c.GetID(), path: c.GetPath(), line: c.GetLine(), rule: m[1],
					body: c.GetBody(), resolved: strings.HasPrefix(c.GetBody(), resolvedPrefix)})
			}
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.Page = resp.NextPage
	}
}

// unresolvedFindings are the findings the comments still report: a
// finding that comes back after its comment was resolved is commented
// again.
func unresolvedFindings(comments []botComment) map[located]bool {
	said := map[located]bool{}
	for _, c := range comments {
		if !c.resolved {
			said[located{c.path, c.line, c.rule}] = true
		}
	}
	return said
}

// goneComments are the unresolved comments whose rule no longer reports
// anything in their file.
func goneComments(comments []botComment, files []*File) []botComment {
	live := map[[2]string]bool{}
	for _, f := range files {
		for _, fd := range f.Findings {
			live[[2]string{f.Path, fd.Rule}] = true
		}
	}
	var out []botComment
	for _, c := range comments {
		if !c.resolved && !live[[2]string{c.path, c.rule}] {
			out = append(out, c)
		}
	}
	return out
}

// resolveGone marks the comments whose finding is gone as resolved in
// the head commit and returns how many it marked. GitHub resolves review
// threads only through its GraphQL API (resolveReviewThread); the REST
// API this app uses can only edit the comment, so the body says it.
func resolveGone(ctx context.Context, gh *github.Client, req Request, comments []botComment, files []*File) (int, error) {
	gone := goneComments(comments, files)
	for _, c := range gone {
		body := fmt.Sprintf("%s%s: this finding is gone.\n\n%s", resolvedPrefix, shortSHA(req.HeadSHA), c.body)
		if _, _, err := gh.PullRequests.EditComment(ctx, req.Owner, req.Repo, c.id, &github.PullRequestComment{Body: &body}); err != nil {
			return 0, wrapf(req, fmt.Sprintf("marking review comment %d resolved", c.id), err)
		}
	}
	return len(gone), nil
}

// shortSHA is the first seven characters of a commit SHA.
func shortSHA(sha string) string {
	return sha[:min(7, len(sha))]
}
