package handlers

import (
	"context"
	"log/slog"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Tracker is the tracker answering issues events: each change to an
// action issue, other than the app's own, is handed to the tracker.
type Tracker struct {
	*actions.Tracker
}

// NewTracker returns a tracker writing with clients' installation
// clients, as a webhook handler; a nil logger discards.
func NewTracker(clients clientFor, window time.Duration, logger *slog.Logger) *Tracker {
	return &Tracker{actions.NewTracker(clients, window, logger)}
}

// Handles implements webhook.Handler.
func (t *Tracker) Handles() []string { return []string{"issues"} }

// Wants implements webhook.ActionFilter: the issue actions the tracker
// follows.
func (t *Tracker) Wants(event, action string) bool {
	return event == "issues" && actions.Tracks(action)
}

// Handle implements webhook.Handler: a change to an action issue is
// tracked for its document.
func (t *Tracker) Handle(ctx context.Context, ev webhook.Event) error {
	p, ok := ev.Payload.(*github.IssuesEvent)
	if !ok || !actions.Tracks(p.GetAction()) || ownChange(p) {
		return nil
	}
	repo := p.GetRepo()
	return t.Track(ctx, actions.IssueChange{
		Installation: ev.InstallationID, Owner: repo.GetOwner().GetLogin(), Repo: repo.GetName(),
		DefaultBranch: repo.GetDefaultBranch(), RepoURL: repo.GetHTMLURL(),
		Action: p.GetAction(), Issue: p.GetIssue(), Assignee: p.GetAssignee().GetLogin(),
	})
}

// ownChange reports whether the event is the app's own doing: an issue
// it opened gets its assignee and milestone from it, and those events
// are not a person's decision to follow.
func ownChange(p *github.IssuesEvent) bool {
	s := p.GetSender()
	return s.GetType() == "Bot" && s.GetLogin() == p.GetIssue().GetUser().GetLogin() &&
		(p.GetAction() == "assigned" || p.GetAction() == "milestoned")
}
