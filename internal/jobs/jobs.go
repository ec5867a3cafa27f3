// Package jobs is the app's job engine: River (github.com/riverqueue/river)
// on SQLite in a local file by default, or on PostgreSQL when a
// postgres:// URL is given, so that any number of replicas share the work.
// It owns the database, its migrations, the River client, the job kinds and
// the per-repository writer lock.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Config configures a Queue.
type Config struct {
	// DatabaseURL is a postgres:// (or postgresql://) URL; "" keeps the
	// jobs in the SQLite file StatePath.
	DatabaseURL string
	// StatePath is the SQLite file, made with its folder when missing.
	StatePath string
	// Schema is the PostgreSQL schema of River's tables; "" is the
	// connection's search_path. It is made when missing.
	Schema string
	// Handlers run on the stored deliveries of the events they handle,
	// each that wants the delivery's action, in this order.
	Handlers []webhook.Handler
	// Tracker writes the logged changes of a document (the track jobs);
	// TrackWindow is how long a change waits for others to the same
	// document, to make one commit.
	Tracker     TrackWriter
	TrackWindow time.Duration
	// Reconcile runs every ReconcileEvery (and at start), one job per
	// repository; Weekly steps the weekly summaries every minute. Both
	// are inserted by the elected leader alone, so N replicas run them
	// once. Nil (or an interval of 0) runs neither.
	Reconcile      Reconciler
	ReconcileEvery time.Duration
	Weekly         func(ctx context.Context)
	// Summary runs one repository's weekly summary: the jobs
	// HandSummary queues, which Weekly's steps hand on.
	Summary Summarizer
	// Workers are more job kinds this process works. With neither
	// Handlers nor Workers, the queue inserts only.
	Workers *river.Workers
	// MaxWorkers bounds the jobs run at once; default 8.
	MaxWorkers int
	// StopTimeout is how long Stop lets running jobs finish before it
	// cancels them; default 20 s.
	StopTimeout time.Duration
	// JobTimeout bounds one job's run, so that a hung call cannot hold a
	// worker: its context is cancelled then; default 5 min.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before it is taken
	// for the job of a process that died (a crash, an OOM kill, a lost
	// node) and run again, on PostgreSQL, by whichever replica leads; on
	// SQLite the next start does it at once. Default: JobTimeout plus
	// RescueMargin. It must be at least JobTimeout: a shorter one would
	// run a live job twice.
	RescueAfter time.Duration
	// Poll is how often idle workers look for new jobs; default 1 s.
	Poll   time.Duration
	Logger *slog.Logger // default: discard
	// Metrics receives the per-kind counts; nil counts nothing.
	Metrics *Metrics
	// Inspect opens the database of a running app for an operator: no
	// file lock, no migration, no rescue of running jobs; it must exist.
	Inspect bool
	// TestOnly starts River's maintenance at once instead of after a
	// random pause.
	TestOnly bool
}

// Defaults applied by Open.
const (
	DefaultMaxWorkers  = 8
	DefaultStopTimeout = 20 * time.Second
	// DefaultJobTimeout leaves room for retries that wait out a
	// secondary rate limit (the GitHub client gives up after 2 minutes).
	DefaultJobTimeout = 5 * time.Minute
	// RescueMargin is how long past its timeout a job of a live process
	// may take to notice its cancellation and record how it ended: the
	// rescue waits that much more, so that it only takes jobs whose
	// process is gone.
	RescueMargin = time.Minute
	defaultPoll  = time.Second
)

// ErrRescueTooSoon is a RescueAfter shorter than the JobTimeout.
var ErrRescueTooSoon = errors.New("jobs: the rescue of running jobs must wait at least the job timeout")

// engine is what the Queue uses of a *river.Client, whatever its
// driver's transaction type.
type engine interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	StopAndCancel(ctx context.Context) error
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
	JobList(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobRetry(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobCancel(ctx context.Context, id int64) (*rivertype.JobRow, error)
	Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func())
}

