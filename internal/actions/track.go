package actions

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"
)

// Tracker keeps post-mortems in step with their action issues: an issue
// closed, reopened, (un)assigned or (de)milestoned changes its action in
// the document. Changes to one document that arrive within Window become
// one commit.
type Tracker struct {
	clients clientFor
	// Window is how long a change waits for others to the same document;
	// 0 writes each change at once.
	Window time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Log, when set, keeps each change in a durable log that writes it
	// later (see WriteChanges) instead of the in-memory window.
	Log    ChangeLog
	logger *slog.Logger

	mu       sync.Mutex
	pending  map[docID]*pendingDoc
	inFlight sync.WaitGroup // flushes started by timers
}

// clientFor hands out installation clients and the app's bot login;
// *githubapp.Clients is one.
type clientFor interface {
	Installation(id int64) *github.Client
	BotLogin(ctx context.Context) (string, error)
}

// docID names a document of a repository of an installation.
type docID struct {
	installation int64
	owner, repo  string
	path         string
}

// pendingDoc is the changes waiting for one document.
type pendingDoc struct {
	req   MergeRequest
	plan  *syncPlan
	timer *time.Timer
	// failures counts the writes that failed; past maxFlushFailures the
	// changes are dropped with an error in the log.
	failures int
}

// maxFlushFailures bounds the attempts to write one document's changes.
const maxFlushFailures = 5

// trackedActions are the issue actions the tracker follows.
var trackedActions = map[string]bool{
	"closed": true, "reopened": true, "assigned": true, "unassigned": true, "milestoned": true, "demilestoned": true,
}

// NewTracker returns a tracker writing with clients' installation
// clients; a nil logger discards.
func NewTracker(clients clientFor, window time.Duration, logger *slog.Logger) *Tracker {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Tracker{clients: clients, Window: window, logger: logger, pending: map[docID]*pendingDoc{}}
}

// Tracks reports whether the tracker follows an issue action: closed,
// reopened, (un)assigned, (de)milestoned.
func Tracks(action string) bool { return trackedActions[action] }

// IssueChange is a change to an issue that its document may follow.
type IssueChange struct {
	Installation                        int64
	Owner, Repo, DefaultBranch, RepoURL string
	// Action is what changed: closed, reopened, assigned, …
	Action string
	Issue  *github.Issue
	// Assignee is the login assigned or unassigned, if any.
	Assignee string
}

// Track queues a change to an action issue for its document, and writes
// it now when Window is 0. Issues the app did not open for an action,
// and actions the tracker does not follow, are ignored.
func (t *Tracker) Track(ctx context.Context, c IssueChange) error {
	if !trackedActions[c.Action] {
		return nil
	}
	bot, err := t.clients.BotLogin(ctx)
	if err != nil {
		return err
	}
	ai := newActionIssue(c.Issue, bot)
	if ai == nil {
		return nil // not an issue the app opened for an action
	}
	if t.Log != nil {
		return t.Log.Record(ctx, trackChange(c, ai))
	}
	id := docID{c.Installation, c.Owner, c.Repo, ai.Path}
	t.queue(id, c, ai, bot)
	if t.Window > 0 {
		return nil
	}
	return t.flush(ctx, id)
}

// queue adds the change to the pending document id, arming its timer.
func (t *Tracker) queue(id docID, c IssueChange, ai *actionIssue, bot string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pd := t.pendingFor(id, MergeRequest{Owner: id.owner, Repo: id.repo, DefaultBranch: c.DefaultBranch, RepoURL: c.RepoURL, Bot: bot})
	pd.plan.issues[ai.Number] = ai
	pd.plan.note(ai.Number, c.Action, c.Assignee)
}

// note records what an issue event changed: its state, its assignees
// (login taken off, for unassigned) or its milestone.
func (plan *syncPlan) note(issue int, action, login string) {
	c := plan.changed[issue]
	switch action {
	case "closed", "reopened":
		c.state = true
	case "assigned":
		c.assignees = true
	case "unassigned":
		c.assignees = true
		plan.unassigned[issue] = append(plan.unassigned[issue], login)
	case "milestoned", "demilestoned":
		c.milestone = true
	}
	plan.changed[issue] = c
}

// pendingFor returns the pending document id, making it (and arming its
// timer) when there is none. The caller holds t.mu.
func (t *Tracker) pendingFor(id docID, req MergeRequest) *pendingDoc {
	if pd := t.pending[id]; pd != nil {
		return pd
	}
	pd := &pendingDoc{req: req, plan: newTrackPlan()}
	t.pending[id] = pd
	if t.Window > 0 {
		pd.timer = time.AfterFunc(t.Window, func() { t.flushLater(id) })
	}
	return pd
}

// newTrackPlan is an empty plan of tracked changes.
func newTrackPlan() *syncPlan {
	return &syncPlan{issues: map[int]*actionIssue{}, unassigned: map[int][]string{}, changed: map[int]issueChanges{}}
}

// requeue puts back the changes of a write that failed, under any that
// arrived meanwhile, to be tried again after the window.
func (t *Tracker) requeue(id docID, failed *pendingDoc) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if failed.failures+1 >= maxFlushFailures {
		t.logger.Error("giving up on tracked changes", "repo", id.owner+"/"+id.repo, "doc", id.path, "issues", len(failed.plan.issues))
		return
	}
	pd := t.pendingFor(id, failed.req)
	pd.failures = failed.failures + 1
	for n, ai := range failed.plan.issues {
		if _, newer := pd.plan.issues[n]; !newer {
			pd.plan.issues[n] = ai
		}
	}
	for n, logins := range failed.plan.unassigned {
		pd.plan.unassigned[n] = append(logins, pd.plan.unassigned[n]...)
	}
	for n, c := range failed.plan.changed {
		now := pd.plan.changed[n]
		pd.plan.changed[n] = issueChanges{c.state || now.state, c.assignees || now.assignees, c.milestone || now.milestone}
	}
}

// take removes and returns the pending document id, stopping its timer.
func (t *Tracker) take(id docID) *pendingDoc {
	t.mu.Lock()
	defer t.mu.Unlock()
	pd := t.pending[id]
	delete(t.pending, id)
	if pd != nil && pd.timer != nil {
		pd.timer.Stop()
	}
	return pd
}

// flushLater writes a document whose window has passed; errors are
// logged, and the changes tried again after another window.
func (t *Tracker) flushLater(id docID) {
	t.inFlight.Add(1)
	defer t.inFlight.Done()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := t.flush(ctx, id); err != nil {
		t.logger.Error("tracking action issues", "repo", id.owner+"/"+id.repo, "doc", id.path, "err", err)
	}
}

// Flush writes every pending document now, and waits for the writes
// timers started: at shutdown, so that no change is left behind. A write
// that fails is tried again, within ctx.
func (t *Tracker) Flush(ctx context.Context) error {
	var errs []error
	for round := 0; round < maxFlushFailures && ctx.Err() == nil; round++ {
		ids := t.pendingIDs()
		if len(ids) == 0 {
			break
		}
		errs = errs[:0]
		for _, id := range ids {
			if err := t.flush(ctx, id); err != nil {
				errs = append(errs, err)
			}
		}
		t.inFlight.Wait()
	}
	t.inFlight.Wait()
	return errors.Join(errs...)
}

// pendingIDs lists the documents with changes waiting.
func (t *Tracker) pendingIDs() []docID {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]docID, 0, len(t.pending))
	for id := range t.pending {
		ids = append(ids, id)
	}
	return ids
}
