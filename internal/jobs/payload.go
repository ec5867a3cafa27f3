package jobs

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/s2"
	"github.com/riverqueue/river"
)

// payloadTable is the deliveries' outbox: each stored delivery, its job's
// arguments and its payload. The endpoint stores a delivery there, and
// answers; queueStored then turns stored rows into River jobs, in one
// transaction with marking them queued. A River insert costs about ten
// times a row of this table (River's SQLite driver inserts row by row,
// its statements parsed each time, and a job's arguments are JSON it
// encodes, copies and parses again), so the acknowledgement does not pay
// it. The delivery id is the key: a redelivery stores nothing. A handled
// delivery keeps its row without its payload, so that a redelivery stays
// a duplicate until the row is pruned; one whose job ended without
// handling it loses its row, so that a redelivery runs again.
const payloadTable = "postmortem_delivery_payload"

// payloadRetention is how long a stored delivery is kept: a handled
// one's id (a redelivery is a duplicate meanwhile), and one whose job
// waits to be retried.
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

// took tells the pump that a worker took a delivery job, so that it
// queues the next stored delivery.
func (p *queueRef) took() {
	if q := p.q.Load(); q != nil && q.pump != nil {
		q.pump.poke()
	}
}

// errHandled is a delivery handled already: its job ran to the end of
// its handlers, and its process ended before River recorded it, so the
// job was run again.
var errHandled = errors.New("delivery handled already")

// get is the payload of a delivery; nil if it is not stored, errHandled
// if it was handled.
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

// done forgets a handled delivery's payload, and keeps its id: a
// redelivery is a duplicate until the id is pruned.
func (p *queueRef) done(ctx context.Context, id string) error {
	return p.store().forgetPayload(ctx, id)
}

// failed forgets a delivery whose job ended without handling it: its
// redelivery is stored again, and runs.
func (p *queueRef) failed(ctx context.Context, id string) error {
	return p.store().dropDelivery(ctx, id)
}