// store is the database under the engine: SQLite or PostgreSQL.
type store interface {
	// ping checks that the database answers.
	ping(ctx context.Context) error
	// locker is the per-repository writer lock of this database.
	locker() Locker
	// countWaiting counts the jobs not yet run, by kind; the stored
	// deliveries not yet queued count as delivery jobs.
	countWaiting(ctx context.Context) (map[string]int, error)
	// insertDeliveries stores deliveries in one transaction and says
	// which were stored before (duplicates); queueStored makes jobs of at
	// most limit stored deliveries not yet queued and says how many;
	// deliveriesWaiting counts the delivery jobs that wait for a worker,
	// up to limit.
	insertDeliveries(ctx context.Context, ds []pendingDelivery) (duplicate []bool, err error)
	queueStored(ctx context.Context, limit int) (int, error)
	deliveriesWaiting(ctx context.Context, limit int) (int, error)
	// payload reads a delivery's payload (nil when the delivery is not
	// stored, errHandled once it was handled); forgetPayload drops it and
	// keeps the delivery's id; dropDelivery forgets the delivery.
	payload(ctx context.Context, id string) ([]byte, error)
	forgetPayload(ctx context.Context, id string) error
	dropDelivery(ctx context.Context, id string) error
	// recordChange logs a tracked change to doc and inserts job, in one
	// transaction; changes reads doc's changes in order with the last
	// one's id, and deleteChanges forgets them up to that id.
	recordChange(ctx context.Context, doc string, change []byte, job river.InsertManyParams) error
	changes(ctx context.Context, doc string) (upTo int64, changes [][]byte, err error)
	deleteChanges(ctx context.Context, doc string, upTo int64) error
	// prunePayloads forgets the payloads stored before a time.
	prunePayloads(ctx context.Context, before time.Time) error
	close() error
}

// Queue is the job engine of one process.
type Queue struct {
	engine  engine
	db      store
	cfg     Config
	metrics *Metrics
	stopSub func()
	batch   *batcher
	pump    *pump // nil when inspecting

	closeOnce sync.Once
	closeErr  error
}

// Open opens (and makes) the database, applies River's migrations and
// builds the client; Start starts working jobs.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg = withDefaults(cfg)
	src := &queueRef{}
	rc, err := riverConfig(cfg, src)
	if err != nil {
		return nil, err
	}
	var q *Queue
	if IsPostgres(cfg.DatabaseURL) {
		q, err = openPostgres(ctx, cfg, rc)
	} else {
		q, err = openSQLite(ctx, cfg, rc)
	}
	if err != nil {
		return nil, err
	}
	src.q.Store(q)
	q.cfg, q.metrics = cfg, cfg.Metrics
	q.batch = newBatcher(q.db.insertDeliveries)
	if !cfg.Inspect {
		q.pump = startPump(q.db, cfg.Logger)
		q.batch.stored = q.pump.poke
	}
	return q, nil
}

