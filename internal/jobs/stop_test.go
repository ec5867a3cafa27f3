package jobs_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// sleeper is a pull_request handler that takes as long as its delivery's
// id says ("slow" never ends by itself) and reports each start.
type sleeper struct {
	started chan string
	mu      sync.Mutex
	done    []string
}

func (s *sleeper) Handles() []string { return []string{"pull_request"} }

func (s *sleeper) Handle(ctx context.Context, ev webhook.Event) error {
	s.started <- ev.DeliveryID
	d := 50 * time.Millisecond
	if strings.HasPrefix(ev.DeliveryID, "slow") {
		d = time.Hour
	}
	select {
	case <-time.After(d):
		s.mu.Lock()
		s.done = append(s.done, ev.DeliveryID)
		s.mu.Unlock()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func TestStopLetsRunningJobsFinishWithinItsBudget(t *testing.T) {
	cfg := jobstest.SQLite(t)
	s := &sleeper{started: make(chan string, 10)}
	cfg.Handlers, cfg.StopTimeout = []webhook.Handler{s}, 500*time.Millisecond
	q, err := jobs.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	payload := []byte(`{"action":"opened","number":1}`)
	for _, id := range []string{"quick", "slow"} {
		if _, err := q.Deliver(context.Background(), jobs.Delivery{ID: id, Event: "pull_request", Payload: payload}); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		select {
		case <-s.started:
		case <-time.After(10 * time.Second):
			t.Fatal("the jobs never started")
		}
	}
	begin := time.Now()
	if err := q.Stop(context.Background()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if took := time.Since(begin); took > 5*time.Second {
		t.Errorf("Stop took %v, want about its budget of 500ms", took)
	}
	q.Close()
	if len(s.done) != 1 || s.done[0] != "quick" {
		t.Errorf("finished: got %v, want the quick job alone", s.done)
	}
	q = open(t, jobs.Config{StatePath: cfg.StatePath})
	all, err := q.List(context.Background(), 10)
	var left []*jobs.Job
	for _, j := range all {
		if j.Kind == jobs.KindDelivery {
			left = append(left, j)
		}
	}
	if err != nil || len(left) != 1 {
		t.Fatalf("deliveries left in the queue: got %d, %v; want the slow one", len(left), err)
	}
	if j := left[0]; j.State != rivertype.JobStateAvailable || j.Attempt != 0 {
		t.Errorf("the interrupted job: got %s after %d attempts, want available at once, no attempt spent", j.State, j.Attempt)
	}
}
