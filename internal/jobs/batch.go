package jobs

import (
	"context"
	"errors"
	"time"
)

// maxBatch bounds the deliveries stored in one transaction.
const maxBatch = 256

// batchTimeout bounds one batch's transaction.
const batchTimeout = 10 * time.Second

// errClosed is a delivery offered to a closed queue.
var errClosed = errors.New("job queue closed")

// batcher stores the deliveries that arrive together in one transaction
// (a group commit): with SQLite, a commit costs more than the rows in it.
// Each caller still waits for its own delivery's commit.
type batcher struct {
	insert func(ctx context.Context, ds []pendingDelivery) ([]bool, error)
	stored func() // called after each stored batch; may be nil
	reqs   chan *insertReq
	quit   chan struct{}
	done   chan struct{}
}

// insertReq is one job waiting for its batch.
type insertReq struct {
	ctx   context.Context
	d     pendingDelivery
	reply chan insertReply
}

// insertReply is one job's outcome.
type insertReply struct {
	duplicate bool
	err       error
}

// newBatcher starts a batcher inserting with insert.
func newBatcher(insert func(context.Context, []pendingDelivery) ([]bool, error)) *batcher {
	b := &batcher{insert: insert, reqs: make(chan *insertReq, maxBatch), quit: make(chan struct{}), done: make(chan struct{})}
	go b.run()
	return b
}

// add stores one job with the next batch and waits for its commit.
func (b *batcher) add(ctx context.Context, d pendingDelivery) (duplicate bool, err error) {
	r := &insertReq{ctx: ctx, d: d, reply: make(chan insertReply, 1)}
	select {
	case b.reqs <- r:
	case <-b.quit:
		return false, errClosed
	case <-ctx.Done():
		return false, ctx.Err()
	}
	rep := <-r.reply
	return rep.duplicate, rep.err
}

// run takes whatever is waiting, up to maxBatch, and stores it, until
// close.
func (b *batcher) run() {
	defer close(b.done)
	for {
		select {
		case r := <-b.reqs:
			b.flush(b.gather(r))
		case <-b.quit:
			return
		}
	}
}

// gather is first and the requests already waiting behind it.
func (b *batcher) gather(first *insertReq) []*insertReq {
	batch := []*insertReq{first}
	for len(batch) < maxBatch {
		select {
		case r := <-b.reqs:
			batch = append(batch, r)
		default:
			return batch
		}
	}
	return batch
}

// flush stores a batch in one transaction. When it fails, each job is
// tried alone, so that one bad job fails alone.
func (b *batcher) flush(batch []*insertReq) {
	live := batch[:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.reply <- insertReply{err: err} // its client has gone: no 202 to keep
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	if b.store(live) || len(live) == 1 {
		return
	}
	for _, r := range live {
		b.store([]*insertReq{r})
	}
}

// store inserts batch and replies to each; false when the transaction
// failed and a batch of one has had its error.
func (b *batcher) store(batch []*insertReq) bool {
	ds := make([]pendingDelivery, len(batch))
	for i, r := range batch {
		ds[i] = r.d
	}
	ctx, cancel := context.WithTimeout(context.Background(), batchTimeout)
	defer cancel()
	dup, err := b.insert(ctx, ds)
	if err != nil {
		if len(batch) == 1 {
			batch[0].reply <- insertReply{err: err}
		}
		return false
	}
	for i, r := range batch {
		r.reply <- insertReply{duplicate: dup[i]}
	}
	if b.stored != nil {
		b.stored()
	}
	return true
}

// close stops the batcher once the batch in hand is stored.
func (b *batcher) close() {
	close(b.quit)
	<-b.done
}