// withDefaults fills in cfg's zero fields.
func withDefaults(cfg Config) Config {
	if cfg.MaxWorkers <= 0 {
		cfg.MaxWorkers = DefaultMaxWorkers
	}
	if cfg.StopTimeout <= 0 {
		cfg.StopTimeout = DefaultStopTimeout
	}
	if cfg.Poll <= 0 {
		cfg.Poll = defaultPoll
	}
	if cfg.JobTimeout <= 0 {
		cfg.JobTimeout = DefaultJobTimeout
	}
	if cfg.RescueAfter <= 0 {
		cfg.RescueAfter = cfg.JobTimeout + RescueMargin
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// riverConfig is the River client configuration for cfg; the delivery
// worker reads payloads from src.
func riverConfig(cfg Config, src *queueRef) (*river.Config, error) {
	if cfg.RescueAfter < cfg.JobTimeout {
		return nil, ErrRescueTooSoon
	}
	rc := &river.Config{
		Logger:            cfg.Logger,
		FetchPollInterval: cfg.Poll,
		FetchCooldown:     min(cfg.Poll, 100*time.Millisecond),
		Schema:            cfg.Schema,
		SoftStopTimeout:   cfg.StopTimeout,
		JobTimeout:        cfg.JobTimeout,
		// A job still running this long after it started belonged to a
		// replica that died: the leader's rescuer (every 30 s) gives it
		// back to the queue, with the attempt it spent.
		RescueStuckJobsAfter: cfg.RescueAfter,
		TestOnly:             cfg.TestOnly,
		ErrorHandler:         &errorLogger{logger: cfg.Logger},
	}
	rc.Middleware = []rivertype.Middleware{&cancelLogger{logger: cfg.Logger}}
	if cfg.Metrics != nil {
		rc.Middleware = append(rc.Middleware, &runningMiddleware{gauge: cfg.Metrics.running})
	}
	var err error
	if cfg.Workers, err = addWorkers(cfg, rc, src); err != nil {
		return nil, err
	}
	if cfg.Workers != nil {
		rc.Workers = cfg.Workers
		rc.Queues = map[string]river.QueueConfig{
			river.QueueDefault: {MaxWorkers: cfg.MaxWorkers},
			deliveryQueue: {MaxWorkers: deliveryWorkers, FetchCooldown: deliveryCooldown,
				FetchPollInterval: max(cfg.Poll, deliveryCooldown)},
		}
	} else {
		rc.SkipUnknownJobCheck = true
	}
	return rc, nil
}

// addWorkers adds the app's workers that cfg asks for to cfg.Workers
// (made if nil) and returns it; nil when there are none.
func addWorkers(cfg Config, rc *river.Config, src *queueRef) (*river.Workers, error) {
	if cfg.Handlers == nil && cfg.Tracker == nil && cfg.Reconcile == nil && cfg.Weekly == nil && cfg.Summary == nil {
		return cfg.Workers, nil
	}
	if cfg.Workers == nil {
		cfg.Workers = river.NewWorkers()
	}
	if cfg.Handlers != nil {
		river.AddWorker(cfg.Workers, &deliveryWorker{handlers: byEvent(cfg.Handlers), ref: src, logger: cfg.Logger})
		addPrune(cfg.Workers, rc, src)
		if err := addSourceWorkers(cfg.Workers, cfg.Handlers, src); err != nil {
			return nil, err
		}
	}
	if cfg.Tracker != nil {
		river.AddWorker(cfg.Workers, &trackWorker{writer: cfg.Tracker, ref: src})
	}
	if cfg.Summary != nil {
		river.AddWorker(cfg.Workers, &summaryWorker{run: cfg.Summary, ref: src})
	}
	addPeriodic(cfg, rc, src)
	return cfg.Workers, nil
}

// Start starts working jobs, and the periodic ones on the leader.
func (q *Queue) Start(ctx context.Context) error {
	if q.metrics != nil {
		q.stopSub = q.metrics.follow(q.engine, q.db)
	}
	if err := q.engine.Start(ctx); err != nil {
		return fmt.Errorf("starting the job queue: %w", err)
	}
	return nil
}

// Stop stops fetching jobs, lets running ones finish within the
// configured StopTimeout (then cancels them: they are retried by the
// next process) and returns once they have. What was not started stays
// queued.
func (q *Queue) Stop(ctx context.Context) error {
	err := q.engine.Stop(ctx)
	if q.stopSub != nil {
		q.stopSub()
		q.stopSub = nil
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("stopping the job queue: %w", err)
	}
	return nil
}

// Close releases the database. The client must have stopped (or never
// started). Closing again does nothing and returns the first result.
func (q *Queue) Close() error {
	q.closeOnce.Do(func() {
		q.batch.close()
		if q.pump != nil {
			q.pump.stop()
		}
		q.closeErr = q.db.close()
	})
	return q.closeErr
}

// Ping checks that the database answers: /readyz.
func (q *Queue) Ping(ctx context.Context) error { return q.db.ping(ctx) }

// Locker is the per-repository writer lock of the Queue's database.
func (q *Queue) Locker() Locker { return q.db.locker() }

// cancelLogger logs a job that ends for good on a refusal no retry
// would change (see outcomeOf): River logs such a cancellation only for
// debugging, and its error handler never sees it.
type cancelLogger struct {
	river.MiddlewareDefaults
	logger *slog.Logger
}

// Work implements rivertype.WorkerMiddleware.
func (m *cancelLogger) Work(ctx context.Context, job *rivertype.JobRow, doInner func(context.Context) error) error {
	err := doInner(ctx)
	if cancel := (*river.JobCancelError)(nil); errors.As(err, &cancel) {
		m.logger.LogAttrs(ctx, slog.LevelError, "job failed for good", slog.String("kind", job.Kind), slog.Int64("job", job.ID),
			slog.Int("attempt", job.Attempt), slog.String("error", err.Error()))
	}
	return err
}

// errorLogger logs a job's failure; River then retries or discards it.
type errorLogger struct{ logger *slog.Logger }

// HandleError implements river.ErrorHandler.
func (h *errorLogger) HandleError(ctx context.Context, job *rivertype.JobRow, err error) *river.ErrorHandlerResult {
	h.logger.LogAttrs(ctx, slog.LevelError, "job failed", slog.String("kind", job.Kind), slog.Int64("job", job.ID),
		slog.Int("attempt", job.Attempt), slog.Int("max_attempts", job.MaxAttempts), slog.String("error", err.Error()))
	return nil
}

// HandlePanic implements river.ErrorHandler.
func (h *errorLogger) HandlePanic(ctx context.Context, job *rivertype.JobRow, v any, trace string) *river.ErrorHandlerResult {
	h.logger.LogAttrs(ctx, slog.LevelError, "job panicked", slog.String("kind", job.Kind), slog.Int64("job", job.ID),
		slog.Int("attempt", job.Attempt), slog.String("panic", fmt.Sprint(v)), slog.String("stack", trace))
	return nil
}
