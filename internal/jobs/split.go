package jobs

import (
	"context"
	"fmt"
	"strings"

	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// ReviewSource is a delivery handler whose reviews run as review jobs,
// unique by repository, pull request and head commit; *handlers.ReviewHandler
// is one.
type ReviewSource interface {
	webhook.Handler
	ReviewRequests(ctx context.Context, ev webhook.Event) ([]review.Request, error)
	ReviewOne(ctx context.Context, installation int64, req review.Request) error
}

// MergeSource is a delivery handler whose merges run as merge jobs,
// unique by repository and pull request, under the repository's writer
// lock; *handlers.MergeHandler is one.
type MergeSource interface {
	webhook.Handler
	MergeRequestOf(ev webhook.Event) (actions.MergeRequest, bool)
	MergeOne(ctx context.Context, installation int64, req actions.MergeRequest) error
}

// split is the jobs h makes of ev, and whether h is a source of jobs
// (else it handles the delivery itself).
func split(ctx context.Context, h webhook.Handler, ev webhook.Event) ([]river.InsertManyParams, bool, error) {
	switch h := h.(type) {
	case ReviewSource:
		reqs, err := h.ReviewRequests(ctx, ev)
		if err != nil {
			return nil, true, err
		}
		var params []river.InsertManyParams
		for _, req := range reqs {
			params = append(params, river.InsertManyParams{Args: reviewArgs(ev, req)})
		}
		return params, true, nil
	case MergeSource:
		req, ok := h.MergeRequestOf(ev)
		if !ok {
			return nil, true, nil
		}
		return []river.InsertManyParams{{Args: MergeArgs{InstallationID: ev.InstallationID, Repo: req.Owner + "/" + req.Repo,
			Pull: req.PullNumber, MergeSHA: req.MergeSHA, DefaultBranch: req.DefaultBranch, RepoURL: req.RepoURL}}}, true, nil
	}
	return nil, false, nil
}

// reviewArgs is req as a job; a rerun of the check names its delivery,
// so that it runs although the same review ran before.
func reviewArgs(ev webhook.Event, req review.Request) ReviewArgs {
	a := ReviewArgs{InstallationID: ev.InstallationID, Repo: req.Owner + "/" + req.Repo, Pull: req.PullNumber,
		HeadSHA: req.HeadSHA, BaseRef: req.BaseRef, DefaultBranch: req.DefaultBranch, Draft: req.Draft, Opened: req.Opened}
	if req.Rerun {
		a.Rerun = ev.DeliveryID
	}
	return a
}

// ownerName splits owner/name.
func ownerName(repo string) (string, string) {
	owner, name, _ := strings.Cut(repo, "/")
	return owner, name
}

// reviewWorker runs one review.
type reviewWorker struct {
	river.WorkerDefaults[ReviewArgs]
	src ReviewSource
}

// Work implements river.Worker.
func (w *reviewWorker) Work(ctx context.Context, job *river.Job[ReviewArgs]) error {
	a := job.Args
	owner, name := ownerName(a.Repo)
	req := review.Request{Owner: owner, Repo: name, PullNumber: a.Pull, HeadSHA: a.HeadSHA, BaseRef: a.BaseRef,
		DefaultBranch: a.DefaultBranch, Draft: a.Draft, Rerun: a.Rerun != "", Opened: a.Opened}
	return outcomeIn(ctx, w.src.ReviewOne(ctx, a.InstallationID, req))
}

// mergeWorker runs one merge, holding the repository's writer lock.
type mergeWorker struct {
	river.WorkerDefaults[MergeArgs]
	src MergeSource
	ref *queueRef
}

// Work implements river.Worker.
func (w *mergeWorker) Work(ctx context.Context, job *river.Job[MergeArgs]) error {
	a := job.Args
	owner, name := ownerName(a.Repo)
	req := actions.MergeRequest{Owner: owner, Repo: name, DefaultBranch: a.DefaultBranch, PullNumber: a.Pull, MergeSHA: a.MergeSHA, RepoURL: a.RepoURL}
	return WithRepoLock(ctx, w.ref.store().locker(), a.Repo, func(ctx context.Context) error {
		return outcomeIn(ctx, w.src.MergeOne(ctx, a.InstallationID, req))
	})
}

// addSourceWorkers registers the review and merge workers of the first
// handlers of hs that are such sources.
func addSourceWorkers(ws *river.Workers, hs []webhook.Handler, ref *queueRef) error {
	var review, merge bool
	for _, h := range hs {
		switch h := h.(type) {
		case ReviewSource:
			if review {
				return fmt.Errorf("jobs: two review handlers: %T", h)
			}
			review = true
			river.AddWorker(ws, &reviewWorker{src: h})
		case MergeSource:
			if merge {
				return fmt.Errorf("jobs: two merge handlers: %T", h)
			}
			merge = true
			river.AddWorker(ws, &mergeWorker{src: h, ref: ref})
		}
	}
	return nil
}
