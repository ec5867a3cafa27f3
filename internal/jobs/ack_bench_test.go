package jobs_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// BenchmarkAck measures what acknowledging a signed 22 KB pull_request
// delivery costs the server, from 32 senders at once on SQLite: its
// request handled (read, verify, envelope, store in the outbox, commit,
// 202), with the pump running beside it. cpu-µs/ack is the process's CPU
// time per delivery, the figure that bounds acknowledgements a second on
// two cores; it counts no HTTP transport (no loopback, no load
// generator), so it is the server's share alone. Making jobs of the rows
// is measured by BenchmarkQueueStored.
func BenchmarkAck(b *testing.B) {
	q, err := jobs.Open(context.Background(), jobstest.SQLite(b))
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	h := &recorder{got: map[string]int{}}
	s, err := webhook.New(webhook.Config{Secret: secret, Handlers: []webhook.Handler{h}, Store: q, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	handler := s.Handler()
	body := webhooktest.PullRequestOfSize(b, 22<<10)
	sig := webhooktest.Sign(secret, body)
	var n atomic.Int64
	b.SetParallelism(16) // 32 senders on two cores
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	cpu0, wall0 := cpuTime(b), time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req := httptest.NewRequest(http.MethodPost, webhook.Path, bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-GitHub-Event", "pull_request")
			req.Header.Set("X-GitHub-Delivery", strconv.FormatInt(n.Add(1), 10))
			req.Header.Set("X-Hub-Signature-256", sig)
			rec := httptest.NewRecorder()
			handler.ServeHTTP(rec, req)
			if rec.Code != http.StatusAccepted {
				b.Errorf("got %d %q, want 202", rec.Code, rec.Body)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(cpuTime(b)-cpu0)/1e3/float64(b.N), "cpu-µs/ack")
	b.ReportMetric(float64(b.N)/time.Since(wall0).Seconds(), "acks/s")
}

// cpuTime is the CPU time the process has spent, user and system, in
// nanoseconds.
func cpuTime(b *testing.B) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
