// Package weekly posts the weekly summary of a repository's post-mortem
// actions as an issue, and schedules it for every repository the app is
// installed on.
package weekly

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// Weekly posts the weekly summary of a repository's post-mortem actions:
// one issue per source repository and ISO week, found again by its
// hidden marker, updated when run again in the same week, and closing
// the summaries of earlier weeks. It is safe for concurrent use.
type Weekly struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// TargetClient returns the client for the repository that
	// summary.repository names when it is not the source repository
	// (another installation may own it); nil uses the source's client.
	TargetClient func(ctx context.Context, owner, repo string) (*github.Client, error)

	mu   sync.Mutex
	memo map[string]map[string]docFacts // "owner/repo" → blob SHA → facts
}

// Request names the repository to summarise.
type Request struct {
	Owner, Repo string
	// DefaultBranch is where the configuration and the post-mortems are
	// read; empty means ask GitHub (one call more).
	DefaultBranch string
	// RepoURL is the repository's web address, for links to documents;
	// empty means the address GitHub gives, or https://github.com/Owner/Repo.
	RepoURL string
	// DryRun returns the Markdown and writes nothing.
	DryRun bool
	// Bot is the login of the app's bot user: only the action issues it
	// opened are summarised. Empty summarises every issue with a marker.
	Bot string
}

// Result says what a summary run did.
type Result struct {
	// Skipped says why nothing was posted ("no post-mortems"), empty when
	// the summary was posted (or, in a dry run, would be).
	Skipped string
	// Week is the ISO week summarised, as "2026-W49".
	Week string
	// Markdown is the summary issue's body.
	Markdown string
	// Target is the repository ("owner/name") the issue is in, and Issue
	// its number (0 in a dry run or when skipped).
	Target string
	Issue  int
	// Created says the issue was opened now; Updated that its body was
	// changed. Neither: it was already up to date.
	Created, Updated bool
	// Closed are the earlier weeks' summary issues closed now.
	Closed []int
	// OpenActions counts the open action issues; DocsRead the documents
	// fetched (the others were outside the figures' window or known).
	OpenActions, DocsRead int
}

// now is the summary's clock reading.
func (w *Weekly) now() time.Time {
	if w.Now == nil {
		return time.Now()
	}
	return w.Now()
}

// Run summarises req's repository for the current ISO week (in the
// configured time zone) and posts the summary, unless req.DryRun.
func (w *Weekly) Run(ctx context.Context, gh *github.Client, req Request) (*Result, error) {
	req, err := completeRequest(ctx, gh, req)
	if err != nil {
		return nil, err
	}
	cfg, _, problems, err := repoconfig.Load(ctx, gh, req.Owner, req.Repo, req.DefaultBranch)
	if err != nil {
		return nil, err
	}
	if problems != nil {
		return &Result{Skipped: "configuration invalid"}, nil
	}
	clock := newWeekClock(w.now(), summaryZone(cfg))
	res := &Result{Week: clock.week, Target: cmpOr(cfg.Summary.Repository, req.Owner+"/"+req.Repo)}
	s, err := w.gather(ctx, gh, req, cfg, clock, res)
	if err != nil || s == nil {
		return res, err
	}
	res.Markdown, res.OpenActions = renderSummary(s), s.Counts.Open
	switch {
	case s.Counts.Open == 0 && cfg.Summary.SkipEmpty:
		res.Skipped = "no open actions (summary.skip_empty)"
	case !req.DryRun:
		err = w.post(ctx, gh, req, cfg, s, res)
	}
	return res, err
}

// gather reads the post-mortems and action issues and builds the
// summary; nil (with res.Skipped set) when the repository has no
// post-mortems.
func (w *Weekly) gather(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, clock weekClock, res *Result) (*weeklySummary, error) {
	refs, err := repodocs.ListPostmortems(ctx, gh, req.Owner, req.Repo, req.DefaultBranch, cfg)
	if err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		res.Skipped = "no post-mortems"
		return nil, nil
	}
	actions, err := readActions(ctx, gh, req, cfg.Labels.Action, clock.since())
	if err != nil {
		return nil, err
	}
	docs, read, err := w.readIncidents(ctx, gh, req, cfg, refs, actions, clock)
	if err != nil {
		return nil, err
	}
	res.DocsRead = read
	src := summarySource{repo: req.Owner + "/" + req.Repo, url: req.RepoURL, branch: req.DefaultBranch, label: cfg.Labels.Action}
	if t := cfg.Summary.Repository; t != "" && !strings.EqualFold(t, src.repo) {
		src.refPrefix = src.repo
	}
	return buildSummary(src, clock, actions, docs), nil
}

// completeRequest fills in the default branch and web address from the
// repository when the request lacks them.
func completeRequest(ctx context.Context, gh *github.Client, req Request) (Request, error) {
	if req.DefaultBranch == "" {
		r, _, err := gh.Repositories.Get(githubapp.Fresh(ctx), req.Owner, req.Repo)
		if err != nil {
			return req, repoErr(req.Owner, req.Repo, "reading the repository", err)
		}
		req.DefaultBranch = r.GetDefaultBranch()
		if req.RepoURL == "" {
			req.RepoURL = r.GetHTMLURL()
		}
	}
	if req.RepoURL == "" {
		req.RepoURL = "https://github.com/" + req.Owner + "/" + req.Repo
	}
	req.RepoURL = strings.TrimSuffix(req.RepoURL, "/")
	return req, nil
}

// summaryZone is the configured time zone of the summary, UTC when it
// cannot be loaded (the configuration is validated, so only a host
// without the zone's data).
func summaryZone(cfg *config.Config) *time.Location {
	loc, err := time.LoadLocation(cfg.Summary.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// repoErr names the repository in an error.
func repoErr(owner, repo, what string, err error) error {
	return fmt.Errorf("%s for %s/%s: %w", what, owner, repo, err)
}
