package bot

import (
	"context"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Label colours, one per kind, so that the app's labels read alike in
// every repository.
const (
	colorAction   = "5319e7" // purple
	colorSeverity = "d93f0b" // red-orange
	colorPriority = "fbca04" // yellow
)

// issueLabels are the labels of an action's issue: the action label, the
// incident's severity and the action's priority, each with its prefix,
// created when missing.
func (r *mergeRun) issueLabels(ctx context.Context, doc *postmortem.Document, a postmortem.Action) ([]string, error) {
	want := []struct{ name, color, desc string }{
		{r.cfg.Labels.Action, colorAction, "An action from a post-mortem"},
		{prefixed(r.cfg.Labels.SeverityPrefix, postmortem.NormalizeSeverity(doc.Severity)), colorSeverity, "Severity of the incident"},
		{prefixed(r.cfg.Labels.PriorityPrefix, a.Priority), colorPriority, "Priority of the action"},
	}
	labels := []string{}
	for _, w := range want {
		if w.name == "" {
			continue
		}
		name, err := r.labels.ensure(ctx, w.name, w.color, w.desc)
		if err != nil {
			return nil, mergeErr(r.req, "creating label "+w.name, err)
		}
		labels = append(labels, name)
	}
	return labels, nil
}

// prefixed is prefix+value, "" when value is empty. GitHub caps label
// names at 50 characters.
func prefixed(prefix, value string) string {
	if value = strings.TrimSpace(value); value == "" {
		return ""
	}
	s := prefix + value
	if r := []rune(s); len(r) > 50 {
		s = string(r[:50])
	}
	return s
}

// labelCache is the repository's labels: those seen on issues, and the
// full list, read at most once per merge when a label was not seen;
// labels the merge creates join it. With dry set it creates nothing and
// records what it would create.
type labelCache struct {
	gh          *github.Client
	owner, repo string
	dry         bool
	seen        map[string]string // lower-cased name → name, known to exist
	names       map[string]string // the full list; nil until read
	wouldCreate []string
}

// learn records labels known to exist.
func (c *labelCache) learn(names []string) {
	if c.seen == nil {
		c.seen = map[string]string{}
	}
	for _, n := range names {
		c.seen[strings.ToLower(n)] = n
	}
}

// ensure returns the name of the label called name (in any case),
// creating it with color and desc when the repository lacks it.
func (c *labelCache) ensure(ctx context.Context, name, color, desc string) (string, error) {
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
	if c.dry {
		c.wouldCreate = append(c.wouldCreate, name)
		return name, nil
	}
	l := &github.Label{Name: github.String(name), Color: github.String(color), Description: github.String(desc)}
	_, _, err := c.gh.Issues.CreateLabel(ctx, c.owner, c.repo, l)
	if isFieldError(err, "name") { // already_exists: created since the list was read
		err = nil
	}
	return name, err
}

// list reads every label of the repository, all pages.
func (c *labelCache) list(ctx context.Context) error {
	c.names = map[string]string{}
	opts := &github.ListOptions{PerPage: 100}
	for {
		page, resp, err := c.gh.Issues.ListLabels(githubapp.Fresh(ctx), c.owner, c.repo, opts)
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
	c := &labelCache{gh: gh, owner: owner, repo: repo}
	return c.ensure(ctx, name, color, desc)
}
