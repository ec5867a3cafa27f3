// Package actions keeps the actions of post-mortems and their issues in
// step: the merge opens an issue for each new action of a merged
// post-mortem and writes its number back, the tracker follows changes of
// those issues into the documents, and reconcile catches up on what
// events missed. It knows nothing of webhook events or of the job queue:
// internal/handlers and internal/jobs hand it plain requests.
package actions

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// Merger turns the actions of merged post-mortems into issues and writes
// the issue numbers back into the documents.
type Merger struct {
	// Now is the clock; nil means time.Now. Default due dates count from
	// its reading, the day of the merge.
	Now func() time.Time
	// MaxAttempts bounds the write-back attempts when the document keeps
	// changing under it (409); 0 means 3.
	MaxAttempts int
	// Sleep waits between attempts at opening an issue; nil sleeps.
	Sleep func(ctx context.Context, d time.Duration) error
}

// MergeRequest names a merged pull request.
type MergeRequest struct {
	Owner, Repo, DefaultBranch string
	PullNumber                 int
	// MergeSHA is the merge commit; informative only: documents are read
	// from the head of DefaultBranch, which may have moved on.
	MergeSHA string
	// RepoURL is the repository's web address, for links in issues;
	// empty means https://github.com/Owner/Repo.
	RepoURL string
	// Bot is the login of the app's bot user (githubapp.Clients'
	// BotLogin): only the issues it opened are the app's.
	Bot string
}

// errNoBot is a request that does not say who the app's bot user is.
var errNoBot = errors.New("the app's bot login is unknown: its issues cannot be told from others")

// MergeResult says what a merge did.
type MergeResult struct {
	// Skipped says why nothing was done ("configuration invalid"), empty
	// when the merge ran.
	Skipped string
	// Actions are the actions that needed an issue, with the issue each
	// got (or, in a dry run, would get: Issue 0).
	Actions []LinkedAction
	// Opened and Reused count the issues opened and the issues found by
	// their marker (opened by an earlier, interrupted run).
	Opened, Reused int
	// Commits are the write-back commits; PullRequest the write-back pull
	// request, 0 when the write went to the default branch or nowhere.
	Commits     []string
	PullRequest int
	// DryRunComment is the comment posted on the pull request in a dry run.
	DryRunComment int64
	// Orphaned lists the open issues whose action the pull request
	// removed, commented on by this merge.
	Orphaned []int
	// Unreadable lists the post-mortems the pull request changed that are
	// not text to read (binary, not UTF-8, too large); the review reports
	// them, and the others are merged.
	Unreadable []string
}

// LinkedAction is one action of a merged post-mortem and its issue.
type LinkedAction struct {
	Path, Key, Title string
	Line             int
	Issue            int
	// Reused says the issue was found by its marker, not opened now.
	Reused bool
	// Assignee is the login assigned, "" when none could be.
	Assignee  string
	Milestone string
	Labels    []string
}

// mergeDoc is a post-mortem read from the default branch and its actions
// that have no issue yet, by index into Doc.Actions.
type mergeDoc struct {
	Path    string
	SHA     string // blob SHA read
	Doc     *postmortem.Document
	Pending []int
	Keys    []string // action keys, by index into Doc.Actions
	oldKeys []string // the keys older versions gave them (see oldActionKeys)
}

// key returns the key of action i of d in x: its key, or the key an
// older version gave it when only that one names an issue, which then
// becomes its key for the rest of the run.
func (d *mergeDoc) key(x *issueIndex, i int) string {
	if x == nil || i >= len(d.oldKeys) || d.oldKeys[i] == d.Keys[i] || x.marker(d.Path, d.Keys[i]) != nil {
		return d.Keys[i]
	}
	if x.marker(d.Path, d.oldKeys[i]) != nil {
		d.Keys[i] = d.oldKeys[i]
	}
	return d.Keys[i]
}

// now is the merger's clock reading.
func (m *Merger) now() time.Time { return clockNow(m.Now) }

// Merge handles a merged pull request: for every post-mortem it added or
// changed, every open action without an issue gets one (or the one an
// interrupted run opened, found by its marker), and the numbers are
// written back. Run twice, it opens and writes nothing the second time.
func (m *Merger) Merge(ctx context.Context, gh *github.Client, req MergeRequest) (*MergeResult, error) {
	if req.Bot == "" {
		return nil, errNoBot
	}
	defer lockRepo(req.Owner, req.Repo)()
	cfg, _, cfgErrs, err := repoconfig.Load(ctx, gh, req.Owner, req.Repo, req.DefaultBranch)
	if err != nil {
		return nil, err
	}
	if cfgErrs != nil {
		return &MergeResult{Skipped: "configuration invalid"}, nil
	}
	docs, removed, unreadable, readErr := mergedDocs(ctx, gh, req, cfg)
	if len(docs)+len(removed) == 0 {
		return &MergeResult{Unreadable: unreadable}, readErr
	}
	res, err := m.merge(ctx, gh, req, cfg, docs, removed)
	if res == nil {
		res = &MergeResult{}
	}
	res.Unreadable = unreadable
	return res, errors.Join(readErr, err)
}

