package jobs_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

func TestPostgresLockIsOneWriterAcrossReplicas(t *testing.T) {
	cfg := jobstest.Postgres(t)
	jobs.SetLockWait(t, 300*time.Millisecond)
	a, b := open(t, cfg), open(t, cfg)
	ctx := context.Background()
	unlock, err := a.Locker().Lock(ctx, "Owner/Repo")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Locker().Lock(ctx, "owner/repo"); !errors.Is(err, jobs.ErrLocked) {
		t.Fatalf("other replica, same repository: got %v, want ErrLocked after a short wait", err)
	}
	// From here a lock is waited for as long as a loaded machine needs:
	// the wait below ends when the lock is released, not when time is up.
	jobs.SetLockWait(t, time.Minute)
	released := make(chan error, 1)
	go func() {
		u, err := b.Locker().Lock(ctx, "owner/repo")
		if err == nil {
			u()
		}
		released <- err
	}()
	time.Sleep(100 * time.Millisecond) // most often, b is waiting by now
	unlock()
	if err := <-released; err != nil {
		t.Fatalf("a lock released while another waits: got %v, want it taken", err)
	}
	other, err := b.Locker().Lock(ctx, "owner/other")
	if err != nil {
		t.Fatalf("other repository: %v", err)
	}
	other()
	again, err := b.Locker().Lock(ctx, "owner/repo")
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again()
}

// TestPostgresLocksOfSchemasAreApart: advisory locks belong to the whole
// database, but two deployments in two schemas of one database (or two
// tests) share no repository lock.
func TestPostgresLocksOfSchemasAreApart(t *testing.T) {
	jobs.SetLockWait(t, 0)
	lockBoth(t, open(t, jobstest.Postgres(t)), open(t, jobstest.Postgres(t)))
}

// TestPostgresLocksOfSearchPathsAreApart: so are two deployments whose
// URLs name no schema but put different ones first in the search path.
func TestPostgresLocksOfSearchPathsAreApart(t *testing.T) {
	jobs.SetLockWait(t, 0)
	var qs []*jobs.Queue
	for range 2 {
		cfg := jobstest.Postgres(t)
		open(t, cfg) // makes the schema
		qs = append(qs, open(t, jobs.Config{DatabaseURL: jobstest.SearchPath(t, cfg), TestOnly: true}))
	}
	lockBoth(t, qs[0], qs[1])
}

// lockBoth fails t unless b takes the lock of a repository a holds.
func lockBoth(t *testing.T, a, b *jobs.Queue) {
	t.Helper()
	unlock, err := a.Locker().Lock(context.Background(), "owner/repo")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	other, err := b.Locker().Lock(context.Background(), "owner/repo")
	if err != nil {
		t.Fatalf("the same repository in another schema: got %v, want its own lock", err)
	}
	other()
}
