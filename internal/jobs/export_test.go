package jobs

import "time"

// SetLockWait sets how long a PostgreSQL lock is tried until the test
// ends.
func SetLockWait(t interface{ Cleanup(func()) }, d time.Duration) {
	old := lockWait
	lockWait = d
	t.Cleanup(func() { lockWait = old })
}

// QueueAhead is how many delivery jobs the pump keeps waiting.
const QueueAhead = queueAhead
