package webhook_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// issueNumber is the issue number of an issues event.
func issueNumber(t *testing.T, ev webhook.Event) int {
	var p struct {
		Issue struct{ Number int } `json:"issue"`
	}
	if err := json.Unmarshal(ev.Raw, &p); err != nil {
		t.Error(err)
	}
	return p.Issue.Number
}

func TestOneRepositoryAtATimeInOrder(t *testing.T) {
	const repos, perRepo, workers = 6, 40, 3
	var (
		mu       sync.Mutex
		inFlight = map[string]int{}
		order    = map[string][]int{}
		active   atomic.Int32
		peak     atomic.Int32
	)
	h := handlerFunc{types: []string{"issues"}, fn: func(_ context.Context, ev webhook.Event) error {
		mu.Lock()
		inFlight[ev.Repo]++
		if inFlight[ev.Repo] > 1 {
			t.Errorf("%s: two events at once", ev.Repo)
		}
		order[ev.Repo] = append(order[ev.Repo], issueNumber(t, ev))
		mu.Unlock()
		n := active.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(200 * time.Microsecond)
		active.Add(-1)
		mu.Lock()
		inFlight[ev.Repo]--
		mu.Unlock()
		return nil
	}}
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{Workers: workers, Handlers: []webhook.Handler{h, c}})
	for i := range perRepo {
		for r := range repos {
			if rec := deliver(t, s.Handler(), "issues", issuePayload(fmt.Sprintf("octo/r%d", r), i)); rec.Code != 202 {
				t.Fatalf("got %d, want 202", rec.Code)
			}
		}
	}
	c.wait(t, repos*perRepo)
	for repo, got := range order {
		for i, n := range got {
			if n != i {
				t.Fatalf("%s: event %d was issue %d, want arrival order", repo, i, n)
			}
		}
	}
	if p := peak.Load(); p > workers || p < 2 {
		t.Errorf("peak parallelism %d, want 2..%d", p, workers)
	}
}

// blocker is a handler that holds every event until released.
type blocker struct {
	started chan string   // repo of each event as it starts
	release chan struct{} // closed to let every event finish
}

func newBlocker() *blocker {
	return &blocker{started: make(chan string, 100), release: make(chan struct{})}
}

func (b *blocker) Handles() []string { return []string{"issues"} }

