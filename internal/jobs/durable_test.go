package jobs_test

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// secret signs the tests' deliveries.
var secret = []byte("durable")

// recorder is a pull_request handler that counts the deliveries it got,
// or, when block is set, never finishes one.
type recorder struct {
	block bool
	mu    sync.Mutex
	got   map[string]int // delivery id → times handled
}

func (r *recorder) Handles() []string { return []string{"pull_request"} }

func (r *recorder) Wants(_, action string) bool { return action == "opened" }

func (r *recorder) Handle(ctx context.Context, ev webhook.Event) error {
	if r.block {
		<-ctx.Done()
		return ctx.Err()
	}
	if _, ok := ev.Payload.(*github.PullRequestEvent); !ok {
		return fmt.Errorf("payload %T, want *github.PullRequestEvent", ev.Payload)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got[ev.DeliveryID]++
	return nil
}

func (r *recorder) counts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for k, v := range r.got {
		out[k] = v
	}
	return out
}

// serveDurable serves the webhook endpoint on q at a loopback address.
func serveDurable(t testing.TB, q *jobs.Queue, hs ...webhook.Handler) (url string, stop func()) {
	s, err := webhook.New(webhook.Config{Secret: secret, Handlers: hs, Store: q, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: s.Handler()}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + webhook.Path, func() { srv.Close(); s.Shutdown(context.Background()) }
}

// TestDurableHelperProcess is the process the kill test kills: it
// acknowledges deliveries and starts them, and never finishes one.
func TestDurableHelperProcess(t *testing.T) {
	state := os.Getenv("JOBS_TEST_STATE")
	if state == "" {
		t.Skip("run by TestAcknowledgedDeliveriesSurviveAKill")
	}
	rec := &recorder{block: true}
	cfg := jobs.Config{StatePath: state, TestOnly: true, Poll: 20 * time.Millisecond,
		Handlers: []webhook.Handler{rec}}
	q, err := jobs.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	url, _ := serveDurable(t, q, rec)
	fmt.Println(url)
	select {} // until killed
}

// startHelper runs TestDurableHelperProcess on state and returns its
// webhook URL and the process.
func startHelper(t *testing.T, state string) (string, *exec.Cmd) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDurableHelperProcess$")
	cmd.Env = append(os.Environ(), "JOBS_TEST_STATE="+state)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("helper process: %v", err)
	}
	return line[:len(line)-1], cmd
}

// deliver posts a signed pull_request delivery with id and returns the
// status.
func deliver(t *testing.T, url, id string, body []byte) int {
	t.Helper()
	return webhooktest.Status(t, url, secret, "pull_request", id, body)
}

func TestAcknowledgedDeliveriesSurviveAKill(t *testing.T) {
	const n = 30
	state := filepath.Join(t.TempDir(), "state.db")
	url, helper := startHelper(t, state)
	body := webhooktest.PullRequestOfSize(t, 22<<10)
	for i := range n {
		if got := deliver(t, url, "d-"+strconv.Itoa(i), body); got != http.StatusAccepted {
			t.Fatalf("delivery %d: got %d, want 202", i, got)
		}
	}
	if got := deliver(t, url, "d-0", body); got != http.StatusOK {
		t.Errorf("redelivery before the kill: got %d, want 200 (a duplicate)", got)
	}
	helper.Process.Signal(syscall.SIGKILL)
	helper.Wait()

	rec := &recorder{got: map[string]int{}}
	cfg := jobs.Config{StatePath: state, TestOnly: true, Poll: 20 * time.Millisecond,
		Handlers: []webhook.Handler{rec}}
	q := open(t, cfg)
	url, stop := serveDurable(t, q, rec)
	defer stop()
	if got := deliver(t, url, "d-1", body); got != http.StatusOK {
		t.Errorf("redelivery after the kill: got %d, want 200 (a duplicate)", got)
	}
	start(t, q)
	waitCount(t, "every acknowledged delivery handled", n, func() int { return len(rec.counts()) })
	waitFor(t, "an empty queue", func() bool { l, _ := q.List(context.Background(), 10); return len(l) == 0 })
	for id, times := range rec.counts() {
		if times != 1 {
			t.Errorf("delivery %s handled %d times, want 1", id, times)
		}
	}
}

