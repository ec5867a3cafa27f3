package jobs_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// TestABurstWaitsInTheOutbox: a burst larger than the workers' lead is
// queued as jobs only as far as that lead until workers take them; then
// every delivery is handled once.
func TestABurstWaitsInTheOutbox(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		n := jobs.QueueAhead + 40
		rec := &recorder{got: map[string]int{}}
		cfg.Handlers = []webhook.Handler{rec}
		q := open(t, cfg)
		body := webhooktest.First(t, "pull_request", "opened").Body
		for i := range n {
			d := jobs.Delivery{ID: "burst-" + strconv.Itoa(i), Event: "pull_request", Action: "opened", Payload: body}
			if _, err := q.Deliver(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		}
		queued := func() int { l, _ := q.List(context.Background(), n); return len(l) }
		waitFor(t, "the workers' lead queued", func() bool { return queued() >= jobs.QueueAhead })
		time.Sleep(3 * cfg.Poll)
		if l, err := q.List(context.Background(), n); err != nil || len(l) != jobs.QueueAhead {
			t.Fatalf("jobs queued with no worker: got %d, %v; want %d, the rest stored", len(l), err, jobs.QueueAhead)
		}
		start(t, q)
		waitCount(t, "every delivery of the burst handled", n, func() int { return len(rec.counts()) })
		for id, times := range rec.counts() {
			if times != 1 {
				t.Errorf("%s handled %d times, want 1", id, times)
			}
		}
	})
}
