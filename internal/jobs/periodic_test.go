package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/installations"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

// reconcileCounts counts the periodic work the replicas do.
type reconcileCounts struct {
	mu         sync.Mutex
	listed     int
	reconciled map[string]int
	steps      int
}

func (c *reconcileCounts) Repos(context.Context) ([]installations.Repo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listed++
	return []installations.Repo{{Installation: 1, Owner: "octo", Name: "docs"}, {Installation: 1, Owner: "octo", Name: "api"},
		{Installation: 2, Owner: "acme", Name: "old", Archived: true}}, nil
}

func (c *reconcileCounts) Reconcile(_ context.Context, r installations.Repo) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reconciled[r.Owner+"/"+r.Name]++
	return nil
}

func (c *reconcileCounts) step(context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.steps++
}

func (c *reconcileCounts) snapshot() (listed, docs, api, old, steps int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.listed, c.reconciled["octo/docs"], c.reconciled["octo/api"], c.reconciled["acme/old"], c.steps
}

// TestPeriodicWorkRunsOnceAcrossReplicas: two replicas started together
// reconcile each repository once and step the summaries once: the
// periodic jobs are the leader's to insert.
func TestPeriodicWorkRunsOnceAcrossReplicas(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		counts := &reconcileCounts{reconciled: map[string]int{}}
		cfg.Reconcile, cfg.ReconcileEvery, cfg.Weekly = counts, time.Hour, counts.step
		replicas := 2
		if cfg.DatabaseURL == "" {
			replicas = 1 // a SQLite file is one process's
		}
		var queues []*jobs.Queue
		for range replicas {
			q := open(t, cfg)
			start(t, q)
			queues = append(queues, q)
		}
		waitFor(t, "both repositories reconciled and the summaries stepped", func() bool {
			_, docs, api, _, steps := counts.snapshot()
			return docs > 0 && api > 0 && steps > 0
		})
		waitFor(t, "an empty queue", func() bool { l, _ := queues[0].List(context.Background(), 10); return len(l) == 0 })
		if listed, docs, api, old, steps := counts.snapshot(); listed != 1 || docs != 1 || api != 1 || old != 0 || steps != 1 {
			t.Errorf("got %d listings, %d+%d reconciles (%d of the archived one), %d steps; want 1, 1+1 (0), 1", listed, docs, api, old, steps)
		}
	})
}
