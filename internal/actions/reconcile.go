package actions

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// Reconciler brings every post-mortem on a repository's default branch
// and the action issues into agreement. Webhooks are hints; this is the
// level the app returns to, so a lost delivery or a crash between opening
// an issue and writing its number loses nothing.
type Reconciler struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// MaxAttempts bounds the writes of one document when it keeps
	// changing under them (409); 0 means 3.
	MaxAttempts int
	// Sleep waits between attempts at opening an issue; nil sleeps.
	Sleep func(ctx context.Context, d time.Duration) error
	// Bot is the login of the app's bot user (githubapp.Clients'
	// BotLogin); All finds it when empty, Repo requires it.
	Bot string
}

// ReconcileResult says what reconciling a repository did.
type ReconcileResult struct {
	Repo string
	// Skipped says why nothing was done, empty when the run went through.
	Skipped string
	// Documents counts the post-mortems read.
	Documents int
	// Actions are the actions that had no issue number in their document,
	// with the issue found by its marker (Reused) or opened now.
	Actions        []LinkedAction
	Opened, Reused int
	// Commits and PullRequest are the writes, as for a merge.
	Commits     []string
	PullRequest int
	// Orphaned lists the open issues whose action no post-mortem holds
	// any more, commented on this run.
	Orphaned []int
	// Unfollowed counts the post-mortems left alone: older than the
	// installation and never linked to an issue (see Repo).
	Unfollowed int
	// Unreadable lists the post-mortems that could not be read; the
	// others were reconciled, and their orphans not commented on (an
	// unread document may hold the action).
	Unreadable []string
}

// installGrace is how long before the app's installation an incident may
// have happened and still have its actions opened by reconcile: a
// post-mortem is usually merged within weeks of its incident.
const installGrace = 30 * 24 * time.Hour

// now is the reconciler's clock reading.
func (rc *Reconciler) now() time.Time { return clockNow(rc.Now) }

// Repo reconciles one repository: every open action without an issue
// gets one (the one an interrupted merge opened, found by its marker, or
// a new one); every document shows its issues' numbers and states; an
// open issue whose action is gone gets a comment, once. A repository
// whose configuration is broken, or that is archived, is skipped.
//
// installedAt is when the app was installed (zero: no limit). A
// post-mortem with no issue linked and no marker naming it whose
// incident is more than installGrace older than that is left alone:
// installing the app must not open an issue for every old action of the
// archive. Its actions get issues when a pull request changes it.
func (rc *Reconciler) Repo(ctx context.Context, gh *github.Client, owner, repo string, installedAt time.Time) (*ReconcileResult, error) {
	if rc.Bot == "" {
		return nil, errNoBot
	}
	defer lockRepo(owner, repo)()
	res := &ReconcileResult{Repo: owner + "/" + repo}
	run, skipped, err := rc.start(ctx, gh, owner, repo)
	if err != nil || skipped != "" {
		res.Skipped = skipped
		return res, err
	}
	docs, err := run.readAllDocs(ctx)
	if err != nil {
		return res, err
	}
	res.Documents = len(docs)
	err = run.reconcile(ctx, docs, installedAt, attemptsOr(rc.MaxAttempts))
	res.Unfollowed, res.Unreadable = run.unfollowed, run.unreadable
	res.Actions, res.Opened, res.Reused = run.res.Actions, run.res.Opened, run.res.Reused
	res.Commits, res.PullRequest, res.Orphaned = run.res.Commits, run.res.PullRequest, run.orphaned
	return res, err
}

// start reads the repository and its configuration and makes the run;
// skipped says why there is nothing to do.
func (rc *Reconciler) start(ctx context.Context, gh *github.Client, owner, repo string) (*mergeRun, string, error) {
	r, _, err := gh.Repositories.Get(githubapp.Fresh(ctx), owner, repo)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s/%s: %w", owner, repo, err)
	}
	if r.GetArchived() {
		return nil, "archived", nil
	}
	req := MergeRequest{Owner: owner, Repo: repo, DefaultBranch: r.GetDefaultBranch(), RepoURL: r.GetHTMLURL(), Bot: rc.Bot}
	cfg, _, problems, err := repoconfig.Load(ctx, gh, owner, repo, req.DefaultBranch)
	if err != nil {
		return nil, "", err
	}
	if problems != nil {
		return nil, "configuration invalid", nil
	}
	if cfg.DryRun {
		return nil, "dry run configured", nil
	}
	run := newMergeRun(gh, req, cfg, rc.now())
	run.sleep = rc.Sleep
	return run, "", nil
}

// attemptsOr is n, or 3 when n is not positive.
func attemptsOr(n int) int {
	if n <= 0 {
		return 3
	}
	return n
}

// readAllDocs reads every post-mortem on the default branch.
func (r *mergeRun) readAllDocs(ctx context.Context) ([]*mergeDoc, error) {
	refs, err := repodocs.ListPostmortems(ctx, r.gh, r.req.Owner, r.req.Repo, r.req.DefaultBranch, r.cfg)
	if err != nil {
		return nil, err
	}
	var docs []*mergeDoc
	var errs []error
	for _, ref := range refs {
		d, err := readDoc(ctx, r.gh, r.req, r.cfg, ref.Path)
		if err != nil { // one unreadable document must not hold up the others
			errs = append(errs, err)
			r.unreadable = append(r.unreadable, ref.Path)
			continue
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
	if len(errs) > 0 && len(docs) == 0 {
		return nil, errors.Join(errs...)
	}
	return docs, nil
}

// reconcile links the pending actions of the documents it follows,
// writes numbers and issue states into docs, and comments on orphaned
// issues.
func (r *mergeRun) reconcile(ctx context.Context, docs []*mergeDoc, installedAt time.Time, attempts int) error {
	if err := r.readIssues(ctx); err != nil {
		return err
	}
	var followed []*mergeDoc
	for _, d := range docs {
		if r.follows(d, installedAt) {
			followed = append(followed, d)
		} else {
			r.unfollowed++
		}
	}
	// What could not be linked is reported once the rest is written.
	linkErr := r.link(ctx, followed)
	if ctx.Err() != nil {
		return linkErr
	}
	plans := linkPlans(r.res.Actions)
	for _, d := range docs {
		if plans[d.Path] == nil {
			plans[d.Path] = &syncPlan{}
		}
		plans[d.Path].issues, plans[d.Path].levelOnly = r.issues.byNumber, true
	}
	// A document the plan leaves as it is costs nothing: commitDoc and
	// writePull skip it.
	if err := r.writePlans(ctx, docs, plans, attempts); err != nil {
		return errors.Join(linkErr, err)
	}
	if len(r.unreadable) > 0 {
		return linkErr // an index without the unread documents would drop them
	}
	r.read = docs
	if err := r.writeIndexAlone(ctx, attempts); err != nil {
		return errors.Join(linkErr, err)
	}
	return errors.Join(linkErr, r.commentOrphans(ctx, docs))
}

// follows reports whether reconcile opens issues for d's actions: d is
// linked to an issue already, or an issue's marker names it, or its
// incident is recent enough for the installation (see Repo).
func (r *mergeRun) follows(d *mergeDoc, installedAt time.Time) bool {
	if installedAt.IsZero() {
		return true
	}
	for i, a := range d.Doc.Actions {
		if r.issues.byNumber[a.Issue] != nil || r.issues.marker(d.Path, d.key(r.issues, i)) != nil {
			return true // linked to one of the app's issues (not any "#N" written by hand)
		}
	}
	at, ok := incidentTime(d.Doc)
	return ok && !at.Before(installedAt.Add(-installGrace))
}
