package jobs

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
)

// Locker lets one job at a time write to a repository: merges, tracked
// changes, reconcile runs and summaries of one repository never overlap.
type Locker interface {
	// Lock takes repo's lock (owner/name, any case) and returns its
	// release. ErrLocked means another process holds it.
	Lock(ctx context.Context, repo string) (unlock func(), err error)
}

// ErrLocked is a repository whose lock another process holds.
var ErrLocked = errors.New("repository locked by another job")

// lockSnooze is how long a job that found its repository locked waits
// before it tries again. A snooze spends no attempt.
var lockSnooze = 5 * time.Second

// WithRepoLock runs f holding repo's lock; when another process holds
// it, the job is snoozed and tried again later.
func WithRepoLock(ctx context.Context, l Locker, repo string, f func(context.Context) error) error {
	unlock, err := l.Lock(ctx, repo)
	if errors.Is(err, ErrLocked) {
		return river.JobSnooze(lockSnooze)
	}
	if err != nil {
		return err
	}
	defer unlock()
	return f(ctx)
}

// repoKey is the lock name of repo: owner/name, lower-cased.
func repoKey(repo string) string { return "repo:" + strings.ToLower(repo) }

// localLocks are the locks of one process: a mutex per repository that
// someone holds or waits for, forgotten when nobody does.
type localLocks struct {
	mu   sync.Mutex
	held map[string]*localLock
}

// localLock is one repository's mutex: a token in a channel of one, so
// that waiting for it can end with the context.
type localLock struct {
	token chan struct{}
	users int // holders and waiters
}

func newLocalLocks() *localLocks { return &localLocks{held: map[string]*localLock{}} }

// Lock waits for repo's mutex.
func (ls *localLocks) Lock(ctx context.Context, repo string) (func(), error) {
	key := repoKey(repo)
	l := ls.join(key)
	select {
	case l.token <- struct{}{}:
		return func() { <-l.token; ls.leave(key, l) }, nil
	case <-ctx.Done():
		ls.leave(key, l)
		return nil, ctx.Err()
	}
}

// join counts one more user of key's lock, making it if needed.
func (ls *localLocks) join(key string) *localLock {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l := ls.held[key]
	if l == nil {
		l = &localLock{token: make(chan struct{}, 1)}
		ls.held[key] = l
	}
	l.users++
	return l
}

// leave counts one user less, forgetting the lock when none is left.
func (ls *localLocks) leave(key string, l *localLock) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if l.users--; l.users == 0 {
		delete(ls.held, key)
	}
}

// size is how many locks are remembered.
func (ls *localLocks) size() int {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return len(ls.held)
}

// pgLocks are transaction-scoped advisory locks: held while a
// transaction is open, released by its end or by the connection's loss,
// so a replica that dies mid-job frees its repositories. Advisory locks
// belong to the whole database, so a lock's key names the schema of the
// jobs too: deployments in two schemas of one database never wait for
// each other.
type pgLocks struct {
	pool  *pgxpool.Pool
	scope string // the schema of the jobs
}

// lockWait is how long pgLocks.Lock tries before it gives up: a short
// hold ends within it, and a snooze costs seconds (River moves snoozed
// jobs back every few seconds).
var lockWait = 2 * time.Second

// Lock takes repo's advisory lock, trying for lockWait; ErrLocked if
// another transaction holds it all that time.
func (ls *pgLocks) Lock(ctx context.Context, repo string) (func(), error) {
	deadline := time.Now().Add(lockWait)
	for {
		unlock, err := ls.try(ctx, scopedKey(ls.scope, repoKey(repo)))
		if !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return unlock, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// scopedKey is the lock name of key in schema; the default schema keeps
// key as it is, the name replicas of earlier versions lock.
func scopedKey(schema, key string) string {
	if schema == "" || schema == "public" {
		return key
	}
	return "schema:" + schema + ":" + key
}

// try takes the advisory lock of key in a new transaction, once.
func (ls *pgLocks) try(ctx context.Context, key string) (func(), error) {
	tx, err := ls.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	var ok bool
	if err := tx.QueryRow(ctx, "SELECT pg_try_advisory_xact_lock($1)", lockKey(key)).Scan(&ok); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return nil, err
	}
	if !ok {
		tx.Rollback(context.WithoutCancel(ctx))
		return nil, ErrLocked
	}
	return func() { tx.Rollback(context.WithoutCancel(ctx)) }, nil
}
