package actions

import (
	"strings"
	"sync"
	"time"
)

// repoLocks serialise, within this process, what writes to one
// repository's documents and issues: a merge, a tracker write and a
// reconcile run, whoever calls them (the job queue's writer lock covers
// replicas; this covers callers without it, such as the command line's
// reconcile beside tests). A repository's mutex is kept while someone
// holds or waits for it, and forgotten after: the map holds the
// repositories being written, not every one ever written.
var repoLocks = struct {
	sync.Mutex
	held map[string]*repoLock
}{held: map[string]*repoLock{}}

// repoLock is one repository's mutex and how many hold or wait for it.
type repoLock struct {
	sync.Mutex
	users int
}

// clockNow reads clock, or the wall clock when it is nil: the use cases'
// Now fields.
func clockNow(clock func() time.Time) time.Time {
	if clock == nil {
		return time.Now()
	}
	return clock()
}

// lockRepo locks owner/repo and returns the unlock.
func lockRepo(owner, repo string) func() {
	key := strings.ToLower(owner + "/" + repo)
	repoLocks.Lock()
	l := repoLocks.held[key]
	if l == nil {
		l = &repoLock{}
		repoLocks.held[key] = l
	}
	l.users++
	repoLocks.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		repoLocks.Lock()
		if l.users--; l.users == 0 {
			delete(repoLocks.held, key)
		}
		repoLocks.Unlock()
	}
}

// heldRepoLocks is how many repositories' mutexes are kept.
func heldRepoLocks() int {
	repoLocks.Lock()
	defer repoLocks.Unlock()
	return len(repoLocks.held)
}
