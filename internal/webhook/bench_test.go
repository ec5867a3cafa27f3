package webhook_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// benchServer is a Server whose handler does nothing, for benchmarks.
func benchServer(b *testing.B) *webhook.Server {
	b.Helper()
	nop := handlerFunc{types: []string{"pull_request"}, fn: func(context.Context, webhook.Event) error { return nil }}
	s, err := webhook.New(webhook.Config{
		Secret: secret, Handlers: []webhook.Handler{nop}, QueueSize: 1 << 20,
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Shutdown(context.Background()) })
	return s
}

// BenchmarkDelivery measures the acknowledgement of one signed 25 KB
// pull_request delivery: read, verify, parse, enqueue, answer.
func BenchmarkDelivery(b *testing.B) {
	benchDeliveries(b, benchServer(b).Handler(), webhooktest.PullRequestOfSize(b, 25<<10))
}

// benchDeliveries sends h signed pull_request deliveries of body, a new
// delivery id each, and wants each answered 202.
func benchDeliveries(b *testing.B, h http.Handler, body []byte) {
	sig := webhooktest.Sign(secret, body)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		req := httptest.NewRequest(http.MethodPost, webhook.Path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", strconv.Itoa(i))
		req.Header.Set("X-Hub-Signature-256", sig)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusAccepted {
			b.Fatalf("got %d %q, want 202", rec.Code, rec.Body)
		}
	}
}

// BenchmarkDeliveryLoopback sends the same deliveries over loopback HTTP
// from parallel clients and reports the 99th percentile acknowledgement.
func BenchmarkDeliveryLoopback(b *testing.B) {
	body := webhooktest.PullRequestOfSize(b, 25<<10)
	sig := webhooktest.Sign(secret, body)
	srv := httptest.NewServer(benchServer(b).Handler())
	defer srv.Close()
	var (
		mu    sync.Mutex
		lat   []time.Duration
		id    = make(chan int, 1)
		start = time.Now()
	)
	id <- 0
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			n := <-id
			id <- n + 1
			mine = append(mine, post(b, srv.URL+webhook.Path, body, sig, strconv.Itoa(n)))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(lat))/time.Since(start).Seconds(), "acks/s")
}

// post sends one signed delivery and returns how long the answer took.
func post(b *testing.B, url string, body []byte, sig, delivery string) time.Duration {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", "pull_request")
	req.Header.Set("X-GitHub-Delivery", delivery)
	req.Header.Set("X-Hub-Signature-256", sig)
	t0 := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Error(err) // not Fatal: this runs on RunParallel's goroutines
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		b.Errorf("got %d, want 202", resp.StatusCode)
	}
	return time.Since(t0)
}
