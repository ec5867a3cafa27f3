package cli

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// defaultStateFile is the SQLite job database's name, beside the
// credentials file.
const defaultStateFile = "state.db"

// queueConfig is where the jobs are kept, read from the environment.
type queueConfig struct {
	databaseURL string // DATABASE_URL: postgres://…; "" is SQLite
	statePath   string // the SQLite file
}

// loadQueueConfig reads DATABASE_URL and POSTMORTEM_BOT_STATE; the state
// file defaults to state.db beside the credentials file.
func loadQueueConfig(env *Env, getenv func(string) string, credentials string) (queueConfig, error) {
	qc := queueConfig{databaseURL: getenv("DATABASE_URL"), statePath: getenv("POSTMORTEM_BOT_STATE")}
	if qc.databaseURL != "" && !jobs.IsPostgres(qc.databaseURL) {
		return qc, usagef("DATABASE_URL: want a postgres:// URL (unset, the jobs are kept in SQLite at POSTMORTEM_BOT_STATE)")
	}
	if qc.statePath == "" {
		qc.statePath = filepath.Join(filepath.Dir(credentials), defaultStateFile)
	}
	qc.statePath = env.path(qc.statePath)
	return qc, nil
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
	q, err := jobs.Open(context.Background(), jobs.Config{
		DatabaseURL: qc.databaseURL, StatePath: qc.statePath, Logger: logger, Metrics: metrics,
		Handlers: append(handlers, bg.tracker), Tracker: bg.tracker, TrackWindow: cfg.trackWindow,
		Reconcile: bg.reconcile, ReconcileEvery: bg.every, Weekly: bg.weekly,
		StopTimeout: shutdownTimeout * 4 / 5, // the rest is for the HTTP server and the database
	})
	if err != nil {
		return nil, err
	}
	bg.tracker.Log = q
	if err := q.Start(context.Background()); err != nil {
		q.Close()
		return nil, err
	}
	logger.Info("job queue started", "database", qc.describe())
	return q, nil
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
