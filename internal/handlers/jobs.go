package handlers

import (
	"context"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// ReviewRequests is the reviews an event asks for, none for actions that
// ask for nothing: what Handle reviews, for a job queue that runs each
// review as a job of its own.
func (h *ReviewHandler) ReviewRequests(ctx context.Context, ev webhook.Event) ([]review.Request, error) {
	return requests(ctx, h.clients.Installation(ev.InstallationID), ev)
}

// ReviewOne reviews req with the installation's client and logs what it
// did.
func (h *ReviewHandler) ReviewOne(ctx context.Context, installation int64, req review.Request) error {
	res, err := h.reviewer.Review(ctx, h.clients.Installation(installation), req)
	if err != nil {
		return err
	}
	h.logger.Info("reviewed", "repo", req.Owner+"/"+req.Repo, "pull", req.PullNumber, "sha", req.HeadSHA,
		"skipped", res.Skipped, "conclusion", res.Conclusion, "comments", res.Comments)
	return nil
}

// MergeRequestOf is the merge an event asks for, if any: what Handle
// merges, for a job queue that runs each merge as a job of its own.
func (h *MergeHandler) MergeRequestOf(ev webhook.Event) (actions.MergeRequest, bool) {
	return mergeRequest(ev)
}

// MergeOne merges req with the installation's client, as the app's bot
// user, and logs what it did.
func (h *MergeHandler) MergeOne(ctx context.Context, installation int64, req actions.MergeRequest) error {
	var err error
	if req.Bot, err = h.clients.BotLogin(ctx); err != nil {
		return err
	}
	res, err := h.merger.Merge(ctx, h.clients.Installation(installation), req)
	if err != nil {
		return err
	}
	h.logger.Info("merged", "repo", req.Owner+"/"+req.Repo, "pull", req.PullNumber, "skipped", res.Skipped, "opened", res.Opened,
		"reused", res.Reused, "commits", len(res.Commits), "pull_request", res.PullRequest, "unreadable", res.Unreadable)
	return nil
}
