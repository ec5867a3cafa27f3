package jobs

import (
	"context"
	"time"

	"github.com/riverqueue/river"
)

// KindSummary is the job of one repository's weekly summary.
const KindSummary = "summary"

// SummaryArgs runs one repository's weekly summary for one scheduled
// time (its slot), holding the repository's writer lock. Unique by all
// its fields: the weekly schedulers of N replicas, each planning in its
// own memory, make one job of a slot, however many of them find it due.
// The uniqueness lasts while River keeps the job (a day after it
// completes); a scheduler that finds the slot due later still would
// refresh the same summary issue, never open a second.
type SummaryArgs struct {
	InstallationID int64     `json:"installation_id"`
	Owner          string    `json:"owner"`
	Repo           string    `json:"repo"`
	Slot           time.Time `json:"slot"`
}

// Kind implements river.JobArgs.
func (SummaryArgs) Kind() string { return KindSummary }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (SummaryArgs) InsertOpts() river.InsertOpts { return uniqueByArgs() }

// Summarizer runs the weekly summary of installation's repository
// owner/repo.
type Summarizer func(ctx context.Context, installation int64, owner, repo string) error

// HandSummary queues the summary of owner/repo for slot, once per slot;
// handed is false when it was queued (or done) before.
func (q *Queue) HandSummary(ctx context.Context, installation int64, owner, repo string, slot time.Time) (handed bool, err error) {
	n, err := q.Insert(ctx, river.InsertManyParams{Args: SummaryArgs{InstallationID: installation, Owner: owner, Repo: repo, Slot: slot.UTC()}})
	return n == 1, err
}

// summaryWorker runs a repository's summary under its writer lock.
type summaryWorker struct {
	river.WorkerDefaults[SummaryArgs]
	run Summarizer
	ref *queueRef
}

// Work implements river.Worker.
func (w *summaryWorker) Work(ctx context.Context, job *river.Job[SummaryArgs]) error {
	a := job.Args
	return WithRepoLock(ctx, w.ref.store().locker(), a.Owner+"/"+a.Repo, func(ctx context.Context) error {
		return outcomeIn(ctx, w.run(ctx, a.InstallationID, a.Owner, a.Repo))
	})
}
