package bot

import (
	"strings"
	"sync"
	"time"
)

// repoLocks serialise, within this process, what writes to one
// repository's documents and issues: a merge, a tracker flush and a
// reconcile run. The webhook server already runs one repository's
// deliveries in order; the tracker's timers and the reconcile loop run
// beside it, and without the lock a reconcile could open an issue that a
// merge is opening at the same moment.
var repoLocks sync.Map // lower-cased owner/repo → *sync.Mutex

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
	v, _ := repoLocks.LoadOrStore(strings.ToLower(owner+"/"+repo), &sync.Mutex{})
	mu := v.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}
