package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

// writes records the WriteChanges calls it gets.
type writes struct {
	mu    sync.Mutex
	calls [][]actions.TrackChange
}

func (w *writes) WriteChanges(_ context.Context, changes []actions.TrackChange) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls = append(w.calls, changes)
	return nil
}

// byDoc is the calls made, by document.
func (w *writes) byDoc() map[string][][]actions.TrackChange {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[string][][]actions.TrackChange{}
	for _, c := range w.calls {
		out[c[0].Doc()] = append(out[c[0].Doc()], c)
	}
	return out
}

func change(path string, issue int, action string) actions.TrackChange {
	return actions.TrackChange{InstallationID: 3, Owner: "octo", Repo: "docs", DefaultBranch: "main", Path: path, Issue: issue, Action: action}
}

func TestTrackedChangesOfAWindowMakeOneWrite(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		w := &writes{}
		cfg.Tracker = w // a window of 0: the jobs are due at once, and run once started
		q := open(t, cfg)
		ctx := context.Background()
		for _, c := range []actions.TrackChange{change("a.md", 1, "closed"), change("a.md", 2, "assigned"), change("b.md", 7, "milestoned"), change("a.md", 1, "reopened")} {
			if err := q.Record(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		start(t, q)
		waitFor(t, "both documents written", func() bool { return len(w.byDoc()) == 2 })
		waitFor(t, "an empty queue", func() bool { l, _ := q.List(ctx, 10); return len(l) == 0 })
		got := w.byDoc()
		if a := got["octo/docs:a.md"]; len(a) != 1 || len(a[0]) != 3 {
			t.Errorf("a.md: got %v, want one write of its 3 changes", a)
		}
		if b := got["octo/docs:b.md"]; len(b) != 1 || len(b[0]) != 1 {
			t.Errorf("b.md: got %v, want one write of its change", b)
		}
	})
}

func TestTrackedChangeWaitsItsWindow(t *testing.T) {
	cfg := jobstest.SQLite(t)
	cfg.Tracker, cfg.TrackWindow = &writes{}, time.Hour
	q := open(t, cfg)
	if err := q.Record(context.Background(), change("a.md", 1, "closed")); err != nil {
		t.Fatal(err)
	}
	l, err := q.List(context.Background(), 10)
	if err != nil || len(l) != 1 {
		t.Fatalf("got %d jobs, %v; want 1", len(l), err)
	}
	if j := l[0]; j.Kind != jobs.KindTrack || j.State != rivertype.JobStateScheduled || time.Until(j.ScheduledAt) < 59*time.Minute {
		t.Errorf("got a %s job %s for %v, want a track job scheduled in an hour", j.Kind, j.State, j.ScheduledAt)
	}
}
