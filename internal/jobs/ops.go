package jobs

import (
	"context"
	"fmt"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Job is one job as an operator sees it.
type Job = rivertype.JobRow

// pendingStates are the states of jobs not yet done: waiting, scheduled
// for later, or failed and waiting for their next attempt.
var pendingStates = []rivertype.JobState{
	rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateScheduled,
	rivertype.JobStateRunning, rivertype.JobStateRetryable,
}

// List returns at most limit jobs in the given states (all not done when
// none), oldest first.
func (q *Queue) List(ctx context.Context, limit int, states ...rivertype.JobState) ([]*Job, error) {
	if len(states) == 0 {
		states = pendingStates
	}
	res, err := q.engine.JobList(ctx, river.NewJobListParams().States(states...).First(limit))
	if err != nil {
		return nil, fmt.Errorf("listing jobs: %w", err)
	}
	return res.Jobs, nil
}

// Get returns job id.
func (q *Queue) Get(ctx context.Context, id int64) (*Job, error) {
	j, err := q.engine.JobGet(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("reading job %d: %w", id, err)
	}
	return j, nil
}

// Retry makes job id available to run now, whatever its state but
// running.
func (q *Queue) Retry(ctx context.Context, id int64) (*Job, error) {
	j, err := q.engine.JobRetry(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("retrying job %d: %w", id, err)
	}
	return j, nil
}

// Cancel cancels job id: it will not run again.
func (q *Queue) Cancel(ctx context.Context, id int64) (*Job, error) {
	j, err := q.engine.JobCancel(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("cancelling job %d: %w", id, err)
	}
	return j, nil
}
