// Package repoconfig reads a repository's configuration file from its
// default branch, falling back on its owner's .github repository and then
// on the defaults.
package repoconfig

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// None is the configuration id of a repository without a file.
const None = "none"

// OrgRepo is the repository whose configuration applies to every
// repository of its owner that has none of its own, as in probot apps.
const OrgRepo = ".github"

// OrgPrefix starts the id of a configuration read from OrgRepo.
const OrgPrefix = "org:"

// Load reads config.Path from branch (the default branch), so
// that a pull request cannot change how it is reviewed. It is shared by
// the review, merge, track, reconcile and summary use cases. It returns the configuration, an id of
// its contents (the blob SHA, OrgPrefix and the blob SHA, or
// None), and the file's problems when it is broken. A repository
// without the file takes the one of its owner's OrgRepo repository, read
// from that repository's default branch; without either, the defaults
// apply. The OrgRepo repository is read only when the installation can
// see it: otherwise GitHub answers 404 too.
func Load(ctx context.Context, gh *github.Client, owner, repo, branch string) (cfg *config.Config, id string, problems config.Errors, err error) {
	fc, found, err := readConfigFile(ctx, gh, owner, repo, branch)
	if err != nil {
		return nil, "", nil, err
	}
	if found {
		return parseConfigFile(owner, repo, fc, "")
	}
	if repo != OrgRepo {
		if fc, found, err = readConfigFile(ctx, gh, owner, OrgRepo, ""); err != nil {
			return nil, "", nil, err
		}
	}
	if found {
		return parseConfigFile(owner, OrgRepo, fc, OrgPrefix)
	}
	return config.Default(), None, nil, nil
}

// readConfigFile reads config.Path from repo at ref (the default branch
// when ref is empty); found is false when there is no such file.
func readConfigFile(ctx context.Context, gh *github.Client, owner, repo, ref string) (fc *github.RepositoryContent, found bool, err error) {
	opts := &github.RepositoryContentGetOptions{Ref: ref}
	fc, _, resp, err := gh.Repositories.GetContents(githubapp.Fresh(ctx), owner, repo, config.Path, opts)
	if resp != nil && resp.StatusCode == http.StatusNotFound {
		return nil, false, nil
	}
	if err == nil && fc == nil {
		return nil, false, nil // a directory of that name
	}
	if err != nil {
		return nil, false, repoErr(owner, repo, "reading "+config.Path, err)
	}
	return fc, true, nil
}

// parseConfigFile decodes and parses a fetched configuration file; its
// id is idPrefix and its blob SHA.
func parseConfigFile(owner, repo string, fc *github.RepositoryContent, idPrefix string) (*config.Config, string, config.Errors, error) {
	data, err := fc.GetContent()
	if err != nil {
		return nil, "", nil, repoErr(owner, repo, "decoding "+config.Path, err)
	}
	cfg, err := config.Parse([]byte(data))
	var errs config.Errors
	if errors.As(err, &errs) {
		return nil, idPrefix + fc.GetSHA(), errs, nil
	}
	if err != nil {
		return nil, "", nil, repoErr(owner, repo, "parsing "+config.Path, err)
	}
	return cfg, idPrefix + fc.GetSHA(), nil, nil
}

// repoErr names the repository in an error.
func repoErr(owner, repo, what string, err error) error {
	return fmt.Errorf("%s for %s/%s: %w", what, owner, repo, err)
}
