package cli

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// defaultStateFile is the SQLite job database's name, beside the
// credentials file.
const defaultStateFile = "state.db"

// queueConfig is where the jobs are kept, read from the environment.
type queueConfig struct {
	databaseURL string // DATABASE_URL: postgres://…; "" is SQLite
	statePath   string // the SQLite file
	// jobTimeout (JOB_TIMEOUT) bounds a job's run; rescueAfter
	// (JOB_RESCUE_AFTER) is when a job still running is taken for one
	// whose replica died. Zero: the jobs package's defaults.
	jobTimeout, rescueAfter time.Duration
}

// loadQueueConfig reads DATABASE_URL, POSTMORTEM_BOT_STATE, JOB_TIMEOUT
// and JOB_RESCUE_AFTER; the state file defaults to state.db beside the
// credentials file.
func loadQueueConfig(env *Env, getenv func(string) string, credentials string) (queueConfig, error) {
	qc := queueConfig{databaseURL: getenv("DATABASE_URL"), statePath: getenv("POSTMORTEM_BOT_STATE")}
	if qc.databaseURL != "" && !jobs.IsPostgres(qc.databaseURL) {
		return qc, usagef("DATABASE_URL: want a postgres:// URL (unset, the jobs are kept in SQLite at POSTMORTEM_BOT_STATE)")
	}
	if qc.statePath == "" {
		qc.statePath = filepath.Join(filepath.Dir(credentials), defaultStateFile)
	}
	qc.statePath = env.path(qc.statePath)
	if err := qc.loadTimes(getenv); err != nil {
		return qc, err
	}
	return qc, nil
}

// loadTimes reads JOB_TIMEOUT and JOB_RESCUE_AFTER: the rescue waits at
// least a job's timeout, and by default a minute more.
func (qc *queueConfig) loadTimes(getenv func(string) string) error {
	for _, v := range []struct {
		name string
		dst  *time.Duration
	}{{"JOB_TIMEOUT", &qc.jobTimeout}, {"JOB_RESCUE_AFTER", &qc.rescueAfter}} {
		raw := getenv(v.name)
		if raw == "" {
			continue
		}
		d, err := time.ParseDuration(raw)
		if err != nil || d <= 0 {
			return usagef("%s %q: want a duration such as 90s or 5m", v.name, raw)
		}
		*v.dst = d
	}
	timeout := cmp.Or(qc.jobTimeout, jobs.DefaultJobTimeout)
	if qc.rescueAfter != 0 && qc.rescueAfter < timeout {
		return usagef("JOB_RESCUE_AFTER %s is shorter than JOB_TIMEOUT %s: a job still running would be run twice", qc.rescueAfter, timeout)
	}
	return nil
}

// readyTimeout bounds /readyz's look at the database.
const readyTimeout = 2 * time.Second

// openQueue opens the job database and starts its workers: handlers on
// the stored deliveries, and the background work (the tracker logs its
// changes in the queue, written a window later; the reconcile runs and
// the weekly summaries are periodic jobs).
func openQueue(qc queueConfig, handlers []webhook.Handler, bg background, cfg backgroundConfig, reg prometheus.Registerer, logger *slog.Logger) (*jobs.Queue, error) {
	metrics, err := jobs.NewMetrics(reg)
	if err != nil {
		return nil, err
	}
	step, summary := summaryJobs(bg.summaries, logger)
	q, err := jobs.Open(context.Background(), jobs.Config{
		Weekly: step, Summary: summary,
		DatabaseURL: qc.databaseURL, StatePath: qc.statePath, Logger: logger, Metrics: metrics,
		JobTimeout: qc.jobTimeout, RescueAfter: qc.rescueAfter,
		Handlers: append(handlers, bg.tracker), Tracker: bg.tracker, TrackWindow: cfg.trackWindow,
		Reconcile: bg.reconcile, ReconcileEvery: bg.every,
		StopTimeout: shutdownTimeout * 4 / 5, // the rest is for the HTTP server and the database
	})
	if err != nil {
		return nil, err
	}
	bg.tracker.Log = q
	if bg.summaries != nil {
		bg.summaries.Hand = func(ctx context.Context, installation int64, req weekly.Request, slot time.Time) (bool, error) {
			return q.HandSummary(ctx, installation, req.Owner, req.Repo, slot)
		}
	}
	if err := q.Start(context.Background()); err != nil {
		q.Close()
		return nil, err
	}
	logger.Info("job queue started", "database", qc.describe())
	return q, nil
}

// summaryJobs are the weekly summaries as jobs: the scheduler's steps,
// which hand each due summary on as a job of its own, and those jobs'
// runs; none without a scheduler (cron runs the summaries).
func summaryJobs(s *weekly.Scheduler, logger *slog.Logger) (func(context.Context), jobs.Summarizer) {
	if s == nil {
		return nil, nil
	}
	return s.Step, func(ctx context.Context, installation int64, owner, repo string) error {
		res, err := s.RunSummary(ctx, installation, weekly.Request{Owner: owner, Repo: repo})
		if err != nil {
			return fmt.Errorf("weekly summary of %s/%s: %w", owner, repo, err)
		}
		logger.Info("weekly summary", "repo", owner+"/"+repo, "week", res.Week, "skipped", res.Skipped, "target", res.Target,
			"issue", res.Issue, "created", res.Created, "updated", res.Updated, "closed", len(res.Closed))
		return nil
	}
}

// describe names the database for the logs, without credentials.
func (qc queueConfig) describe() string {
	if qc.databaseURL != "" {
		return "postgresql"
	}
	return "sqlite:" + qc.statePath
}

// pingQueue is /readyz's check: the database answers.
func pingQueue(q *jobs.Queue) func() error {
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), readyTimeout)
		defer cancel()
		if err := q.Ping(ctx); err != nil {
			return fmt.Errorf("job database: %w", err)
		}
		return nil
	}
}
