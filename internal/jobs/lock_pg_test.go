package jobs_test

import (
	"context"
	"errors"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

func TestPostgresLockIsOneWriterAcrossReplicas(t *testing.T) {
	cfg := jobstest.Postgres(t)
	a, b := open(t, cfg), open(t, cfg)
	ctx := context.Background()
	unlock, err := a.Locker().Lock(ctx, "Owner/Repo")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Locker().Lock(ctx, "owner/repo"); !errors.Is(err, jobs.ErrLocked) {
		t.Fatalf("other replica, same repository: got %v, want ErrLocked", err)
	}
	other, err := b.Locker().Lock(ctx, "owner/other")
	if err != nil {
		t.Fatalf("other repository: %v", err)
	}
	other()
	unlock()
	again, err := b.Locker().Lock(ctx, "owner/repo")
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again()
}
