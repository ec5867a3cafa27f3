package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/klauspost/compress/s2"
	"github.com/riverqueue/river"
)

// Delivery is a verified webhook delivery that some job wants.
type Delivery struct {
	ID             string // X-GitHub-Delivery; "" uses the payload's hash
	Event          string // X-GitHub-Event
	Action         string
	Repo           string // owner/name
	InstallationID int64
	Payload        []byte // JSON
}

// Deliver stores d as a job in one transaction, once per delivery id;
// duplicate reports a delivery stored before. When it returns nil, the
// delivery survives a crash.
// Deliveries that arrive together share a transaction.
func (q *Queue) Deliver(ctx context.Context, d Delivery) (duplicate bool, err error) {
	pd, err := deliveryOf(d)
	if err == nil {
		duplicate, err = q.batch.add(ctx, pd)
		release(pd.payload) // the batch is done with it, stored or not
	}
	if err != nil {
		return false, fmt.Errorf("storing delivery %s: %w", d.ID, err)
	}
	return duplicate, nil
}

// pendingDelivery is a delivery's job and payload, to insert together.
// The payload is compressed (S2): GitHub's JSON shrinks about fivefold,
// and so do the pages each commit writes.
type pendingDelivery struct {
	args        DeliveryArgs
	encodedArgs []byte // args as JSON
	payload     []byte
}

// deliveryOf is d as a job and its payload.
func deliveryOf(d Delivery) (pendingDelivery, error) {
	id := d.ID
	if id == "" {
		sum := sha256.Sum256(d.Payload)
		id = "sha256:" + hex.EncodeToString(sum[:])
	}
	args := DeliveryArgs{DeliveryID: id, Event: d.Event, Action: d.Action, Repo: d.Repo, InstallationID: d.InstallationID}
	encoded, err := json.Marshal(args)
	return pendingDelivery{args, encoded, compress(d.Payload)}, err
}

// buffers holds the buffers payloads are compressed into, for reuse once
// the batch holding one is stored: the database copies what it stores.
var buffers sync.Pool

// compress is p compressed, in a buffer from the pool when one is large
// enough.
func compress(p []byte) []byte {
	n := s2.MaxEncodedLen(len(p))
	if b, ok := buffers.Get().(*[]byte); ok && cap(*b) >= n {
		return s2.Encode((*b)[:n], p)
	}
	return s2.Encode(make([]byte, n), p)
}

// release gives a compressed payload's buffer back to the pool.
func release(payload []byte) {
	b := payload[:0]
	buffers.Put(&b)
}

// Insert stores jobs in one transaction. Unique jobs already stored are
// skipped; inserted counts those that were not.
func (q *Queue) Insert(ctx context.Context, params ...river.InsertManyParams) (inserted int, err error) {
	res, err := q.engine.InsertMany(ctx, params)
	if err != nil {
		return 0, fmt.Errorf("inserting jobs: %w", err)
	}
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			inserted++
		}
	}
	return inserted, nil
}
