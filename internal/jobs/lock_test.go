package jobs

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/riverqueue/river"
)

func TestLocalLocksExcludeAndForget(t *testing.T) {
	ls := newLocalLocks()
	ctx := context.Background()
	unlock, err := ls.Lock(ctx, "Owner/Repo")
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := ls.Lock(short, "owner/repo"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second Lock of the same repository: got %v, want a wait that times out", err)
	}
	other, err := ls.Lock(ctx, "owner/other")
	if err != nil {
		t.Fatalf("Lock of another repository: %v", err)
	}
	other()
	unlock()
	for i := range 1000 {
		u, err := ls.Lock(ctx, fmt.Sprintf("o/r%d", i))
		if err != nil {
			t.Fatal(err)
		}
		u()
	}
	if n := ls.size(); n != 0 {
		t.Errorf("locks remembered after all were released: got %d, want 0", n)
	}
}

func TestWithRepoLockSnoozesWhenTaken(t *testing.T) {
	err := WithRepoLock(context.Background(), takenLocker{}, "o/r", func(context.Context) error {
		t.Fatal("ran without the lock")
		return nil
	})
	var snooze *river.JobSnoozeError
	if !errors.As(err, &snooze) || snooze.Duration != lockSnooze {
		t.Fatalf("got %v, want a snooze of %v", err, lockSnooze)
	}
}

// takenLocker is a lock another process holds.
type takenLocker struct{}

func (takenLocker) Lock(context.Context, string) (func(), error) { return nil, ErrLocked }
