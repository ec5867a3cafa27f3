package bot

import (
	"context"
	"time"
)

// flush writes the pending changes of document id: the document is read
// from the default branch and the plan applied to it, in one commit.
func (t *Tracker) flush(ctx context.Context, id docID) error {
	pd := t.take(id)
	if pd == nil {
		return nil
	}
	gh := t.clients.Installation(id.installation)
	cfg, _, problems, err := loadRepoConfig(ctx, gh, id.owner, id.repo, pd.req.DefaultBranch)
	if err != nil || problems != nil || cfg.DryRun {
		return err // a broken or dry-run configuration writes nothing
	}
	run := newMergeRun(gh, pd.req, cfg, t.now())
	d, err := readDoc(ctx, gh, pd.req, cfg, id.path)
	if err != nil || d == nil {
		return err // a document gone or moved: reconcile finds it by number
	}
	if err := run.writePlans(ctx, []*mergeDoc{d}, map[string]*syncPlan{id.path: pd.plan}, 3); err != nil {
		return err
	}
	t.logger.Info("tracked", "repo", id.owner+"/"+id.repo, "doc", id.path, "issues", len(pd.plan.issues), "commits", len(run.res.Commits))
	return nil
}

// now is the tracker's clock reading.
func (t *Tracker) now() time.Time {
	if t.Now == nil {
		return time.Now()
	}
	return t.Now()
}
