package jobs

import (
	"context"
	"encoding/json"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
)

// orphanError is the error recorded on a job found running when the
// state file was opened.
const orphanError = "the process ended while the job ran"

// rescueOrphans returns to the queue the jobs that the file says are
// running. The file is this process's alone (see lockFile), so they were
// left by a process that ended mid-job: a crash, an OOM kill. River's
// own rescuer would wait an hour for them; here they run again at once.
// Each keeps the attempt it spent; one that spent its last is discarded.
func rescueOrphans[TTx any](ctx context.Context, client *river.Client[TTx], driver riverdriver.Driver[TTx]) error {
	res, err := client.JobList(ctx, river.NewJobListParams().States(rivertype.JobStateRunning).First(10000))
	if err != nil || len(res.Jobs) == 0 {
		return err
	}
	now := time.Now().UTC()
	p := &riverdriver.JobRescueManyParams{StuckHorizon: now.Add(time.Second)}
	for _, j := range res.Jobs {
		state, finalized := rivertype.JobStateAvailable, (*time.Time)(nil)
		if j.Attempt >= j.MaxAttempts {
			state, finalized = rivertype.JobStateDiscarded, &now
		}
		e, err := json.Marshal(rivertype.AttemptError{At: now, Attempt: j.Attempt, Error: orphanError})
		if err != nil {
			return err
		}
		p.ID, p.Error, p.State = append(p.ID, j.ID), append(p.Error, e), append(p.State, string(state))
		p.FinalizedAt, p.ScheduledAt = append(p.FinalizedAt, finalized), append(p.ScheduledAt, now)
	}
	_, err = driver.GetExecutor().JobRescueMany(ctx, p)
	return err
}
