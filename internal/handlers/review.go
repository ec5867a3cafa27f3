// Package handlers turns GitHub webhook events into the requests of the
// use cases: which events ask for a review, a merge or a tracked change,
// and what each asks for. The use cases know nothing of events.
package handlers

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// clientFor hands out installation clients; *githubapp.Clients is one.
type clientFor interface {
	Installation(id int64) *github.Client
	BotLogin(ctx context.Context) (string, error)
}

// ReviewHandler runs the Reviewer on the events that ask for a review:
// pull_request opened, reopened, synchronize and ready_for_review,
// check_suite requested and rerequested, check_run rerequested.
type ReviewHandler struct {
	clients  clientFor
	reviewer *review.Reviewer
	logger   *slog.Logger
}

// NewReviewHandler returns a handler reviewing with clients' installation
// clients; a nil logger discards.
func NewReviewHandler(clients clientFor, reviewer *review.Reviewer, logger *slog.Logger) *ReviewHandler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &ReviewHandler{clients: clients, reviewer: reviewer, logger: logger}
}

// Handles implements webhook.Handler.
func (h *ReviewHandler) Handles() []string {
	return []string{"pull_request", "check_suite", "check_run"}
}

// Handle implements webhook.Handler: it reviews each pull request the
// event names and ignores events that ask for nothing.
func (h *ReviewHandler) Handle(ctx context.Context, ev webhook.Event) error {
	reqs, err := h.ReviewRequests(ctx, ev)
	if err != nil {
		return err
	}
	for _, req := range reqs {
		if err := h.ReviewOne(ctx, ev.InstallationID, req); err != nil {
			return err
		}
	}
	return nil
}

// requests turns an event into review requests; none for actions that
// ask for no review.
func requests(ctx context.Context, gh *github.Client, ev webhook.Event) ([]review.Request, error) {
	switch p := ev.Payload.(type) {
	case *github.PullRequestEvent:
		return pullRequestRequests(p), nil
	case *github.CheckSuiteEvent:
		if p.GetAction() != "requested" && p.GetAction() != "rerequested" {
			return nil, nil
		}
		return checkRequests(ctx, gh, p.GetRepo(), p.GetCheckSuite().PullRequests, p.GetCheckSuite().GetHeadSHA(), false)
	case *github.CheckRunEvent:
		if p.GetAction() != "rerequested" || p.GetCheckRun().GetName() != review.CheckName {
			return nil, nil
		}
		return checkRequests(ctx, gh, p.GetRepo(), p.GetCheckRun().PullRequests, p.GetCheckRun().GetHeadSHA(), true)
	}
	return nil, nil
}

// reviewActions are the pull_request actions that ask for a review.
var reviewActions = map[string]bool{"opened": true, "reopened": true, "synchronize": true, "ready_for_review": true}

// pullRequestRequests is the review of a pull_request event's pull request.
func pullRequestRequests(p *github.PullRequestEvent) []review.Request {
	pr := p.GetPullRequest()
	if !reviewActions[p.GetAction()] || pr.GetState() == "closed" {
		return nil
	}
	req := newRequest(p.GetRepo(), pr, pr.GetHead().GetSHA())
	req.Opened = p.GetAction() == "opened"
	return []review.Request{req}
}

// newRequest builds the request to review pr at sha in repo.
func newRequest(repo *github.Repository, pr *github.PullRequest, sha string) review.Request {
	return review.Request{
		Owner: repo.GetOwner().GetLogin(), Repo: repo.GetName(), PullNumber: pr.GetNumber(),
		HeadSHA: sha, BaseRef: pr.GetBase().GetRef(), DefaultBranch: repo.GetDefaultBranch(),
		Draft: pr.GetDraft(),
	}
}

// checkRequests reviews the pull requests a check suite or run lists at
// sha. Those lists omit the draft flag and may be stale, so each pull
// request is read; one whose head moved on is left to its own event.
func checkRequests(ctx context.Context, gh *github.Client, repo *github.Repository, prs []*github.PullRequest, sha string, rerun bool) ([]review.Request, error) {
	var out []review.Request
	for _, listed := range prs {
		pr, _, err := gh.PullRequests.Get(githubapp.Fresh(ctx), repo.GetOwner().GetLogin(), repo.GetName(), listed.GetNumber())
		if err != nil {
			return nil, fmt.Errorf("reading %s#%d: %w", repo.GetFullName(), listed.GetNumber(), err)
		}
		if pr.GetState() != "open" || pr.GetHead().GetSHA() != sha {
			continue
		}
		req := newRequest(repo, pr, sha)
		req.Rerun = rerun
		out = append(out, req)
	}
	return out, nil
}
