package repodocs

import (
	"context"
	"strings"

	"github.com/google/go-github/v62/github"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// Labels is a repository's labels: those seen on issues, and the full
// list, read at most once when a label was not seen; labels created
// join it. With Dry set it creates nothing and records in WouldCreate
// what it would create.
type Labels struct {
	GH          *github.Client
	Owner, Repo string
	Dry         bool
	WouldCreate []string
	seen        map[string]string // lower-cased name → name, known to exist
	names       map[string]string // the full list; nil until read
}

// Learn records labels known to exist.
func (c *Labels) Learn(names []string) {
	if c.seen == nil {
		c.seen = map[string]string{}
	}
	for _, n := range names {
		c.seen[strings.ToLower(n)] = n
	}
}

// Ensure returns the name of the label called name (in any case),
// creating it with color and desc when the repository lacks it.
func (c *Labels) Ensure(ctx context.Context, name, color, desc string) (string, error) {
	if have, ok := c.seen[strings.ToLower(name)]; ok {
		return have, nil
	}
	if c.names == nil {
		if err := c.list(ctx); err != nil {
			return "", err
		}
	}
	if have, ok := c.names[strings.ToLower(name)]; ok {
		return have, nil
	}
	c.names[strings.ToLower(name)] = name
	if c.Dry {
		c.WouldCreate = append(c.WouldCreate, name)
		return name, nil
	}
	l := &github.Label{Name: github.String(name), Color: github.String(color), Description: github.String(desc)}
	_, _, err := c.GH.Issues.CreateLabel(ctx, c.Owner, c.Repo, l)
	if IsFieldError(err, "name") { // already_exists: created since the list was read
		err = nil
	}
	return name, err
}

// list reads every label of the repository, all pages.
func (c *Labels) list(ctx context.Context) error {
	c.names = map[string]string{}
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := c.GH.Issues.ListLabels(githubapp.Fresh(ctx), c.Owner, c.Repo, opts)
		if err != nil {
			return err
		}
		for _, l := range page {
			c.names[strings.ToLower(l.GetName())] = l.GetName()
		}
		if resp.NextPage == 0 {
			return nil
		}
		opts.Page = resp.NextPage
	}
}

// EnsureLabel returns the name of owner/repo's label called name (in
// any case), creating it with color and desc when the repository lacks
// it: one listing of the labels, and one write at most.
func EnsureLabel(ctx context.Context, gh *github.Client, owner, repo, name, color, desc string) (string, error) {
	c := &Labels{GH: gh, Owner: owner, Repo: repo}
	return c.Ensure(ctx, name, color, desc)
}
