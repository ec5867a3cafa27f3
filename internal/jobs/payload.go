package jobs

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/s2"
	"github.com/riverqueue/river"
)

// payloadTable holds the payloads of stored deliveries, beside River's
// jobs: a job's arguments are JSON that River encodes, copies and (in
// SQLite) parses again on every insert, which costs more than the rest of
// the delivery's acknowledgement; a payload stored as bytes costs a copy.
// A payload is inserted in the transaction that inserts its job, and
// deleted when the job completes.
const payloadTable = "postmortem_delivery_payload"

// payloadRetention is how long a payload whose job did not complete (it
// failed for good, or was cancelled) is kept, so that retrying the job by
// hand finds it: longer than River keeps such jobs.
const payloadRetention = 8 * 24 * time.Hour

// PruneArgs forgets the payloads of deliveries whose jobs never
// completed once River has forgotten the jobs. Periodic, daily, inserted
// by the elected leader alone.
type PruneArgs struct{}

// Kind implements river.JobArgs.
func (PruneArgs) Kind() string { return "prune" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (PruneArgs) InsertOpts() river.InsertOpts { return uniqueByArgs() }

// pruneWorker prunes the payloads.
type pruneWorker struct {
	river.WorkerDefaults[PruneArgs]
	ref *queueRef
}

// Work implements river.Worker.
func (w *pruneWorker) Work(ctx context.Context, _ *river.Job[PruneArgs]) error {
	return w.ref.store().prunePayloads(ctx, time.Now().Add(-payloadRetention))
}

// addPrune registers the daily pruning on rc.
func addPrune(ws *river.Workers, rc *river.Config, ref *queueRef) {
	river.AddWorker(ws, &pruneWorker{ref: ref})
	rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(24*time.Hour),
		func() (river.JobArgs, *river.InsertOpts) { return PruneArgs{}, nil }, &river.PeriodicJobOpts{ID: "prune", RunOnStart: true}))
}

// queueRef lets the workers, made before the queue is open, use it once
// it is.
type queueRef struct{ q atomic.Pointer[Queue] }

// store is the open database.
func (p *queueRef) store() store { return p.q.Load().db }

// get is the payload of a delivery; nil if it has none.
func (p *queueRef) get(ctx context.Context, id string) ([]byte, error) {
	stored, err := p.store().payload(ctx, id)
	if err != nil || stored == nil {
		return nil, err
	}
	raw, err := s2.Decode(nil, stored)
	if err != nil {
		return nil, fmt.Errorf("decompressing: %w", err)
	}
	return raw, nil
}

// done forgets a delivery's payload.
func (p *queueRef) done(ctx context.Context, id string) error {
	return p.store().deletePayload(ctx, id)
}
