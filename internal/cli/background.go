package cli

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/installations"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// Defaults of the background work serve does besides webhooks.
const (
	defaultReconcileInterval = 6 * time.Hour
	defaultTrackWindow       = 30 * time.Second
)

// backgroundConfig is the background work's configuration, read from the
// environment.
type backgroundConfig struct {
	// reconcileInterval is the pause between reconcile runs; 0 turns
	// them off (start-up run included).
	reconcileInterval time.Duration
	// trackWindow is how long the tracker waits to batch changes to one
	// document into one commit.
	trackWindow time.Duration
	// summaries runs the weekly summaries in-process; off when a cron
	// job runs the summary command instead.
	summaries bool
}

// loadBackgroundConfig reads RECONCILE_INTERVAL, TRACK_WINDOW and
// WEEKLY_SUMMARY.
func loadBackgroundConfig(getenv func(string) string) (backgroundConfig, error) {
	bg := backgroundConfig{reconcileInterval: defaultReconcileInterval, trackWindow: defaultTrackWindow, summaries: true}
	switch v := getenv("WEEKLY_SUMMARY"); v {
	case "", "on":
	case "off":
		bg.summaries = false
	default:
		return bg, usagef("WEEKLY_SUMMARY %q: want on or off", v)
	}
	for _, v := range []struct {
		name string
		dst  *time.Duration
	}{{"RECONCILE_INTERVAL", &bg.reconcileInterval}, {"TRACK_WINDOW", &bg.trackWindow}} {
		raw := getenv(v.name)
		if raw == "" {
			continue
		}
		d, err := time.ParseDuration(raw)
		if raw == "0" || raw == "off" {
			d, err = 0, nil
		}
		if err != nil || d < 0 {
			return bg, usagef("%s %q: want a duration such as 30s or 6h, or off", v.name, raw)
		}
		*v.dst = d
	}
	return bg, nil
}

// background is the work serve does besides answering webhooks, all of
// it as jobs: the tracker's writes, the reconcile runs and the weekly
// summaries.
type background struct {
	tracker   *handlers.Tracker
	reconcile jobs.Reconciler // nil: no reconcile runs
	every     time.Duration
	summaries *weekly.Scheduler // nil: cron runs the summaries
}

// newBackground is the background work bg asks for, over clients.
func newBackground(clients *githubapp.Clients, bg backgroundConfig, logger *slog.Logger) background {
	b := background{tracker: handlers.NewTracker(clients, bg.trackWindow, logger), every: bg.reconcileInterval}
	if bg.reconcileInterval > 0 {
		b.reconcile = &reconcileJobs{clients: clients, rc: &actions.Reconciler{}, logger: logger}
	}
	if bg.summaries {
		b.summaries = weekly.NewScheduler(clients, &weekly.Weekly{}, logger)
	}
	return b
}

// reconcileJobs is the reconcile use case as the jobs run it.
type reconcileJobs struct {
	clients *githubapp.Clients
	rc      *actions.Reconciler
	logger  *slog.Logger
}

// Repos implements jobs.Reconciler.
func (r *reconcileJobs) Repos(ctx context.Context) ([]installations.Repo, error) {
	return installations.List(ctx, r.clients)
}

// Reconcile implements jobs.Reconciler.
func (r *reconcileJobs) Reconcile(ctx context.Context, repo installations.Repo) error {
	rc := *r.rc
	var err error
	if rc.Bot, err = r.clients.BotLogin(ctx); err != nil {
		return err
	}
	res, err := rc.Repo(ctx, r.clients.Installation(repo.Installation), repo.Owner, repo.Name, repo.InstalledAt)
	if err != nil {
		return fmt.Errorf("reconciling %s/%s: %w", repo.Owner, repo.Name, err)
	}
	r.logger.Info("reconciled", "repo", res.Repo, "skipped", res.Skipped, "documents", res.Documents, "opened", res.Opened,
		"reused", res.Reused, "commits", len(res.Commits), "pull_request", res.PullRequest, "orphaned", len(res.Orphaned))
	return nil
}
