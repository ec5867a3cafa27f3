package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/installations"
	"github.com/riverqueue/river"
)

// Reconciler is the reconcile use case as the jobs run it: the
// repositories to reconcile, and one repository's run.
type Reconciler interface {
	Repos(ctx context.Context) ([]installations.Repo, error)
	Reconcile(ctx context.Context, r installations.Repo) error
}

// ReconcileAllArgs starts a reconcile run: one reconcile job for each
// repository the app is installed on. Periodic, inserted by the elected
// leader alone; one at a time.
type ReconcileAllArgs struct{}

// Kind implements river.JobArgs.
func (ReconcileAllArgs) Kind() string { return KindReconcile + "_all" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (ReconcileAllArgs) InsertOpts() river.InsertOpts { return uniqueByArgs() }

// ReconcileArgs reconciles one repository, holding its writer lock:
// unique by repository.
type ReconcileArgs struct {
	InstallationID int64     `json:"installation_id"`
	Owner          string    `json:"owner" river:"unique"`
	Name           string    `json:"name" river:"unique"`
	DefaultBranch  string    `json:"default_branch,omitempty"`
	HTMLURL        string    `json:"html_url,omitempty"`
	InstalledAt    time.Time `json:"installed_at"`
}

// Kind implements river.JobArgs.
func (ReconcileArgs) Kind() string { return KindReconcile }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (ReconcileArgs) InsertOpts() river.InsertOpts { return uniqueByArgs() }

// WeeklyArgs steps the weekly summaries: each repository whose summary
// is due gets it. Periodic, inserted by the elected leader alone; one at
// a time.
type WeeklyArgs struct{}

// Kind implements river.JobArgs.
func (WeeklyArgs) Kind() string { return KindWeekly }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (WeeklyArgs) InsertOpts() river.InsertOpts { return uniqueByArgs() }

// weeklyEvery is how often the weekly summaries are stepped.
const weeklyEvery = time.Minute

// addPeriodic registers the periodic work of cfg on rc.
func addPeriodic(cfg Config, rc *river.Config, ref *queueRef) {
	if cfg.Reconcile != nil && cfg.ReconcileEvery > 0 {
		river.AddWorker(cfg.Workers, &reconcileAllWorker{reconciler: cfg.Reconcile, ref: ref})
		river.AddWorker(cfg.Workers, &reconcileWorker{reconciler: cfg.Reconcile, ref: ref})
		rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(cfg.ReconcileEvery),
			func() (river.JobArgs, *river.InsertOpts) { return ReconcileAllArgs{}, nil },
			&river.PeriodicJobOpts{ID: KindReconcile, RunOnStart: true}))
	}
	if cfg.Weekly != nil {
		river.AddWorker(cfg.Workers, &weeklyWorker{step: cfg.Weekly})
		rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(weeklyEvery),
			func() (river.JobArgs, *river.InsertOpts) { return WeeklyArgs{}, nil },
			&river.PeriodicJobOpts{ID: KindWeekly, RunOnStart: true}))
	}
}

// reconcileAllWorker queues a reconcile job per installed repository.
type reconcileAllWorker struct {
	river.WorkerDefaults[ReconcileAllArgs]
	reconciler Reconciler
	ref        *queueRef
}

// Work implements river.Worker.
func (w *reconcileAllWorker) Work(ctx context.Context, _ *river.Job[ReconcileAllArgs]) error {
	repos, err := w.reconciler.Repos(ctx)
	if err != nil {
		return outcomeIn(ctx, fmt.Errorf("listing the installed repositories: %w", err))
	}
	var params []river.InsertManyParams
	for _, r := range repos {
		if !r.Archived {
			params = append(params, river.InsertManyParams{Args: ReconcileArgs{
				InstallationID: r.Installation, Owner: r.Owner, Name: r.Name,
				DefaultBranch: r.DefaultBranch, HTMLURL: r.HTMLURL, InstalledAt: r.InstalledAt,
			}})
		}
	}
	if len(params) == 0 {
		return nil
	}
	_, err = w.ref.q.Load().Insert(ctx, params...)
	return err
}

// reconcileWorker reconciles one repository.
type reconcileWorker struct {
	river.WorkerDefaults[ReconcileArgs]
	reconciler Reconciler
	ref        *queueRef
}

// Work implements river.Worker.
func (w *reconcileWorker) Work(ctx context.Context, job *river.Job[ReconcileArgs]) error {
	a := job.Args
	r := installations.Repo{Installation: a.InstallationID, Owner: a.Owner, Name: a.Name,
		DefaultBranch: a.DefaultBranch, HTMLURL: a.HTMLURL, InstalledAt: a.InstalledAt}
	return WithRepoLock(ctx, w.ref.store().locker(), a.Owner+"/"+a.Name, func(ctx context.Context) error {
		return outcomeIn(ctx, w.reconciler.Reconcile(ctx, r))
	})
}

// weeklyWorker steps the weekly summaries; their failures are the
// scheduler's to log and retry.
type weeklyWorker struct {
	river.WorkerDefaults[WeeklyArgs]
	step func(ctx context.Context)
}

// Work implements river.Worker.
func (w *weeklyWorker) Work(ctx context.Context, _ *river.Job[WeeklyArgs]) error {
	w.step(ctx)
	return nil
}
