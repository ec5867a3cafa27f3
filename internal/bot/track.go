package bot

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
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
	Now    func() time.Time
	logger *slog.Logger

	mu      sync.Mutex
	pending map[docID]*pendingDoc
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
}

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

// Handles implements webhook.Handler.
func (t *Tracker) Handles() []string { return []string{"issues"} }

// Handle implements webhook.Handler: a change to an action issue is
// queued for its document, and written now when Window is 0.
func (t *Tracker) Handle(ctx context.Context, ev webhook.Event) error {
	p, ok := ev.Payload.(*github.IssuesEvent)
	if !ok || !trackedActions[p.GetAction()] || ownChange(p) {
		return nil
	}
	ai := newActionIssue(p.GetIssue())
	if ai == nil {
		return nil
	}
	id := docID{ev.InstallationID, p.GetRepo().GetOwner().GetLogin(), p.GetRepo().GetName(), ai.Path}
	t.queue(id, p, ai)
	if t.Window > 0 {
		return nil
	}
	return t.flush(ctx, id)
}

// ownChange reports whether the event is the app's own doing: an issue
// it opened gets its assignee and milestone from it, and those events
// are not a person's decision to follow.
func ownChange(p *github.IssuesEvent) bool {
	s := p.GetSender()
	return s.GetType() == "Bot" && s.GetLogin() == p.GetIssue().GetUser().GetLogin() &&
		(p.GetAction() == "assigned" || p.GetAction() == "milestoned")
}

// queue adds the change to the pending document id, arming its timer.
func (t *Tracker) queue(id docID, p *github.IssuesEvent, ai *actionIssue) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pd := t.pending[id]
	if pd == nil {
		repo := p.GetRepo()
		pd = &pendingDoc{
			req:  MergeRequest{Owner: id.owner, Repo: id.repo, DefaultBranch: repo.GetDefaultBranch(), RepoURL: repo.GetHTMLURL()},
			plan: &syncPlan{issues: map[int]*actionIssue{}, unassigned: map[int][]string{}, milestoned: map[int]bool{}},
		}
		t.pending[id] = pd
		if t.Window > 0 {
			pd.timer = time.AfterFunc(t.Window, func() { t.flushLater(id) })
		}
	}
	pd.plan.issues[ai.Number] = ai
	switch p.GetAction() {
	case "unassigned":
		pd.plan.unassigned[ai.Number] = append(pd.plan.unassigned[ai.Number], p.GetAssignee().GetLogin())
	case "milestoned", "demilestoned":
		pd.plan.milestoned[ai.Number] = true
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
// logged (the next reconcile repairs what a failed write missed).
func (t *Tracker) flushLater(id docID) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := t.flush(ctx, id); err != nil {
		t.logger.Error("tracking action issues", "repo", id.owner+"/"+id.repo, "doc", id.path, "err", err)
	}
}

// Flush writes every pending document now: at shutdown, so that no
// change waits for the next reconcile.
func (t *Tracker) Flush(ctx context.Context) error {
	t.mu.Lock()
	ids := make([]docID, 0, len(t.pending))
	for id := range t.pending {
		ids = append(ids, id)
	}
	t.mu.Unlock()
	var first error
	for _, id := range ids {
		if err := t.flush(ctx, id); err != nil && first == nil {
			first = err
		}
	}
	return first
}
