package weekly

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// SummaryLabel is the label of the weekly summary issues; the app finds
// them by it and by their marker.
const SummaryLabel = "postmortem-summary"

// colorSummary is the colour of SummaryLabel (green).
const colorSummary = "0e8a16"

// summaryMarkerRe reads the hidden marker of a summary issue: the source
// repository and the ISO week it summarises.
// It is compiled on first use, not at every start of the command line.
var summaryMarkerRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<!-- postmortem-bot:summary repo=(\S+) week=(\d{4}-W\d{2}) -->`)
})

// summaryMarker is the hidden marker of the summary of repo ("owner/name")
// for week ("2026-W49").
func summaryMarker(repo, week string) string {
	return fmt.Sprintf("<!-- postmortem-bot:summary repo=%s week=%s -->", repo, week)
}

// summaryTitle is the title of the summary issue of week; one posted in
// another repository names its source.
func summaryTitle(src summarySource, week string) string {
	if src.refPrefix == "" {
		return "Post-mortem actions: week " + week
	}
	return "Post-mortem actions of " + src.repo + ": week " + week
}

// issuesAPI is the part of GitHub's issues API that the summary calls;
// *github.IssuesService is one.
type issuesAPI interface {
	ListByRepo(ctx context.Context, owner, repo string, opts *github.IssueListByRepoOptions) ([]*github.Issue, *github.Response, error)
	Create(ctx context.Context, owner, repo string, issue *github.IssueRequest) (*github.Issue, *github.Response, error)
	Edit(ctx context.Context, owner, repo string, number int, issue *github.IssueRequest) (*github.Issue, *github.Response, error)
	CreateComment(ctx context.Context, owner, repo string, number int, comment *github.IssueComment) (*github.IssueComment, *github.Response, error)
}

// summaryTarget is the repository the summary issue goes into, and the
// calls that reach it: its issues, and the label of the summaries, which
// ensureLabel returns the name of, creating it when missing.
type summaryTarget struct {
	issues      issuesAPI
	ensureLabel func(ctx context.Context, name, color, desc string) (string, error)
	owner, repo string
}

// newTarget is owner/repo reached with gh.
func newTarget(gh *github.Client, owner, repo string) summaryTarget {
	ensure := func(ctx context.Context, name, color, desc string) (string, error) {
		return repodocs.EnsureLabel(ctx, gh, owner, repo, name, color, desc)
	}
	return summaryTarget{issues: gh.Issues, ensureLabel: ensure, owner: owner, repo: repo}
}

// target is the repository summary.repository names, or the source.
func (w *Weekly) target(ctx context.Context, gh *github.Client, req Request, cfg *config.Config) (summaryTarget, error) {
	full := cfg.Summary.Repository
	if full == "" || strings.EqualFold(full, req.Owner+"/"+req.Repo) {
		return newTarget(gh, req.Owner, req.Repo), nil
	}
	owner, name, _ := strings.Cut(full, "/")
	if w.TargetClient != nil {
		var err error
		if gh, err = w.TargetClient(ctx, owner, name); err != nil {
			return summaryTarget{}, fmt.Errorf("reaching %s, where %s/%s's summary goes: %w", full, req.Owner, req.Repo, err)
		}
	}
	return newTarget(gh, owner, name), nil
}

// summaryIssues are the summary issues of one source repository in the
// target: the current week's, and the open ones of earlier weeks.
type summaryIssues struct {
	current *github.Issue
	older   []*github.Issue
}

// findSummaries finds the summaries of source in t: the open summary
// issues (normally last week's), and only when this week's is not among
// them, the ones closed since the week began (someone closed it).
func findSummaries(ctx context.Context, t summaryTarget, source string, clock weekClock) (summaryIssues, error) {
	var found summaryIssues
	labels := []string{SummaryLabel}
	open, err := listIssues(ctx, t.issues, t.owner, t.repo, &github.IssueListByRepoOptions{State: "open", Labels: labels})
	if err != nil {
		return found, repoErr(t.owner, t.repo, "listing summary issues", err)
	}
	found.classify(open, source, clock.week)
	if found.current != nil {
		return found, nil
	}
	since := clock.weekStart.UTC()
	closed, err := listIssues(ctx, t.issues, t.owner, t.repo, &github.IssueListByRepoOptions{State: "closed", Labels: labels, Since: since})
	if err != nil {
		return found, repoErr(t.owner, t.repo, "listing closed summary issues", err)
	}
	found.classify(closed, source, clock.week)
	return found, nil
}

// classify sorts issues by their marker: source's summary of week (the
// lowest number, should there be two) and its open summaries of earlier
// weeks.
func (f *summaryIssues) classify(issues []*github.Issue, source, week string) {
	for _, is := range issues {
		m := summaryMarkerRe().FindStringSubmatch(is.GetBody())
		switch {
		case m == nil || !strings.EqualFold(m[1], source):
		case m[2] == week && (f.current == nil || is.GetNumber() < f.current.GetNumber()):
			f.current = is
		case m[2] < week && is.GetState() == "open":
			f.older = append(f.older, is)
		}
	}
}

// post opens or updates the summary issue of the week and closes the
// earlier weeks' ones with a link to it.
func (w *Weekly) post(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, s *weeklySummary, res *Result) error {
	t, err := w.target(ctx, gh, req, cfg)
	if err != nil {
		return err
	}
	return publish(ctx, t, s, res)
}

// publish opens or updates the summary issue of the week in t and closes
// the earlier weeks' ones with a link to it.
func publish(ctx context.Context, t summaryTarget, s *weeklySummary, res *Result) error {
	res.Target = t.owner + "/" + t.repo
	found, err := findSummaries(ctx, t, s.src.repo, s.clock)
	if err != nil {
		return err
	}
	if err := upsertSummary(ctx, t, found.current, summaryTitle(s.src, s.clock.week), res); err != nil {
		return err
	}
	for _, old := range found.older {
		if err := closeSummary(ctx, t, old, res.Issue, s.clock.week); err != nil {
			return err
		}
		res.Closed = append(res.Closed, old.GetNumber())
	}
	return nil
}

// upsertSummary updates cur (only when its title or body changed), or
// opens the summary issue with the summary label when cur is nil.
func upsertSummary(ctx context.Context, t summaryTarget, cur *github.Issue, title string, res *Result) error {
	ir := &github.IssueRequest{Title: github.String(title), Body: github.String(res.Markdown)}
	if cur != nil {
		res.Issue = cur.GetNumber()
		if cur.GetTitle() == title && cur.GetBody() == res.Markdown {
			return nil
		}
		if _, _, err := t.issues.Edit(ctx, t.owner, t.repo, res.Issue, ir); err != nil {
			return repoErr(t.owner, t.repo, fmt.Sprintf("updating summary #%d", res.Issue), err)
		}
		res.Updated = true
		return nil
	}
	name, err := t.ensureLabel(ctx, SummaryLabel, colorSummary, "Weekly summary of post-mortem actions")
	if err != nil {
		return repoErr(t.owner, t.repo, "creating label "+SummaryLabel, err)
	}
	ir.Labels = &[]string{name}
	is, _, err := t.issues.Create(ctx, t.owner, t.repo, ir)
	if err != nil {
		return repoErr(t.owner, t.repo, "opening the summary issue", err)
	}
	res.Issue, res.Created = is.GetNumber(), true
	return nil
}

// closeSummary closes an earlier week's summary with a comment linking
// the summary n of week.
func closeSummary(ctx context.Context, t summaryTarget, old *github.Issue, n int, week string) error {
	body := fmt.Sprintf("Superseded by #%d, the summary of week %s.", n, week)
	if _, _, err := t.issues.CreateComment(ctx, t.owner, t.repo, old.GetNumber(), &github.IssueComment{Body: github.String(body)}); err != nil {
		return repoErr(t.owner, t.repo, fmt.Sprintf("commenting on summary #%d", old.GetNumber()), err)
	}
	ir := &github.IssueRequest{State: github.String("closed"), StateReason: github.String("completed")}
	if _, _, err := t.issues.Edit(ctx, t.owner, t.repo, old.GetNumber(), ir); err != nil {
		return repoErr(t.owner, t.repo, fmt.Sprintf("closing summary #%d", old.GetNumber()), err)
	}
	return nil
}

// postedThisWeek reports whether the summary of req's repository for the
// week of now exists already (open or closed), for the scheduler at
// start-up.
func (w *Weekly) postedThisWeek(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, now time.Time) (bool, error) {
	t, err := w.target(ctx, gh, req, cfg)
	if err != nil {
		return false, err
	}
	found, err := findSummaries(ctx, t, req.Owner+"/"+req.Repo, newWeekClock(now, summaryZone(cfg)))
	return found.current != nil, err
}
