package webhook

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Errors of queue.push.
var (
	errQueueFull = errors.New("webhook queue full")
	errDraining  = errors.New("webhook server shutting down")
)

// job is one event waiting for, or held by, a worker.
type job struct {
	event    Event
	enqueued time.Time
}

// lane holds the waiting jobs of one key (a repository, or an
// installation for app-level events) in arrival order. A lane is either
// idle (absent from the queue's map), ready (in the ready list, waiting
// for a worker) or running (held by exactly one worker, and in neither).
type lane struct {
	key  string
	jobs []job
}

// queue runs jobs on a fixed set of workers: the jobs of one lane one at a
// time and in order, different lanes in parallel. Lanes take turns, so a
// busy repository does not starve the others. It holds at most limit jobs
// that no worker has started.
type queue struct {
	mu       sync.Mutex
	wake     *sync.Cond // a lane became ready, or the queue stopped
	lanes    map[string]*lane
	ready    []*lane // lanes with jobs and no worker, oldest first
	depth    int     // jobs not yet started
	running  int     // jobs held by workers
	limit    int
	draining bool
	stopped  bool
	idle     chan struct{} // closed once draining and empty
	closed   bool          // idle is closed
	gauge    prometheus.Gauge
	workers  sync.WaitGroup
}

// newQueue returns a queue holding at most limit waiting jobs; gauge
// follows the number waiting.
func newQueue(limit int, gauge prometheus.Gauge) *queue {
	q := &queue{lanes: make(map[string]*lane), limit: limit, idle: make(chan struct{}), gauge: gauge}
	q.wake = sync.NewCond(&q.mu)
	return q
}

// start runs n workers that pass each job to run with ctx.
func (q *queue) start(ctx context.Context, n int, run func(context.Context, job)) {
	q.workers.Add(n)
	for range n {
		go q.work(ctx, run)
	}
}

// work is one worker's loop: take the next ready lane's first job, run it,
// hand the lane back.
func (q *queue) work(ctx context.Context, run func(context.Context, job)) {
	defer q.workers.Done()
	for {
		l, j, ok := q.next()
		if !ok {
			return
		}
		run(ctx, j)
		q.done(l)
	}
}

// push appends j to the lane of key.
func (q *queue) push(key string, j job) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case q.draining:
		return errDraining
	case q.depth >= q.limit:
		return errQueueFull
	}
	l := q.lanes[key]
	if l == nil {
		l = &lane{key: key}
		q.lanes[key] = l
		q.setReady(l)
	}
	l.jobs = append(l.jobs, j)
	q.depth++
	q.gauge.Inc()
	return nil
}

// setReady queues l for a worker. The caller holds mu.
func (q *queue) setReady(l *lane) {
	q.ready = append(q.ready, l)
	q.wake.Signal()
}

// next blocks until a lane is ready and takes its first job; ok is false
// once the queue has stopped.
func (q *queue) next() (l *lane, j job, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.ready) == 0 && !q.stopped {
		q.wake.Wait()
	}
	if q.stopped {
		return nil, job{}, false
	}
	l = q.ready[0]
	q.ready[0] = nil
	q.ready = q.ready[1:]
	j = l.jobs[0]
	l.jobs[0] = job{} // let the payload go once handled
	l.jobs = l.jobs[1:]
	q.depth--
	q.running++
	q.gauge.Dec()
	return l, j, true
}

// done hands l back after its job ran: to the end of the ready list if it
// has more jobs, else out of the queue.
func (q *queue) done(l *lane) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.running--
	if len(l.jobs) > 0 {
		q.setReady(l)
	} else {
		delete(q.lanes, l.key)
	}
	q.checkIdle()
}

// checkIdle closes idle once draining and nothing is left. The caller
// holds mu.
func (q *queue) checkIdle() {
	if q.draining && q.depth == 0 && q.running == 0 && !q.closed {
		close(q.idle)
		q.closed = true
	}
}

// drain refuses new jobs from now on and returns a channel closed once
// every job has run.
func (q *queue) drain() <-chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.draining = true
	q.checkIdle()
	return q.idle
}

// isDraining reports whether drain has been called.
func (q *queue) isDraining() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.draining
}

// stop ends the workers once their current job returns, drops the jobs
// still waiting and reports how many there were.
func (q *queue) stop() (dropped int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.draining, q.stopped = true, true
	dropped = q.depth
	for _, l := range q.lanes {
		l.jobs = nil
	}
	clear(q.lanes)
	q.ready = nil
	q.gauge.Sub(float64(dropped))
	q.depth = 0
	q.checkIdle()
	q.wake.Broadcast()
	return dropped
}

// wait blocks until every worker has returned.
func (q *queue) wait() { q.workers.Wait() }
