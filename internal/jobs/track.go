package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
)

// trackTable is the change log: the tracked changes of each document not
// yet written.
const trackTable = "postmortem_track_change"

// TrackWriter writes one document's tracked changes; *handlers.Tracker is one.
type TrackWriter interface {
	WriteChanges(ctx context.Context, changes []actions.TrackChange) error
}

// Record implements actions.ChangeLog: the change is logged, and the write
// of its document scheduled a tracking window later, in one transaction.
func (q *Queue) Record(ctx context.Context, c actions.TrackChange) error {
	raw, err := json.Marshal(c)
	if err != nil {
		return err
	}
	job := river.InsertManyParams{Args: TrackArgs{Repo: c.Owner + "/" + c.Repo, Doc: c.Doc()}}
	if q.cfg.TrackWindow > 0 { // else due now, by the database's clock
		job.InsertOpts = &river.InsertOpts{ScheduledAt: time.Now().Add(q.cfg.TrackWindow)}
	}
	if err := q.db.recordChange(ctx, c.Doc(), raw, job); err != nil {
		return fmt.Errorf("logging a change to %s: %w", c.Doc(), err)
	}
	return nil
}

// trackWorker writes a document's logged changes, holding its
// repository's writer lock.
type trackWorker struct {
	river.WorkerDefaults[TrackArgs]
	writer TrackWriter
	ref    *queueRef
}

// Work implements river.Worker.
func (w *trackWorker) Work(ctx context.Context, job *river.Job[TrackArgs]) error {
	db := w.ref.store()
	return WithRepoLock(ctx, db.locker(), job.Args.Repo, func(ctx context.Context) error {
		upTo, changes, err := loggedChanges(ctx, db, job.Args.Doc)
		if err != nil || len(changes) == 0 {
			return err
		}
		if err := w.writer.WriteChanges(ctx, changes); err != nil {
			return outcomeIn(ctx, err)
		}
		return db.deleteChanges(ctx, job.Args.Doc, upTo)
	})
}

// loggedChanges reads doc's changes and the last one's id.
func loggedChanges(ctx context.Context, db store, doc string) (int64, []actions.TrackChange, error) {
	upTo, raws, err := db.changes(ctx, doc)
	if err != nil {
		return 0, nil, fmt.Errorf("reading the changes to %s: %w", doc, err)
	}
	changes := make([]actions.TrackChange, len(raws))
	for i, raw := range raws {
		if err := json.Unmarshal(raw, &changes[i]); err != nil {
			return 0, nil, fmt.Errorf("a logged change to %s: %w", doc, err)
		}
	}
	return upTo, changes, nil
}