func (b *blocker) Handle(ctx context.Context, ev webhook.Event) error {
	b.started <- ev.Repo
	select {
	case <-b.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func TestQueueFull(t *testing.T) {
	b := newBlocker()
	s, _ := newServer(t, webhook.Config{Workers: 1, QueueSize: 2, Handlers: []webhook.Handler{b}})
	h := s.Handler()
	deliver(t, h, "issues", issuePayload("octo/a", 0))
	<-b.started // the worker holds event 0; two more fit in the queue
	for i := 1; i <= 2; i++ {
		if rec := deliver(t, h, "issues", issuePayload("octo/a", i)); rec.Code != 202 {
			t.Fatalf("event %d: got %d, want 202", i, rec.Code)
		}
	}
	if got := metric(t, h, "webhook_queue_depth"); got != "2" {
		t.Errorf("queue depth: got %q, want 2", got)
	}
	req := webhooktest.Request(t, webhook.Path, secret, "issues", issuePayload("octo/b", 3))
	retry := req.Clone(req.Context())
	rec := serve(h, req)
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("full queue: got %d, Retry-After %q; want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	close(b.release)
	eventually(t, "queue to empty", func() bool { return metric(t, h, "webhook_queue_depth") == "0" })
	retry.Body = bodyOf(issuePayload("octo/b", 3))
	if rec := serve(h, retry); rec.Code != 202 {
		t.Errorf("redelivery of a refused delivery: got %d, want 202", rec.Code)
	}
	if got := metric(t, h, `webhook_deliveries_total{event="issues",outcome="queue_full"}`); got != "1" {
		t.Errorf("queue_full counted %q, want 1", got)
	}
}

func TestPanicIsRecovered(t *testing.T) {
	c := newCollector("issues")
	boom := handlerFunc{types: []string{"issues"}, fn: func(_ context.Context, ev webhook.Event) error {
		if issueNumber(t, ev) == 1 {
			panic("boom")
		}
		if issueNumber(t, ev) == 2 {
			return errors.New("no luck")
		}
		return nil
	}}
	s, logs := newServer(t, webhook.Config{Workers: 1, Handlers: []webhook.Handler{boom, c}})
	for i := range 4 {
		deliver(t, s.Handler(), "issues", issuePayload("octo/p", i))
	}
	if got := len(c.wait(t, 4)); got != 4 {
		t.Fatalf("events handled after a panic: got %d, want 4", got)
	}
	h := s.Handler()
	// The collector sees the last event before its handler's duration is
	// recorded, so wait for the count rather than read it at once.
	okCount := `webhook_handler_duration_seconds_count{event="issues",result="ok"}`
	eventually(t, "the last handler's duration", func() bool { return metric(t, h, okCount) == "6" })
	checks := map[string]string{
		`webhook_handler_panics_total{event="issues"}`:                          "1",
		`webhook_handler_duration_seconds_count{event="issues",result="panic"}`: "1",
		`webhook_handler_duration_seconds_count{event="issues",result="error"}`: "1",
		`webhook_handler_duration_seconds_count{event="issues",result="ok"}`:    "6",
	}
	for sample, want := range checks {
		if got := metric(t, h, sample); got != want {
			t.Errorf("%s: got %q, want %s", sample, got, want)
		}
	}
	for _, want := range []string{`"error":"panic: boom"`, `"stack":"goroutine`, `"error":"no luck"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %s", want)
		}
	}
}

func TestShutdownDrains(t *testing.T) {
	c := newCollector("issues")
	slow := handlerFunc{types: []string{"issues"}, fn: func(context.Context, webhook.Event) error {
		time.Sleep(2 * time.Millisecond)
		return nil
	}}
	s, _ := newServer(t, webhook.Config{Workers: 2, Handlers: []webhook.Handler{slow, c}})
	h := s.Handler()
	for i := range 30 {
		deliver(t, h, "issues", issuePayload(fmt.Sprintf("octo/r%d", i%3), i))
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if got := len(c.wait(t, 0)); got != 30 {
		t.Errorf("handled before Shutdown returned: got %d, want 30", got)
	}
	if rec := deliver(t, h, "issues", issuePayload("octo/late", 1)); rec.Code != 503 {
		t.Errorf("delivery after shutdown: got %d, want 503", rec.Code)
	}
	if rec := serve(h, httptest.NewRequest("GET", "/readyz", nil)); rec.Code != 503 {
		t.Errorf("/readyz after shutdown: got %d, want 503", rec.Code)
	}
	if rec := serve(h, httptest.NewRequest("GET", "/healthz", nil)); rec.Code != 200 {
		t.Errorf("/healthz after shutdown: got %d, want 200", rec.Code)
	}
}

func TestShutdownTimeout(t *testing.T) {
	b := newBlocker()
	s, logs := newServer(t, webhook.Config{Workers: 1, Handlers: []webhook.Handler{b}})
	deliver(t, s.Handler(), "issues", issuePayload("octo/stuck", 0))
	deliver(t, s.Handler(), "issues", issuePayload("octo/stuck", 1))
	<-b.started
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := s.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Shutdown: got %v, want deadline exceeded", err)
	}
	eventually(t, "handler to see cancellation", func() bool {
		return strings.Contains(logs.String(), "context canceled")
	})
	if !strings.Contains(logs.String(), `"dropped":1`) {
		t.Errorf("logs do not report the dropped event:\n%s", logs)
	}
}

// TestShutdownTimeoutStartsNothingMore: once Shutdown has given up
// waiting, the event queued behind a running one is dropped, never
// started with a cancelled context. The handler's cancellation used to
// come first, and its worker could take the next event before the queue
// stopped; that is a narrow window, so the test tries it many times.
func TestShutdownTimeoutStartsNothingMore(t *testing.T) {
	for i := range 200 {
		b := newBlocker()
		s, logs := newServer(t, webhook.Config{Workers: 1, Handlers: []webhook.Handler{b}})
		deliver(t, s.Handler(), "issues", issuePayload("octo/stuck", 0))
		deliver(t, s.Handler(), "issues", issuePayload("octo/stuck", 1))
		<-b.started
		given, cancel := context.WithCancel(context.Background())
		cancel()
		if err := s.Shutdown(given); !errors.Is(err, context.Canceled) {
			t.Fatalf("Shutdown: got %v, want canceled", err)
		}
		if err := s.Shutdown(context.Background()); err != nil { // waits for the workers
			t.Fatalf("second Shutdown: %v", err)
		}
		if len(b.started) != 0 || !strings.Contains(logs.String(), `"dropped":1`) {
			t.Fatalf("try %d: %d more events started after Shutdown gave up; logs:\n%s", i, len(b.started), logs)
		}
	}
}

func TestReady(t *testing.T) {
	var err error
	s, _ := newServer(t, webhook.Config{Ready: func() error { return err }})
	get := func() int { return serve(s.Handler(), httptest.NewRequest("GET", "/readyz", nil)).Code }
	if got := get(); got != 200 {
		t.Errorf("ready: got %d, want 200", got)
	}
	err = errors.New("no token yet")
	if got := get(); got != 503 {
		t.Errorf("Ready failing: got %d, want 503", got)
	}
}

// TestHungHandlerTimesOut: a handler that never returns on its own is
// cancelled after HandlerTimeout, and the next event of its repository runs.
func TestHungHandlerTimesOut(t *testing.T) {
	hung := handlerFunc{types: []string{"issues"}, fn: func(ctx context.Context, ev webhook.Event) error {
		if issueNumber(t, ev) == 1 {
			<-ctx.Done()
			return ctx.Err()
		}
		return nil
	}}
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{HandlerTimeout: 50 * time.Millisecond, Handlers: []webhook.Handler{hung, c}})
	h := s.Handler()
	deliver(t, h, "issues", issuePayload("o/r", 1))
	deliver(t, h, "issues", issuePayload("o/r", 2))
	got := c.wait(t, 2)
	if n := issueNumber(t, got[1]); n != 2 {
		t.Errorf("second event: got issue %d, want 2", n)
	}
	eventually(t, "a timed-out handler counted as an error", func() bool {
		return metric(t, h, `webhook_handler_duration_seconds_count{event="issues",result="error"}`) == "1"
	})
}
