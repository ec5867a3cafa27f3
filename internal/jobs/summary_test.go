package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

// TestSummaryJobsOnePerSlot: replicas handing on the same repository's
// summary for the same slot make one job, run once; the next slot makes
// another.
func TestSummaryJobsOnePerSlot(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		var mu sync.Mutex
		runs := map[string]int{}
		cfg.Summary = func(_ context.Context, inst int64, owner, repo string) error {
			mu.Lock()
			defer mu.Unlock()
			runs[owner+"/"+repo]++
			return nil
		}
		replicas := []*jobs.Queue{open(t, cfg)}
		if cfg.DatabaseURL != "" {
			replicas = append(replicas, open(t, cfg)) // a SQLite file is one process's
		}
		slot := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
		ctx := context.Background()
		var handed []bool
		for _, at := range []time.Time{slot, slot.In(time.FixedZone("CET", 3600)), slot.AddDate(0, 0, 7)} {
			for _, q := range replicas {
				h, err := q.HandSummary(ctx, 3, "octo", "docs", at)
				if err != nil {
					t.Fatal(err)
				}
				handed = append(handed, h)
			}
		}
		if n := count(handed); n != 2 {
			t.Errorf("handed on %v: %d new jobs, want 2 (one per slot)", handed, n)
		}
		for _, q := range replicas {
			start(t, q)
		}
		waitFor(t, "both summaries run", func() bool { mu.Lock(); defer mu.Unlock(); return runs["octo/docs"] >= 2 })
		waitFor(t, "an empty queue", func() bool { l, _ := replicas[0].List(ctx, 10); return len(l) == 0 })
		mu.Lock()
		defer mu.Unlock()
		if runs["octo/docs"] != 2 {
			t.Errorf("summaries run: %d, want 2", runs["octo/docs"])
		}
	})
}

// count is how many of bs are true.
func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
