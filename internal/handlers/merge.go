package handlers

import (
	"context"
	"log/slog"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// MergeHandler runs the Merger on pull requests merged into their
// repository's default branch (pull_request closed with merged true).
type MergeHandler struct {
	clients clientFor
	merger  *actions.Merger
	logger  *slog.Logger
}

// NewMergeHandler returns a handler merging with clients' installation
// clients; a nil logger discards.
func NewMergeHandler(clients clientFor, m *actions.Merger, logger *slog.Logger) *MergeHandler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &MergeHandler{clients: clients, merger: m, logger: logger}
}

// Handles implements webhook.Handler.
func (h *MergeHandler) Handles() []string { return []string{"pull_request"} }

// Handle implements webhook.Handler: a pull request merged into the
// default branch is merged; any other event is ignored.
func (h *MergeHandler) Handle(ctx context.Context, ev webhook.Event) error {
	req, ok := mergeRequest(ev)
	if !ok {
		return nil
	}
	return h.MergeOne(ctx, ev.InstallationID, req)
}

// mergeRequest is the merge an event asks for, if any: a pull_request
// closed with merged true whose base is the default branch.
func mergeRequest(ev webhook.Event) (actions.MergeRequest, bool) {
	p, ok := ev.Payload.(*github.PullRequestEvent)
	if !ok || p.GetAction() != "closed" {
		return actions.MergeRequest{}, false
	}
	pr, repo := p.GetPullRequest(), p.GetRepo()
	if !pr.GetMerged() || pr.GetBase().GetRef() != repo.GetDefaultBranch() {
		return actions.MergeRequest{}, false
	}
	return actions.MergeRequest{
		Owner: repo.GetOwner().GetLogin(), Repo: repo.GetName(), DefaultBranch: repo.GetDefaultBranch(),
		PullNumber: pr.GetNumber(), MergeSHA: pr.GetMergeCommitSHA(), RepoURL: repo.GetHTMLURL(),
	}, true
}
