package actions

import (
	"context"
	"strings"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// milestoneTitlePrefix begins the titles of milestones the app creates.
const milestoneTitlePrefix = "Post-mortem actions "

// milestoneAPI is the milestone calls a merge makes;
// *github.IssuesService is one.
type milestoneAPI interface {
	ListMilestones(ctx context.Context, owner, repo string, opts *github.MilestoneListOptions) ([]*github.Milestone, *github.Response, error)
	CreateMilestone(ctx context.Context, owner, repo string, m *github.Milestone) (*github.Milestone, *github.Response, error)
}

// milestoneCache is the repository's open milestones, listed once per
// merge; milestones the merge creates join it. With dry set it creates
// nothing and records what it would create.
type milestoneCache struct {
	api         milestoneAPI
	owner, repo string
	create, dry bool
	open        []*github.Milestone // nil until listed
	listed      bool
	wouldCreate []string
}

// choose picks the milestone of an action under policy: the one it names
// if open; under the due-date policy, else the open milestone due first
// on or after due, else (when creating is allowed) a new one due that
// day. It returns the number (0 for none, or for one a dry run would
// create) and title.
func (c *milestoneCache) choose(ctx context.Context, policy, named string, due time.Time) (int, string, error) {
	if policy == config.MilestoneNone || (named == "" && due.IsZero()) {
		return 0, "", nil
	}
	if err := c.list(ctx); err != nil {
		return 0, "", err
	}
	if m := c.named(named); m != nil {
		return m.GetNumber(), m.GetTitle(), nil
	}
	switch {
	case policy == config.MilestoneNamed && named != "":
		return c.createMilestone(ctx, named, time.Time{})
	case policy != config.MilestoneDueDate || due.IsZero():
		return 0, "", nil
	}
	if m := c.dueBy(due); m != nil {
		return m.GetNumber(), m.GetTitle(), nil
	}
	return c.createMilestone(ctx, milestoneTitlePrefix+due.Format(time.DateOnly), due)
}

// named returns the open milestone titled title (any case), or nil.
func (c *milestoneCache) named(title string) *github.Milestone {
	for _, m := range c.open {
		if title != "" && strings.EqualFold(strings.TrimSpace(m.GetTitle()), strings.TrimSpace(title)) {
			return m
		}
	}
	return nil
}

// dueBy returns the open milestone whose due day (UTC) is the first on
// or after due's, or nil.
func (c *milestoneCache) dueBy(due time.Time) *github.Milestone {
	day := due.Format(time.DateOnly)
	var best *github.Milestone
	for _, m := range c.open {
		if m.DueOn == nil {
			continue
		}
		d := m.GetDueOn().UTC().Format(time.DateOnly)
		if d >= day && (best == nil || d < best.GetDueOn().UTC().Format(time.DateOnly)) {
			best = m
		}
	}
	return best
}

// createMilestone creates an open milestone titled title, due on due
// unless zero, when creating is allowed.
func (c *milestoneCache) createMilestone(ctx context.Context, title string, due time.Time) (int, string, error) {
	if !c.create {
		return 0, "", nil
	}
	if c.dry {
		c.wouldCreate = append(c.wouldCreate, title)
		c.open = append(c.open, &github.Milestone{Title: github.String(title), DueOn: dueOn(due)})
		return 0, title, nil
	}
	m, _, err := c.api.CreateMilestone(ctx, c.owner, c.repo, &github.Milestone{Title: github.String(title), DueOn: dueOn(due)})
	if repodocs.IsFieldError(err, "title") { // already_exists, closed: leave the issue without one
		return 0, "", nil
	}
	if err != nil {
		return 0, "", err
	}
	c.open = append(c.open, m)
	return m.GetNumber(), m.GetTitle(), nil
}

// dueOn is due as a milestone's due_on, nil when zero.
func dueOn(due time.Time) *github.Timestamp {
	if due.IsZero() {
		return nil
	}
	return &github.Timestamp{Time: due.UTC()}
}

// list reads the open milestones once, all pages.
func (c *milestoneCache) list(ctx context.Context) error {
	if c.listed {
		return nil
	}
	opts := &github.MilestoneListOptions{State: "open", ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := c.api.ListMilestones(githubapp.Fresh(ctx), c.owner, c.repo, opts)
		if err != nil {
			return err
		}
		c.open = append(c.open, page...)
		if resp.NextPage == 0 {
			c.listed = true
			return nil
		}
		opts.Page = resp.NextPage
	}
}
