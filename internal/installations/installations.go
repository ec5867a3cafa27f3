// Package installations lists the repositories the app is installed on
// and finds the installation of one.
package installations

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/go-github/v62/github"
)

// AppClients hands out the app's own client and its installation
// clients; *githubapp.Clients is one.
type AppClients interface {
	App() *github.Client
	Installation(id int64) *github.Client
	BotLogin(ctx context.Context) (string, error)
}

// Repo is a repository the app is installed on.
type Repo struct {
	Installation  int64
	Owner, Name   string
	Archived      bool
	DefaultBranch string
	HTMLURL       string
	// InstalledAt is when the installation was created.
	InstalledAt time.Time
}

// List lists every repository of every installation of the
// app, all pages of both lists.
func List(ctx context.Context, clients AppClients) ([]Repo, error) {
	var out []Repo
	opts := &github.ListOptions{PerPage: 100}
	for {
		insts, resp, err := clients.App().Apps.ListInstallations(ctx, opts)
		if err != nil {
			return nil, fmt.Errorf("listing the app's installations: %w", err)
		}
		for _, inst := range insts {
			if inst.SuspendedAt != nil {
				continue // its tokens are refused until the owner unsuspends it
			}
			repos, err := installationRepos(ctx, clients.Installation(inst.GetID()), inst.GetID())
			if err != nil {
				return nil, err
			}
			for i := range repos {
				repos[i].InstalledAt = inst.GetCreatedAt().Time
			}
			out = append(out, repos...)
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.Page = resp.NextPage
	}
}

// Find finds the installation owner/repo belongs to; a
// repository the app is not installed on is a clear error.
func Find(ctx context.Context, clients AppClients, owner, repo string) (*github.Installation, error) {
	inst, resp, err := clients.App().Apps.FindRepositoryInstallation(ctx, owner, repo)
	if resp != nil && resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("the app is not installed on %s/%s (or the repository does not exist)", owner, repo)
	}
	if err != nil {
		return nil, fmt.Errorf("finding the installation of %s/%s: %w", owner, repo, err)
	}
	return inst, nil
}

// installationRepos lists the repositories installation id can reach.
func installationRepos(ctx context.Context, gh *github.Client, id int64) ([]Repo, error) {
	var out []Repo
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := gh.Apps.ListRepos(ctx, opts)
		if err != nil {
			return nil, fmt.Errorf("listing the repositories of installation %d: %w", id, err)
		}
		for _, r := range page.Repositories {
			out = append(out, Repo{Installation: id, Owner: r.GetOwner().GetLogin(), Name: r.GetName(),
				Archived: r.GetArchived(), DefaultBranch: r.GetDefaultBranch(), HTMLURL: r.GetHTMLURL()})
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.Page = resp.NextPage
	}
}