func TestUnwantedDeliveriesAreNotStored(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		q := open(t, cfg)
		rec := &recorder{got: map[string]int{}}
		url, stop := serveDurable(t, q, rec)
		defer stop()
		closed := webhooktest.First(t, "pull_request", "closed").Body
		if got := deliver(t, url, "x-1", closed); got != http.StatusAccepted {
			t.Fatalf("unwanted action: got %d, want 202", got)
		}
		resp := webhooktest.Delivery(t, url, secret, "issues", webhooktest.ClosedIssue(t))
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("unhandled event: got %d, want 202", resp.StatusCode)
		}
		if l, err := q.List(context.Background(), 10); err != nil || len(l) != 0 {
			t.Errorf("jobs stored: got %d, %v; want none", len(l), err)
		}
	})
}

// refuser fails its first try of each delivery whose id starts with
// "refused" as GitHub's 422 does (no retry would change it), and counts
// the deliveries it handled.
type refuser struct {
	mu      sync.Mutex
	tries   map[string]int
	handled map[string]int
}

func (r *refuser) Handles() []string { return []string{"pull_request"} }

func (r *refuser) Handle(_ context.Context, ev webhook.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.tries[ev.DeliveryID]++
	if strings.HasPrefix(ev.DeliveryID, "refused") && r.tries[ev.DeliveryID] == 1 {
		return &github.ErrorResponse{Response: &http.Response{StatusCode: http.StatusUnprocessableEntity}}
	}
	r.handled[ev.DeliveryID]++
	return nil
}

func (r *refuser) count(m map[string]int, id string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return m[id]
}

// TestRedeliveryAfterHandlingOrFailing: a delivery handled is a
// duplicate when redelivered; one whose job ended in a failure is stored
// again and runs.
func TestRedeliveryAfterHandlingOrFailing(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		r := &refuser{tries: map[string]int{}, handled: map[string]int{}}
		cfg.Handlers = []webhook.Handler{r}
		q := open(t, cfg)
		url, stop := serveDurable(t, q, r)
		defer stop()
		start(t, q)
		body := webhooktest.First(t, "pull_request", "opened").Body
		for _, id := range []string{"fine", "refused"} {
			if got := deliver(t, url, id, body); got != http.StatusAccepted {
				t.Fatalf("%s: got %d, want 202", id, got)
			}
		}
		waitFor(t, "both tried", func() bool { return r.count(r.handled, "fine") == 1 && r.count(r.tries, "refused") == 1 })
		waitFor(t, "the refused delivery's job ended", func() bool {
			l, _ := q.List(context.Background(), 10, rivertype.JobStateCancelled)
			return len(l) == 1
		})
		if got := deliver(t, url, "fine", body); got != http.StatusOK {
			t.Errorf("redelivery of a handled delivery: got %d, want 200", got)
		}
		if got := deliver(t, url, "refused", body); got != http.StatusAccepted {
			t.Errorf("redelivery of a refused delivery: got %d, want 202", got)
		}
		waitFor(t, "the refused delivery handled on its redelivery", func() bool { return r.count(r.handled, "refused") == 1 })
		if n := r.count(r.handled, "fine"); n != 1 {
			t.Errorf("the handled delivery ran %d times, want 1", n)
		}
	})
}

// TestADeliveryRunAgainAfterItsHandlingCompletes: a delivery's job run
// again once its handlers are through (its process died before River
// recorded the end, and a rescue ran it again) completes without
// handling it twice, rather than failing for want of its payload.
func TestADeliveryRunAgainAfterItsHandlingCompletes(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		rec := &recorder{got: map[string]int{}}
		cfg.Handlers = []webhook.Handler{rec}
		q := open(t, cfg)
		start(t, q)
		ctx := context.Background()
		body := webhooktest.First(t, "pull_request", "opened").Body
		if _, err := q.Deliver(ctx, jobs.Delivery{ID: "once", Event: "pull_request", Action: "opened", Payload: body}); err != nil {
			t.Fatal(err)
		}
		var id int64
		waitFor(t, "the delivery handled", func() bool {
			done, _ := q.List(ctx, 10, rivertype.JobStateCompleted)
			for _, j := range done {
				if j.Kind == jobs.KindDelivery {
					id = j.ID
				}
			}
			return id != 0
		})
		if _, err := q.Retry(ctx, id); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the job run again", func() bool {
			j, err := q.Get(ctx, id)
			return err == nil && j.Attempt == 2 && j.State != rivertype.JobStateAvailable && j.State != rivertype.JobStateRunning
		})
		if j, _ := q.Get(ctx, id); j.State != rivertype.JobStateCompleted {
			t.Errorf("run again: %s (%v), want completed", j.State, j.Errors)
		}
		if n := rec.counts()["once"]; n != 1 {
			t.Errorf("handled %d times, want once", n)
		}
	})
}
