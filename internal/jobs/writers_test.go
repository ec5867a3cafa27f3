package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// writers records how many jobs write to each repository at once, and
// the most ever.
type writers struct {
	mu     sync.Mutex
	now    map[string]int
	most   int
	merged map[int]int
	tracks int
}

func (w *writers) enter(repo string) func() {
	w.mu.Lock()
	w.now[repo]++
	w.most = max(w.most, w.now[repo])
	w.mu.Unlock()
	time.Sleep(30 * time.Millisecond) // a write to GitHub
	return func() { w.mu.Lock(); w.now[repo]--; w.mu.Unlock() }
}

func (w *writers) Handles() []string                           { return []string{"pull_request"} }
func (w *writers) Handle(context.Context, webhook.Event) error { return nil }
func (w *writers) MergeRequestOf(webhook.Event) (actions.MergeRequest, bool) {
	return actions.MergeRequest{}, false
}
func (w *writers) MergeOne(_ context.Context, _ int64, req actions.MergeRequest) error {
	defer w.enter(req.Owner + "/" + req.Repo)()
	w.mu.Lock()
	w.merged[req.PullNumber]++
	w.mu.Unlock()
	return nil
}

func (w *writers) WriteChanges(_ context.Context, changes []actions.TrackChange) error {
	defer w.enter(changes[0].Owner + "/" + changes[0].Repo)()
	w.mu.Lock()
	w.tracks++
	w.mu.Unlock()
	return nil
}

// TestOneWriterPerRepositoryAcrossReplicas: two replicas on PostgreSQL
// share merges of one repository and tracked changes to its documents;
// never do two write to it at once, and each merge runs once.
func TestOneWriterPerRepositoryAcrossReplicas(t *testing.T) {
	cfg := jobstest.Postgres(t)
	w := &writers{now: map[string]int{}, merged: map[int]int{}}
	cfg.Handlers, cfg.Tracker = []webhook.Handler{w}, w
	a, b := open(t, cfg), open(t, cfg)
	ctx := context.Background()
	const merges = 6
	for i := range merges {
		if _, err := a.Insert(ctx, river.InsertManyParams{Args: jobs.MergeArgs{InstallationID: 1, Repo: "octo/docs", Pull: i + 1}}); err != nil {
			t.Fatal(err)
		}
		if err := b.Record(ctx, change("doc"+string(rune('a'+i))+".md", i+1, "closed")); err != nil {
			t.Fatal(err)
		}
	}
	start(t, a)
	start(t, b)
	waitFor(t, "every merge and track job done", func() bool { return w.done(merges) })
	w.check(t)
}

// done reports whether every merge and tracked change is written.
func (w *writers) done(merges int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.merged) == merges && w.tracks == merges
}

// check fails t unless one job at most wrote to octo/docs at a time, and
// each merge ran once.
func (w *writers) check(t *testing.T) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.most != 1 {
		t.Errorf("writers in octo/docs at once: got %d at most, want 1", w.most)
	}
	for pull, n := range w.merged {
		if n != 1 {
			t.Errorf("merge of #%d ran %d times, want 1", pull, n)
		}
	}
}