// merge links and writes back the actions of docs and comments on the
// issues of the actions removed.
func (m *Merger) merge(ctx context.Context, gh *github.Client, req MergeRequest, cfg *config.Config, docs []*mergeDoc, removed []string) (*MergeResult, error) {
	run, pending := newMergeRun(gh, req, cfg, m.now()), withPending(docs)
	run.sleep, run.read = m.Sleep, docs
	if cfg.DryRun {
		if len(pending) == 0 {
			return run.res, nil
		}
		return run.dryRun(ctx, pending)
	}
	// An action whose issue could not be opened does not hold up the
	// others: they are linked and written back, and the error names it.
	linkErr := run.link(ctx, pending)
	if ctx.Err() != nil {
		return run.res, linkErr
	}
	if err := run.writeBack(ctx, pending, m.maxAttempts()); err != nil {
		return run.res, errors.Join(linkErr, err)
	}
	if err := run.writeIndexAlone(ctx, m.maxAttempts()); err != nil {
		return run.res, errors.Join(linkErr, err)
	}
	err := run.commentOrphansIn(ctx, docs, removed)
	run.res.Orphaned = run.orphaned
	return run.res, errors.Join(linkErr, err)
}

// maxAttempts is MaxAttempts or its default.
func (m *Merger) maxAttempts() int { return attemptsOr(m.MaxAttempts) }

// mergeRun is one merge: its request, configuration, clock reading and
// the per-merge caches of labels, milestones, assignees and markers.
type mergeRun struct {
	gh         *github.Client
	comments   issueComments // gh's, apart for tests
	req        MergeRequest
	cfg        *config.Config
	now        time.Time
	labels     *repodocs.Labels
	milestones *milestoneCache
	assignable map[string]bool
	issues     *issueIndex // the action issues; nil until read
	orphaned   []int       // open issues whose action is gone, commented this run
	unfollowed int         // documents reconcile left alone
	unreadable []string    // documents reconcile could not read
	read       []*mergeDoc // documents the run read, which the index need not read again
	indexAlone bool        // commit the index even when no document changes
	head       string      // the head of the branch the last git database write started from
	sleep      func(ctx context.Context, d time.Duration) error
	res        *MergeResult
}

// newMergeRun starts a merge run.
func newMergeRun(gh *github.Client, req MergeRequest, cfg *config.Config, now time.Time) *mergeRun {
	return &mergeRun{
		gh: gh, comments: gh.Issues, req: req, cfg: cfg, now: now,
		labels:     &repodocs.Labels{GH: gh, Owner: req.Owner, Repo: req.Repo},
		milestones: &milestoneCache{api: gh.Issues, owner: req.Owner, repo: req.Repo, create: cfg.Milestones.Create},
		assignable: map[string]bool{}, res: &MergeResult{},
	}
}

// link gives every pending action of docs an issue, reusing issues found
// by their marker. An action that fails does not stop the others: the
// error joins what failed.
func (r *mergeRun) link(ctx context.Context, docs []*mergeDoc) error {
	if err := r.readIssues(ctx); err != nil {
		return err
	}
	var errs []error
	for _, d := range docs {
		for _, i := range d.Pending {
			la, err := r.linkAction(ctx, d, i)
			if la.Issue != 0 {
				r.res.Actions = append(r.res.Actions, la)
			}
			if err != nil {
				errs = append(errs, err)
			}
			if ctx.Err() != nil {
				return errors.Join(errs...)
			}
		}
	}
	return errors.Join(errs...)
}

// linkAction finds or opens the issue of action i of d.
func (r *mergeRun) linkAction(ctx context.Context, d *mergeDoc, i int) (LinkedAction, error) {
	a := d.Doc.Actions[i]
	la := LinkedAction{Path: d.Path, Key: d.key(r.issues, i), Title: a.Title, Line: a.Line}
	if ai := r.issues.marker(d.Path, la.Key); ai != nil {
		la.Issue, la.Reused = ai.Number, true
		r.res.Reused++
		return la, nil
	}
	err := r.openIssue(ctx, d, i, &la)
	if la.Issue != 0 {
		r.res.Opened++
	}
	return la, err
}

// pause waits before attempt+1 at opening an issue: a second per
// attempt made.
func (r *mergeRun) pause(ctx context.Context, attempt int) error {
	return r.wait(ctx, time.Duration(attempt)*time.Second)
}

// wait waits d with the run's sleep, the wall clock's when it has none.
func (r *mergeRun) wait(ctx context.Context, d time.Duration) error {
	if r.sleep != nil {
		return r.sleep(ctx, d)
	}
	return sleepCtx(ctx, d)
}

// mergeErr names the merged pull request in an error.
func mergeErr(req MergeRequest, what string, err error) error {
	if req.PullNumber == 0 {
		return fmt.Errorf("%s in %s/%s: %w", what, req.Owner, req.Repo, err)
	}
	return fmt.Errorf("%s for merged %s/%s#%d: %w", what, req.Owner, req.Repo, req.PullNumber, err)
}
