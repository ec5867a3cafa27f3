package bot

import (
	"context"
	"fmt"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// docRef is a post-mortem file on a branch: its path and blob SHA.
type docRef struct {
	Path, SHA string
	Size      int
}

// listPostmortems lists the post-mortems on branch, as cfg matches them,
// in path order: one call for the whole repository (the recursive tree),
// revalidated so that an unchanged branch costs a 304. A tree too large
// for one answer (GitHub truncates at 100,000 entries) is an error rather
// than a silently partial list.
func listPostmortems(ctx context.Context, gh *github.Client, owner, repo, branch string, cfg *config.Config) ([]docRef, error) {
	tree, _, err := gh.Git.GetTree(githubapp.Fresh(ctx), owner, repo, branch, true)
	if err != nil {
		return nil, fmt.Errorf("listing the files of %s/%s@%s: %w", owner, repo, branch, err)
	}
	if tree.GetTruncated() {
		return nil, fmt.Errorf("listing the files of %s/%s@%s: the tree is too large for one answer", owner, repo, branch)
	}
	var refs []docRef
	for _, e := range tree.Entries {
		if e.GetType() == "blob" && cfg.Match(e.GetPath()) {
			refs = append(refs, docRef{Path: e.GetPath(), SHA: e.GetSHA(), Size: e.GetSize()})
		}
	}
	return refs, nil
}
