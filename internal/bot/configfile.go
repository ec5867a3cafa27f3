package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// noConfig is the configuration id of a repository without a file.
const noConfig = "none"

// orgRepo is the repository whose configuration applies to every
// repository of its owner that has none of its own, as in probot apps.
const orgRepo = ".github"

// orgConfigPrefix starts the id of a configuration read from orgRepo.
const orgConfigPrefix = "org:"

// loadRepoConfig reads config.Path from branch (the default branch), so
// that a pull request cannot change how it is reviewed. It is shared by
// the review and merge use cases. It returns the configuration, an id of
// its contents (the blob SHA, orgConfigPrefix and the blob SHA, or
// noConfig), and the file's problems when it is broken. A repository
// without the file takes the one of its owner's orgRepo repository, read
// from that repository's default branch; without either, the defaults
// apply. The orgRepo repository is read only when the installation can
// see it: otherwise GitHub answers 404 too.
func loadRepoConfig(ctx context.Context, gh *github.Client, owner, repo, branch string) (cfg *config.Config, id string, problems config.Errors, err error) {
	fc, found, err := readConfigFile(ctx, gh, owner, repo, branch)
	if err != nil {
		return nil, "", nil, err
	}
	if found {
		return parseConfigFile(owner, repo, fc, "")
	}
	if repo != orgRepo {
		if fc, found, err = readConfigFile(ctx, gh, owner, orgRepo, ""); err != nil {
			return nil, "", nil, err
		}
	}
	if found {
		return parseConfigFile(owner, orgRepo, fc, orgConfigPrefix)
	}
	return config.Default(), noConfig, nil, nil
}

// readConfigFile reads config.Path from repo at ref (the default branch
// when ref is empty); found is false when there is no such file.
func readConfigFile(ctx context.Context, gh *github.Client, owner, repo, ref string) (fc *github.RepositoryContent, found bool, err error) {
	opts := &github.RepositoryContentGetOptions{Ref: ref}
	fc, _, resp, err := gh.Repositories.GetContents(githubapp.Fresh(ctx), owner, repo, config.Path, opts)
	if isStatus(resp, http.StatusNotFound) {
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

// isStatus reports whether resp answered status.
func isStatus(resp *github.Response, status int) bool {
	return resp != nil && resp.StatusCode == status
}

// configSource says where the configuration of id was read from.
func configSource(req ReviewRequest, id string) string {
	if strings.HasPrefix(id, orgConfigPrefix) {
		return fmt.Sprintf("the configuration of `%s/%s` (its default branch), which applies to repositories without their own", req.Owner, orgRepo)
	}
	return fmt.Sprintf("the configuration on the default branch (%s)", req.DefaultBranch)
}
