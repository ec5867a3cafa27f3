package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

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
func (q *Queue) Deliver(ctx context.Context, d Delivery) (duplicate bool, err error) {
	res, err := q.engine.InsertMany(ctx, []river.InsertManyParams{{Args: deliveryArgs(d)}})
	if err != nil {
		return false, fmt.Errorf("storing delivery %s: %w", d.ID, err)
	}
	return res[0].UniqueSkippedAsDuplicate, nil
}

// deliveryArgs is d as a job.
func deliveryArgs(d Delivery) DeliveryArgs {
	id := d.ID
	if id == "" {
		sum := sha256.Sum256(d.Payload)
		id = "sha256:" + hex.EncodeToString(sum[:])
	}
	return DeliveryArgs{
		DeliveryID: id, Event: d.Event, Action: d.Action, Repo: d.Repo,
		InstallationID: d.InstallationID, Payload: d.Payload,
	}
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
