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
	released := make(chan error, 1)
	go func() {
		u, err := b.Locker().Lock(ctx, "owner/repo")
		if err == nil {
			u()
		}
		released <- err
	}()
	time.Sleep(100 * time.Millisecond)
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
