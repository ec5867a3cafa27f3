package actions

import (
	"context"
	"fmt"
	"sort"

	"github.com/google/go-github/v62/github"
)

// orphanMarker marks the comment on an issue whose action is gone, so
// that it is posted once.
const orphanMarker = "<!-- postmortem-bot:orphaned -->"

// commentOrphans comments, once, on every open action issue that no
// action of docs names any more: not by its number, not by its marker.
// Such an issue is never closed by the app: a person decides.
func (r *mergeRun) commentOrphans(ctx context.Context, docs []*mergeDoc) error {
	return r.commentOn(ctx, r.orphans(docs, nil))
}

// commentOrphansIn does what commentOrphans does for the issues of the
// documents a merge changed (docs) or removed: the others were not read.
func (r *mergeRun) commentOrphansIn(ctx context.Context, docs []*mergeDoc, removed []string) error {
	scope := map[string]bool{}
	for _, p := range removed {
		scope[p] = true
	}
	for _, d := range docs {
		scope[d.Path] = true
	}
	if err := r.readIssues(ctx); err != nil {
		return err
	}
	return r.commentOn(ctx, r.orphans(docs, scope))
}

// commentOn posts the orphan comment on each of orphans that lacks it.
func (r *mergeRun) commentOn(ctx context.Context, orphans []*actionIssue) error {
	for _, ai := range orphans {
		posted, err := r.orphanCommented(ctx, ai.Number)
		if err != nil {
			return err
		}
		if posted {
			continue
		}
		body := fmt.Sprintf("%s\nThe action of this issue is no longer in any post-mortem: it was in `%s`, and it has been removed "+
			"(or its document moved where the configuration's `paths` do not reach). The app does not close issues on its own: "+
			"close this one if the action is no longer needed, or put the action back with `(#%d)` after it.", orphanMarker, ai.Path, ai.Number)
		if _, _, err := r.comments.CreateComment(ctx, r.req.Owner, r.req.Repo, ai.Number, &github.IssueComment{Body: github.String(body)}); err != nil {
			return mergeErr(r.req, fmt.Sprintf("commenting on #%d", ai.Number), err)
		}
		r.orphaned = append(r.orphaned, ai.Number)
	}
	return nil
}

// orphans lists the open action issues, in number order, that no action
// of docs names by number or by marker; with a scope, only those whose
// marker names a path in it.
func (r *mergeRun) orphans(docs []*mergeDoc, scope map[string]bool) []*actionIssue {
	named := map[int]bool{}
	for _, la := range r.res.Actions {
		named[la.Issue] = true
	}
	actions := map[string]bool{} // path + "\x00" + key of every action
	for _, d := range docs {
		for i, a := range d.Doc.Actions {
			named[a.Issue] = true
			actions[d.Path+"\x00"+d.key(r.issues, i)] = true
		}
	}
	var out []*actionIssue
	for n, ai := range r.issues.byNumber {
		if ai.Open && !named[n] && !actions[ai.Path+"\x00"+ai.Key] && (scope == nil || scope[ai.Path]) {
			out = append(out, ai)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out
}

// orphanCommented reports whether issue n has the orphan comment.
func (r *mergeRun) orphanCommented(ctx context.Context, n int) (bool, error) {
	posted, err := hasMarkedComment(ctx, r.comments, r.req.Owner, r.req.Repo, n, orphanMarker)
	if err != nil {
		return false, mergeErr(r.req, fmt.Sprintf("reading the comments of #%d", n), err)
	}
	return posted, nil
}
