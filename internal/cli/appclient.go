package cli

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/installations"
	"github.com/postmortem-bot/postmortem-bot/internal/setup"
)

// newAppClients builds the app's GitHub clients from cfg; metrics may be
// nil. It warns when others may replace the credentials file it read.
func newAppClients(env *Env, cfg serveConfig, logger *slog.Logger, metrics githubapp.Metrics) (*githubapp.Clients, error) {
	if cfg.fromFile {
		warnOpenDir(logger, cfg.credentials)
	}
	gc := githubapp.Config{
		AppID: cfg.appID, PrivateKey: cfg.privateKey, BaseURL: cfg.apiURL,
		UserAgent: "postmortem-bot/" + or(env.Version, "dev"), Logger: logger,
	}
	if metrics != nil {
		gc.Metrics = metrics
	}
	clients, err := githubapp.New(gc)
	if err != nil {
		return nil, fmt.Errorf("configuring the GitHub App: %w", err)
	}
	return clients, nil
}

// warnOpenDir warns when others may write to the directory of the
// credentials file at path.
func warnOpenDir(logger *slog.Logger, path string) {
	if err := setup.CheckDir(path); err != nil {
		logger.Warn("others may replace the credentials file", "credentials", path, "problem", err.Error())
	}
}

// repoRef is a repository named on the command line as OWNER/NAME.
type repoRef struct{ Owner, Name string }

func (r repoRef) String() string { return r.Owner + "/" + r.Name }

// parseRepoRef reads OWNER/NAME.
func parseRepoRef(s string) (repoRef, error) {
	owner, name, ok := strings.Cut(s, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") {
		return repoRef{}, usagef("--repo %q: want OWNER/NAME", s)
	}
	return repoRef{owner, name}, nil
}

// repoClient returns the client of the installation that repo belongs
// to, and the installation; a repository the app is not installed on is
// a clear error.
func repoClient(ctx context.Context, clients *githubapp.Clients, repo repoRef) (*github.Client, *github.Installation, error) {
	inst, err := installations.Find(ctx, clients, repo.Owner, repo.Name)
	if err != nil {
		return nil, nil, err
	}
	return clients.Installation(inst.GetID()), inst, nil
}
