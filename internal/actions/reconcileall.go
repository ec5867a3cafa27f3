package actions

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/installations"
)

// All reconciles every repository the app is installed on, one after
// another (no concurrent writes to a repository, and a gentle pace on
// the rate limit). A repository that fails is logged and counted, and
// the others go on; the error says how many failed.
func (rc *Reconciler) All(ctx context.Context, clients installations.AppClients, logger *slog.Logger) ([]*ReconcileResult, error) {
	repos, err := installations.List(ctx, clients)
	if err != nil {
		return nil, err
	}
	if rc.Bot == "" {
		withBot := *rc
		if withBot.Bot, err = clients.BotLogin(ctx); err != nil {
			return nil, err
		}
		rc = &withBot
	}
	var results []*ReconcileResult
	failed := 0
	for _, r := range repos {
		if r.Archived {
			continue
		}
		res, err := rc.Repo(ctx, clients.Installation(r.Installation), r.Owner, r.Name, r.InstalledAt)
		if err != nil {
			failed++
			logger.Error("reconciling", "repo", r.Owner+"/"+r.Name, "err", err)
			if ctx.Err() != nil {
				return results, ctx.Err()
			}
			continue
		}
		logReconciled(logger, res)
		results = append(results, res)
	}
	if failed > 0 {
		return results, &ReconcileError{Failed: failed, Total: len(repos)}
	}
	return results, nil
}

// ReconcileError says how many repositories could not be reconciled.
type ReconcileError struct{ Failed, Total int }

func (e *ReconcileError) Error() string {
	return fmt.Sprintf("%d of %d repositories could not be reconciled (see the log)", e.Failed, e.Total)
}

// logReconciled logs what reconciling a repository did.
func logReconciled(logger *slog.Logger, res *ReconcileResult) {
	logger.Info("reconciled", "repo", res.Repo, "skipped", res.Skipped, "documents", res.Documents, "opened", res.Opened,
		"reused", res.Reused, "commits", len(res.Commits), "pull_request", res.PullRequest, "orphaned", len(res.Orphaned),
		"unfollowed", res.Unfollowed)
}

// Loop reconciles every installed repository at once and then every
// interval until ctx ends. A run that fails is logged; the loop goes on.
func (rc *Reconciler) Loop(ctx context.Context, clients installations.AppClients, interval time.Duration, logger *slog.Logger) {
	for {
		if _, err := rc.All(ctx, clients, logger); err != nil && ctx.Err() == nil {
			logger.Error("reconcile run", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
