package bot

import (
	"context"
	"errors"
	"net/http"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// noConfig is the configuration id of a repository without a file.
const noConfig = "none"

// loadConfig reads config.Path from the default branch, so that a pull
// request cannot change how it is reviewed. It returns the configuration,
// an id of its contents (the blob SHA, or noConfig), and the file's
// problems when it is broken; a missing file gives the defaults.
func loadConfig(ctx context.Context, gh *github.Client, req ReviewRequest) (*config.Config, string, config.Errors, error) {
	opts := &github.RepositoryContentGetOptions{Ref: req.DefaultBranch}
	fc, _, resp, err := gh.Repositories.GetContents(githubapp.Fresh(ctx), req.Owner, req.Repo, config.Path, opts)
	if isStatus(resp, http.StatusNotFound) {
		return config.Default(), noConfig, nil, nil
	}
	if err != nil {
		return nil, "", nil, wrapf(req, "reading "+config.Path, err)
	}
	data, err := fc.GetContent()
	if err != nil {
		return nil, "", nil, wrapf(req, "decoding "+config.Path, err)
	}
	cfg, err := config.Parse([]byte(data))
	var errs config.Errors
	if errors.As(err, &errs) {
		return nil, fc.GetSHA(), errs, nil
	}
	if err != nil {
		return nil, "", nil, wrapf(req, "parsing "+config.Path, err)
	}
	return cfg, fc.GetSHA(), nil, nil
}

// isStatus reports whether resp answered status.
func isStatus(resp *github.Response, status int) bool {
	return resp != nil && resp.StatusCode == status
}
