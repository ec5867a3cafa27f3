package jobs

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/s2"
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
