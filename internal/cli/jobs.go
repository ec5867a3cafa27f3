package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/riverqueue/river/rivertype"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
)

const jobsHelp = `Lists the app's jobs, or retries or cancels one of them:

  postmortem-bot jobs [--state STATE] [--limit N] [--format text|json]
  postmortem-bot jobs retry ID     run job ID again now (a failed or cancelled one too)
  postmortem-bot jobs cancel ID    never run job ID again

STATE is queued (due, or scheduled for later), running, retrying (failed,
with attempts left), failed (out of attempts, or cancelled), or open (the
default: all of these). The jobs are read where serve keeps them, while it
runs: DATABASE_URL, or the SQLite file POSTMORTEM_BOT_STATE (default
state.db beside the credentials file).
`

// jobStates are the --state values and the job states each lists.
var jobStates = map[string][]rivertype.JobState{
	"queued":   {rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateScheduled},
	"running":  {rivertype.JobStateRunning},
	"retrying": {rivertype.JobStateRetryable},
	"failed":   {rivertype.JobStateDiscarded, rivertype.JobStateCancelled},
	"open": {rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateScheduled, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateDiscarded, rivertype.JobStateCancelled},
}

// runJobs lists jobs, or retries or cancels one.
func runJobs(env *Env, args []string) error {
	fs := newFlags("jobs", "[retry ID | cancel ID]", env.Stderr)
	state := fs.String("state", "open", "list jobs `STATE`: queued, running, retrying, failed or open")
	limit := fs.Int("limit", 100, "list at most `N` jobs, oldest first")
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	usage := fs.Usage
	fs.Usage = func() { usage(); fmt.Fprint(env.Stderr, "\n"+jobsHelp) }
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := checkJobsFlags(*state, *format, *limit); err != nil {
		return err
	}
	op, id, err := jobsOperation(fs.Args())
	if err != nil {
		return err
	}
	cfg, err := loadServerEnv(env, env.getenv)
	if err != nil {
		return err
	}
	q, err := jobs.Open(context.Background(), jobs.Config{DatabaseURL: cfg.queue.databaseURL, StatePath: cfg.queue.statePath, Inspect: true})
	if err != nil {
		return err
	}
	defer q.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if op == "" {
		return listJobs(ctx, env.Stdout, q, jobStates[*state], *limit, *format)
	}
	return changeJob(ctx, env.Stdout, q, op, id)
}

// checkJobsFlags checks the listing's flags.
func checkJobsFlags(state, format string, limit int) error {
	if _, ok := jobStates[state]; !ok {
		return oneOf("state", state, "queued", "running", "retrying", "failed", "open")
	}
	if limit <= 0 {
		return usagef("-limit %d: want a positive number", limit)
	}
	return oneOf("format", format, "text", "json")
}

// jobsOperation is the operation the arguments ask for: "" to list, or
// retry or cancel with a job id.
func jobsOperation(args []string) (string, int64, error) {
	if len(args) == 0 {
		return "", 0, nil
	}
	if len(args) != 2 || (args[0] != "retry" && args[0] != "cancel") {
		return "", 0, usagef("want no arguments to list, or retry ID, or cancel ID")
	}
	id, err := strconv.ParseInt(args[1], 10, 64)
	if err != nil || id <= 0 {
		return "", 0, usagef("job id %q: want a number, as the list shows", args[1])
	}
	return args[0], id, nil
}

// changeJob retries or cancels job id and prints its new state.
func changeJob(ctx context.Context, w io.Writer, q *jobs.Queue, op string, id int64) error {
	change := q.Retry
	if op == "cancel" {
		change = q.Cancel
	}
	j, err := change(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "job %d (%s): %s\n", j.ID, j.Kind, j.State)
	return nil
}

// listJobs prints the jobs in states, as a table or JSON.
func listJobs(ctx context.Context, w io.Writer, q *jobs.Queue, states []rivertype.JobState, limit int, format string) error {
	list, err := q.List(ctx, limit, states...)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJobsJSON(w, list)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tSTATE\tATTEMPT\tAT\tWHAT\tLAST ERROR")
	for _, j := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, j.Kind, j.State, j.Attempt, j.MaxAttempts,
			j.ScheduledAt.UTC().Format(time.RFC3339), describeJob(j), clipText(lastError(j), 100))
	}
	return tw.Flush()
}

// jobJSON is one job in the JSON listing.
type jobJSON struct {
	ID          int64           `json:"id"`
	Kind        string          `json:"kind"`
	State       string          `json:"state"`
	Attempt     int             `json:"attempt"`
	MaxAttempts int             `json:"max_attempts"`
	ScheduledAt time.Time       `json:"scheduled_at"`
	Args        json.RawMessage `json:"args"`
	LastError   string          `json:"last_error"`
}

// writeJobsJSON prints {"jobs":[…]}.
func writeJobsJSON(w io.Writer, list []*jobs.Job) error {
	out := struct {
		Jobs []jobJSON `json:"jobs"`
	}{Jobs: []jobJSON{}}
	for _, j := range list {
		out.Jobs = append(out.Jobs, jobJSON{j.ID, j.Kind, string(j.State), j.Attempt, j.MaxAttempts, j.ScheduledAt.UTC(), j.EncodedArgs, lastError(j)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// describeJob says what a job is about, from its arguments.
func describeJob(j *jobs.Job) string {
	var a map[string]any
	if json.Unmarshal(j.EncodedArgs, &a) != nil {
		return ""
	}
	str := func(k string) string { s, _ := a[k].(string); return s }
	switch j.Kind {
	case jobs.KindDelivery:
		return strings.TrimSpace(str("event")+" "+str("action")) + " " + str("repo") + " (delivery " + str("delivery_id") + ")"
	case jobs.KindTrack:
		return str("doc")
	}
	return clipText(string(j.EncodedArgs), 80)
}

// lastError is the error of the job's last failed attempt, "" if none.
func lastError(j *jobs.Job) string {
	if len(j.Errors) == 0 {
		return ""
	}
	return j.Errors[len(j.Errors)-1].Error
}

// clipText shortens s to n characters, on one line.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
