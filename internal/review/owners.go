package review

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// The rules of what is checked against the repository before merge.
const (
	ruleOwnerUnassignable = "actions/owner-unassignable"
	ruleMilestoneClosed   = "actions/milestone-closed"
)

// ownerChecker checks, for one review, that the issues the merge opens
// can be assigned their owners and put in their milestones. It asks
// GitHub once per owner, and lists the milestones at most once.
type ownerChecker struct {
	gh         *github.Client
	req        Request
	assignable map[string]bool // by lower-cased login
	closed     map[string]bool // lower-cased titles; nil until listed
}

// checkOwners records in each file's Owners the actions whose issue the
// merge would open unassigned or in a closed milestone.
func checkOwners(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, files []*File) error {
	c := &ownerChecker{gh: gh, req: req, assignable: map[string]bool{}}
	for _, f := range files {
		if f.Doc == nil {
			continue
		}
		for _, a := range f.Doc.Actions {
			if !a.Tracked() || a.Issue != 0 {
				continue
			}
			fds, err := c.check(ctx, cfg, a)
			if err != nil {
				return err
			}
			f.Owners = append(f.Owners, fds...)
		}
	}
	return nil
}

// check returns what is wrong with the owner and milestone of a.
func (c *ownerChecker) check(ctx context.Context, cfg *config.Config, a postmortem.Action) ([]lint.Finding, error) {
	var out []lint.Finding
	if lint.IsLogin(a.Owner) { // other owners are the linter's to report
		ok, err := c.canAssign(ctx, a.Owner)
		if err != nil {
			return nil, err
		}
		if !ok {
			out = append(out, ownerFinding(a, ruleOwnerUnassignable, fmt.Sprintf(
				"@%s cannot be assigned in this repository: the issue opened on merge would be unassigned. Give @%[1]s access to the repository or choose another owner.", a.Owner)))
		}
	}
	if a.Milestone == "" || cfg.Milestones.Policy == config.MilestoneNone {
		return out, nil
	}
	closed, err := c.isClosed(ctx, a.Milestone)
	if closed {
		out = append(out, ownerFinding(a, ruleMilestoneClosed, fmt.Sprintf(
			"The milestone %q is closed: the issue opened on merge would go into a closed milestone. Name an open one.", a.Milestone)))
	}
	return out, err
}

// ownerFinding is a warning on a's line.
func ownerFinding(a postmortem.Action, rule, msg string) lint.Finding {
	return lint.Finding{Rule: rule, Severity: lint.Warning, Line: a.Line, EndLine: a.Line, Message: msg}
}

// canAssign asks GitHub whether login can be assigned issues in the
// repository (204 or 404), once per login.
func (c *ownerChecker) canAssign(ctx context.Context, login string) (bool, error) {
	key := strings.ToLower(login)
	if ok, seen := c.assignable[key]; seen {
		return ok, nil
	}
	ok, _, err := c.gh.Issues.IsAssignee(ctx, c.req.Owner, c.req.Repo, login)
	if err != nil {
		return false, wrapf(c.req, "checking assignee @"+login, err)
	}
	c.assignable[key] = ok
	return ok, nil
}

// isClosed reports whether title names a closed milestone; the
// milestones are listed, all pages, on the first call.
func (c *ownerChecker) isClosed(ctx context.Context, title string) (bool, error) {
	if c.closed == nil {
		if err := c.listClosed(ctx); err != nil {
			return false, err
		}
	}
	return c.closed[strings.ToLower(strings.TrimSpace(title))], nil
}

// listClosed collects the titles of the closed milestones.
func (c *ownerChecker) listClosed(ctx context.Context) error {
	c.closed = map[string]bool{}
	opts := &github.MilestoneListOptions{State: "all", ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := c.gh.Issues.ListMilestones(ctx, c.req.Owner, c.req.Repo, opts)
		if err != nil {
			return wrapf(c.req, "listing milestones", err)
		}
		for _, m := range page {
			if m.GetState() == "closed" {
				c.closed[strings.ToLower(strings.TrimSpace(m.GetTitle()))] = true
			}
		}
		if resp.NextPage == 0 {
			return nil
		}
		opts.Page = resp.NextPage
	}
}
