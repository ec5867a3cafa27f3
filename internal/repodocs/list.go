// Package repodocs reads what the use cases share of a repository on
// GitHub: its post-mortems on a branch, one document, the pull request's
// files, the markers of action issues and the labels.
package repodocs

import (
	"context"
	"fmt"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// DocRef is a post-mortem file on a branch: its path and blob SHA.
type DocRef struct {
	Path, SHA string
	Size      int
}

// ListPostmortems lists the post-mortems on branch, as cfg matches them,
// in path order: one call for the whole repository (the recursive tree),
// revalidated so that an unchanged branch costs a 304. A tree too large
// for one answer (GitHub truncates at 100,000 entries) is an error rather
// than a silently partial list.
func ListPostmortems(ctx context.Context, gh *github.Client, owner, repo, branch string, cfg *config.Config) ([]DocRef, error) {
	tree, _, err := gh.Git.GetTree(githubapp.Fresh(ctx), owner, repo, branch, true)
	if err != nil {
		return nil, fmt.Errorf("listing the files of %s/%s@%s: %w", owner, repo, branch, err)
	}
	if tree.GetTruncated() {
		return nil, fmt.Errorf("listing the files of %s/%s@%s: the tree is too large for one answer", owner, repo, branch)
	}
	var refs []DocRef
	for _, e := range tree.Entries {
		if e.GetType() == "blob" && cfg.Match(e.GetPath()) {
			refs = append(refs, DocRef{Path: e.GetPath(), SHA: e.GetSHA(), Size: e.GetSize()})
		}
	}
	return refs, nil
}

// FileLister lists the files of a pull request, a page at a time;
// *github.PullRequestsService is one.
type FileLister interface {
	ListFiles(ctx context.Context, owner, repo string, number int, opts *github.ListOptions) ([]*github.CommitFile, *github.Response, error)
}

// PullFiles lists the files pull request number changes, all pages. A
// renamed file is listed under its new name.
func PullFiles(ctx context.Context, pulls FileLister, owner, repo string, number int) ([]*github.CommitFile, error) {
	var all []*github.CommitFile
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := pulls.ListFiles(githubapp.Fresh(ctx), owner, repo, number, opts)
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if resp.NextPage == 0 {
			return all, nil
		}
		opts.Page = resp.NextPage
	}
}
