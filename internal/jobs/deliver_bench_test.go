package jobs_test

import (
	"context"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// BenchmarkDeliver measures storing 22 KB deliveries from 32 goroutines
// at once, as the webhook endpoint does under load, on SQLite.
func BenchmarkDeliver(b *testing.B) {
	q, err := jobs.Open(context.Background(), jobstest.SQLite(b))
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	payload := webhooktest.PullRequestOfSize(b, 22<<10)
	var n atomic.Int64
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := strconv.FormatInt(n.Add(1), 10)
			if _, err := q.Deliver(context.Background(), jobs.Delivery{ID: id, Event: "pull_request", Payload: payload}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
