package jobs_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

// open opens a queue on cfg, closed when t ends.
func open(t *testing.T, cfg jobs.Config) *jobs.Queue {
	t.Helper()
	q, err := jobs.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// start starts q, stopped when t ends.
func start(t *testing.T, q *jobs.Queue) {
	t.Helper()
	if err := q.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { q.Stop(context.Background()) })
}

func TestDeliverStoresOnceByDeliveryID(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		q := open(t, cfg)
		ctx := context.Background()
		d := jobs.Delivery{ID: "d-1", Event: "pull_request", Action: "opened", Repo: "o/r", InstallationID: 7, Payload: []byte(`{"action":"opened"}`)}
		for i, want := range []bool{false, true} {
			dup, err := q.Deliver(ctx, d)
			if err != nil || dup != want {
				t.Fatalf("Deliver #%d: got duplicate %v, %v; want %v, nil", i+1, dup, err, want)
			}
		}
		d.ID = "d-2"
		if dup, err := q.Deliver(ctx, d); err != nil || dup {
			t.Fatalf("Deliver of another id: got duplicate %v, %v; want false, nil", dup, err)
		}
		list := waitJobs(t, q, 2)
		if list[0].Kind != jobs.KindDelivery {
			t.Errorf("kind: got %q, want %q", list[0].Kind, jobs.KindDelivery)
		}
	})
}

func TestOpenMigratesOnceWhenReplicasStartTogether(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		const n = 3
		errs := make(chan error, n)
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				q, err := jobs.Open(context.Background(), cfg)
				if err == nil {
					_, err = q.Deliver(context.Background(), jobs.Delivery{Event: "issues", Payload: []byte(`{}`)})
					q.Close()
				}
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("a replica: %v", err)
			}
		}
	})
}

// countArgs is a job that counts its runs.
type countArgs struct {
	N int `json:"n"`
}

func (countArgs) Kind() string { return "count" }

type countWorker struct {
	river.WorkerDefaults[countArgs]
	runs atomic.Int64
	fail atomic.Int64 // runs left to fail
}

func (w *countWorker) Work(ctx context.Context, job *river.Job[countArgs]) error {
	if w.fail.Add(-1) >= 0 {
		return errors.New("transient")
	}
	w.runs.Add(1)
	return nil
}

func (w *countWorker) NextRetry(*river.Job[countArgs]) time.Time { return time.Now() }

// waitJobs waits for q to hold n jobs not yet done (stored deliveries
// become jobs a moment after they are stored) and returns them.
func waitJobs(t *testing.T, q *jobs.Queue, n int) []*jobs.Job {
	t.Helper()
	var list []*jobs.Job
	waitFor(t, "the stored deliveries queued", func() bool {
		var err error
		list, err = q.List(context.Background(), 10)
		return err == nil && len(list) == n
	})
	return list
}

// waitFor polls cond for up to 15 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitCount polls count until it reaches want. It fails only when count
// has not grown for 15 seconds: a loaded machine works a burst slowly,
// but a queue that has stopped working it makes no progress at all.
func waitCount(t *testing.T, what string, want int, count func() int) {
	t.Helper()
	last, deadline := -1, time.Time{}
	for n := count(); n < want; n = count() {
		if n > last {
			last, deadline = n, time.Now().Add(15*time.Second)
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: stuck at %d of %d for 15s", what, n, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestWorkersRunAndRetryJobs(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		w := &countWorker{}
		w.fail.Store(1)
		cfg.Workers = river.NewWorkers()
		river.AddWorker(cfg.Workers, w)
		q := open(t, cfg)
		start(t, q)
		n, err := q.Insert(context.Background(), river.InsertManyParams{Args: countArgs{1}}, river.InsertManyParams{Args: countArgs{2}})
		if err != nil || n != 2 {
			t.Fatalf("Insert: got %d, %v; want 2, nil", n, err)
		}
		waitFor(t, "two runs after one failure", func() bool { return w.runs.Load() == 2 })
	})
}

func TestRetryAndCancelByID(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		q := open(t, cfg)
		ctx := context.Background()
		if _, err := q.Deliver(ctx, jobs.Delivery{ID: "x", Event: "issues", Payload: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
		id := waitJobs(t, q, 1)[0].ID
		j, err := q.Cancel(ctx, id)
		if err != nil || j.State != rivertype.JobStateCancelled {
			t.Fatalf("Cancel: got %v, %v; want cancelled", j, err)
		}
		if j, err = q.Retry(ctx, id); err != nil || j.State != rivertype.JobStateAvailable {
			t.Fatalf("Retry: got %v, %v; want available", j, err)
		}
	})
}

func TestRescueWaitsAtLeastTheJobTimeout(t *testing.T) {
	cfg := jobstest.SQLite(t)
	cfg.JobTimeout, cfg.RescueAfter = time.Minute, 30*time.Second
	if q, err := jobs.Open(context.Background(), cfg); !errors.Is(err, jobs.ErrRescueTooSoon) {
		if err == nil {
			q.Close()
		}
		t.Fatalf("a rescue sooner than the job timeout: got %v, want ErrRescueTooSoon", err)
	}
	cfg.RescueAfter = 0 // derived from the timeout
	open(t, cfg)
}

// Closing a queue twice, as a deferred Close after an explicit one does,
// is harmless.
func TestCloseTwice(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		q, err := jobs.Open(context.Background(), cfg)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		if err := q.Close(); err != nil {
			t.Fatalf("first Close: %v", err)
		}
		if err := q.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})
}
