package jobs_test

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// slowReviews asks for a review of each delivery and never finishes
// one, as against a GitHub that does not answer.
type slowReviews struct{ sources }

func (s *slowReviews) ReviewOne(ctx context.Context, _ int64, _ review.Request) error {
	<-ctx.Done()
	return ctx.Err()
}

// BenchmarkDurableDeliveries measures signed 22 KB pull_request
// deliveries sent over loopback by 32 clients to an endpoint that stores
// each before its 202, on SQLite, while the workers turn them into
// review jobs.
func BenchmarkDurableDeliveries(b *testing.B) {
	cfg := jobstest.SQLite(b)
	h := &slowReviews{}
	cfg.Handlers = []webhook.Handler{h}
	q, err := jobs.Open(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	if err := q.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer q.Stop(context.Background())
	url, stop := serveDurable(b, q, h)
	defer stop()
	body := webhooktest.PullRequestOfSize(b, 22<<10)
	sig := webhooktest.Sign(secret, body)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	var n atomic.Int64
	b.SetParallelism(16) // 32 clients on two cores
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-GitHub-Event", "pull_request")
			req.Header.Set("X-GitHub-Delivery", strconv.FormatInt(n.Add(1), 10))
			req.Header.Set("X-Hub-Signature-256", sig)
			resp, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusAccepted {
				b.Errorf("got %d, want 202", resp.StatusCode)
				return
			}
		}
	})
	b.StopTimer() // the stop waits out the reviews that never end
}
