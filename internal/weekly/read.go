package weekly

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// weeklyAction is an action issue as the summary reads it.
type weeklyAction struct {
	Number     int
	Title, URL string
	// Doc is the post-mortem's path, from the issue's marker.
	Doc string
	// Incident, Severity and Date are the incident's title, severity and
	// Date field as the issue body gave them when it was opened; "" when
	// absent.
	Incident, Severity, Date string
	// Owner is the first assignee's login, "" when unassigned.
	Owner string
	// Due is the action's due date (civil): the earlier of the date in
	// the issue body and the milestone's due_on; zero when neither.
	Due              time.Time
	Created, Closed  time.Time
	Open, NotPlanned bool
}

// Lines of an action issue's body, as issueBody writes them, compiled
// on first use.
var (
	bodyIncidentRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^\*\*Incident:\*\* (.*)$`) })
	bodySeverityRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^\*\*Severity:\*\* (.*)$`) })
	bodyDateRe     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^\*\*Date:\*\* (.*)$`) })
	bodyDueRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^\*\*Due:\*\* (\d{4}-\d{2}-\d{2})\b`) })
)

// readActions lists the repository's action issues that the summary
// needs: every open one, and the closed ones updated since since (which
// includes every one closed since then). Both listings go by label, all
// pages, revalidated with their ETags; an empty label lists every issue
// with a marker, as the merge does.
func readActions(ctx context.Context, gh *github.Client, req Request, label string, since time.Time) ([]weeklyAction, error) {
	var labels []string
	if label != "" {
		labels = []string{label}
	}
	open, err := listIssues(ctx, gh.Issues, req.Owner, req.Repo, &github.IssueListByRepoOptions{State: "open", Labels: labels})
	if err != nil {
		return nil, repoErr(req.Owner, req.Repo, "listing open action issues", err)
	}
	closed, err := listIssues(ctx, gh.Issues, req.Owner, req.Repo, &github.IssueListByRepoOptions{State: "closed", Labels: labels, Since: since})
	if err != nil {
		return nil, repoErr(req.Owner, req.Repo, "listing closed action issues", err)
	}
	var out []weeklyAction
	seen := map[int]bool{}
	for _, is := range append(open, closed...) {
		if req.Bot != "" && !strings.EqualFold(is.GetUser().GetLogin(), req.Bot) {
			continue // a marker anyone could have written
		}
		if a, ok := parseActionIssue(is); ok && !seen[a.Number] {
			seen[a.Number] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// listIssues lists the issues opts select, all pages, 100 a page,
// revalidating cached pages; pull requests are left out.
func listIssues(ctx context.Context, issues issuesAPI, owner, repo string, opts *github.IssueListByRepoOptions) ([]*github.Issue, error) {
	opts.PerPage = 100
	var all []*github.Issue
	for {
		page, resp, err := issues.ListByRepo(githubapp.Fresh(ctx), owner, repo, opts)
		if err != nil {
			return nil, err
		}
		for _, is := range page {
			if !is.IsPullRequest() {
				all = append(all, is)
			}
		}
		if resp.NextPage == 0 {
			return all, nil
		}
		opts.Page = resp.NextPage
	}
}

// parseActionIssue reads an issue the merge opened; false for an issue
// without an action marker.
func parseActionIssue(is *github.Issue) (weeklyAction, bool) {
	body := is.GetBody()
	doc, _, ok := repodocs.ReadMarker(body)
	if !ok {
		return weeklyAction{}, false
	}
	a := weeklyAction{
		Number: is.GetNumber(), Title: is.GetTitle(), URL: is.GetHTMLURL(), Doc: doc,
		Incident: bodyLine(bodyIncidentRe(), body), Severity: bodyLine(bodySeverityRe(), body), Date: bodyLine(bodyDateRe(), body),
		Created: is.GetCreatedAt().Time, Closed: is.GetClosedAt().Time,
		Open: is.GetState() == "open", NotPlanned: is.GetStateReason() == "not_planned",
	}
	if len(is.Assignees) > 0 {
		a.Owner = is.Assignees[0].GetLogin()
	} else if is.Assignee != nil {
		a.Owner = is.Assignee.GetLogin()
	}
	a.Due = earlier(bodyDue(body), milestoneDue(is.Milestone))
	return a, true
}

// bodyLine is the value of a "**Key:** value" line of an issue body, ""
// when absent or written as the empty cell "—"; table escapes undone.
func bodyLine(re *regexp.Regexp, body string) string {
	m := re.FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	v := strings.TrimSpace(strings.ReplaceAll(m[1], `\|`, "|"))
	if v == "—" {
		return ""
	}
	return v
}

// bodyDue is the due date an action issue's body states, zero when it
// states none.
func bodyDue(body string) time.Time {
	m := bodyDueRe().FindStringSubmatch(body)
	if m == nil {
		return time.Time{}
	}
	t, _ := time.Parse(time.DateOnly, m[1])
	return t
}

// milestoneDue is a milestone's due date (its UTC date, as GitHub shows
// it), zero for none.
func milestoneDue(m *github.Milestone) time.Time {
	if m == nil || m.DueOn == nil {
		return time.Time{}
	}
	return civil(m.GetDueOn().Time, time.UTC)
}

// earlier is the earlier of two dates, a zero one counting as none.
func earlier(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}
