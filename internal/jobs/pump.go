package jobs

import (
	"context"
	"database/sql"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
)

// queueBatch bounds the stored deliveries queued in one transaction: a
// batch holds the database for a few milliseconds, so that the
// acknowledgements' own transactions do not wait long behind it.
const queueBatch = 32

// queueAhead is how many delivery jobs the pump keeps waiting for the
// workers: it queues more as they take them, and leaves the rest of a
// burst in the outbox. Making a River job of a stored row costs more CPU
// than acknowledging the delivery (River's SQLite driver inserts a row
// at a time), and the workers read deliveries far slower than a burst
// arrives (see deliveryQueue), so queueing a burst at once would only
// take the cores from the acknowledgements for jobs that wait anyway.
// The row is as durable as a job; the pump makes jobs of it in turn.
const queueAhead = 2 * queueBatch

// pumpPoll is how often the pump looks for stored deliveries it was not
// told of: those of another replica, or of a process that ended before
// queueing them.
const pumpPoll = time.Second

// pump turns stored deliveries into jobs whenever some are stored, until
// stopped.
type pump struct {
	db     store
	logger *slog.Logger
	wake   chan struct{}
	quit   chan struct{}
	done   chan struct{}
}

// startPump starts a pump on db.
func startPump(db store, logger *slog.Logger) *pump {
	p := &pump{db: db, logger: logger, wake: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	go p.run()
	return p
}

// poke says deliveries were stored.
func (p *pump) poke() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// run queues what is stored, then waits to be poked or for the poll.
func (p *pump) run() {
	defer close(p.done)
	tick := time.NewTicker(pumpPoll)
	defer tick.Stop()
	for {
		p.drain()
		select {
		case <-p.wake:
		case <-tick.C:
		case <-p.quit:
			return
		}
	}
}

// drain queues stored deliveries a batch at a time until none is left
// or queueAhead jobs wait.
func (p *pump) drain() {
	for {
		ctx, cancel := context.WithTimeout(context.Background(), batchTimeout)
		n, want, err := p.fill(ctx)
		cancel()
		if err != nil {
			p.logger.Error("queueing stored deliveries", "error", err.Error())
			return
		}
		if want == 0 || n < want {
			return
		}
	}
}

// fill queues at most a batch of stored deliveries, as many as the
// workers lack; it says how many it queued and how many it wanted.
func (p *pump) fill(ctx context.Context) (n, want int, err error) {
	waiting, err := p.db.deliveriesWaiting(ctx, queueAhead)
	if err != nil || waiting >= queueAhead {
		return 0, 0, err
	}
	want = min(queueBatch, queueAhead-waiting)
	n, err = p.db.queueStored(ctx, want)
	return n, want, err
}

// stop stops the pump once the batch in hand is queued.
func (p *pump) stop() {
	close(p.quit)
	<-p.done
}

// rowScanner is the part of a result set scanStored reads.
type rowScanner interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

var _ rowScanner = (*sql.Rows)(nil)

// scanStored reads stored deliveries' ids and jobs.
func scanStored(rows rowScanner) ([]string, []river.InsertManyParams, error) {
	defer rows.Close()
	var ids []string
	var params []river.InsertManyParams
	for rows.Next() {
		var id string
		var raw []byte
		if err := rows.Scan(&id, &raw); err != nil {
			return nil, nil, err
		}
		var args DeliveryArgs
		if err := json.Unmarshal(raw, &args); err != nil {
			return nil, nil, err
		}
		ids, params = append(ids, id), append(params, river.InsertManyParams{Args: args})
	}
	return ids, params, rows.Err()
}
