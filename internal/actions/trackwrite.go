package actions

import (
	"context"
	"fmt"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
)

// flush writes the pending changes of document id: the document is read
// from the default branch and the plan applied to it, in one commit.
func (t *Tracker) flush(ctx context.Context, id docID) error {
	pd := t.take(id)
	if pd == nil {
		return nil
	}
	defer lockRepo(id.owner, id.repo)()
	gh := t.clients.Installation(id.installation)
	err := t.write(ctx, gh, id, pd)
	if err != nil {
		t.requeue(id, pd)
	}
	return err
}

// write reads the configuration, the issues as they are now (deliveries
// can arrive out of order: the payloads' copies may be stale) and the
// document, and writes the plan.
func (t *Tracker) write(ctx context.Context, gh *github.Client, id docID, pd *pendingDoc) error {
	cfg, _, problems, err := repoconfig.Load(ctx, gh, id.owner, id.repo, pd.req.DefaultBranch)
	if err != nil {
		return err
	}
	if problems != nil || cfg.DryRun || !cfg.Match(id.path) {
		t.logger.Info("not tracked", "repo", id.owner+"/"+id.repo, "doc", id.path,
			"why", "invalid configuration, dry run, or a path the configuration does not cover")
		return nil
	}
	if err := refreshIssues(ctx, gh, id, pd.req.Bot, pd.plan); err != nil {
		return err
	}
	run := newMergeRun(gh, pd.req, cfg, t.now())
	d, err := readDoc(ctx, gh, pd.req, cfg, id.path)
	if err != nil || d == nil {
		return err // a document gone or moved: reconcile finds it by number
	}
	if err := run.writePlans(ctx, []*mergeDoc{d}, map[string]*syncPlan{id.path: pd.plan}, attemptsOr(0)); err != nil {
		return err
	}
	t.logger.Info("tracked", "repo", id.owner+"/"+id.repo, "doc", id.path, "issues", len(pd.plan.issues), "commits", len(run.res.Commits))
	return nil
}

// now is the tracker's clock reading.
func (t *Tracker) now() time.Time { return clockNow(t.Now) }

// refreshIssues replaces the plan's copies of its issues with the issues
// as GitHub has them now; an issue whose marker no longer names the
// document drops out.
func refreshIssues(ctx context.Context, gh *github.Client, id docID, bot string, plan *syncPlan) error {
	for n := range plan.issues {
		is, _, err := gh.Issues.Get(githubapp.Fresh(ctx), id.owner, id.repo, n)
		if err != nil {
			return fmt.Errorf("reading #%d of %s/%s: %w", n, id.owner, id.repo, err)
		}
		if ai := newActionIssue(is, bot); ai != nil && ai.Path == id.path {
			plan.issues[n] = ai
		} else {
			delete(plan.issues, n)
		}
	}
	return nil
}
