// Package bot is what the app does with GitHub: it reviews pull requests
// that add or change post-mortems. Each use case takes its GitHub client
// and clock as arguments, so tests drive it against internal/githubtest.
package review

import (
	"context"
	"fmt"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
)

// CheckName is the name of the check run the review creates.
const CheckName = "Post-mortem review"

// Reviewer reviews pull requests that add or change post-mortems: a check
// run with annotations and a pull request review with inline comments.
type Reviewer struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Request names the pull request and commit to review.
type Request struct {
	Owner, Repo string
	PullNumber  int
	// HeadSHA is the commit reviewed; BaseRef the branch the pull request
	// merges into; DefaultBranch the branch the configuration is read from.
	HeadSHA, BaseRef, DefaultBranch string
	// Draft says the pull request is a draft.
	Draft bool
	// Rerun asks for a new check run even when one for HeadSHA is done
	// (check_run rerequested); the review is still never posted twice.
	Rerun bool
	// Opened says the event is pull_request opened: a new pull request,
	// which has no earlier review or comment of the app unless a check
	// run of the app already exists on its head.
	Opened bool
}

// Result says what a review did.
type Result struct {
	// Skipped says why nothing was written ("draft", "already reviewed"),
	// empty when the review ran.
	Skipped string
	// CheckRunID is the check run written; Conclusion its conclusion.
	CheckRunID int64
	Conclusion string
	// ConfigErrors are the problems of a broken configuration file.
	ConfigErrors config.Errors
	// Files are the post-mortems reviewed, with their findings.
	Files []*File
	// ReviewID is the review posted, 0 when none was; Comments counts its
	// inline comments and Outside the findings listed in its body.
	ReviewID          int64
	Comments, Outside int
	// Resolved counts the earlier inline comments marked resolved because
	// their finding is gone.
	Resolved int
}

// File is one post-mortem of the pull request and what the linter found.
type File struct {
	Path     string
	Findings []lint.Finding
	// Owners are the actions whose issue the merge would open unassigned
	// or in a closed milestone, checked against the repository: warnings
	// in the review's body, never inline comments.
	Owners []lint.Finding
	Doc    *postmortem.Document // nil when the file could not be parsed
	diff   diffLines
}

// all is the file's findings and owner problems.
func (f *File) all() []lint.Finding {
	return append(f.Findings[:len(f.Findings):len(f.Findings)], f.Owners...)
}

// now is the reviewer's clock reading.
func (r *Reviewer) now() time.Time {
	if r.Now == nil {
		return time.Now()
	}
	return r.Now()
}

// Review reviews the pull request req names: it loads the configuration
// from the default branch, lints the post-mortems the pull request changes
// at its head, writes the check run and posts the review. A redelivered
// event for a commit already reviewed writes nothing.
func (r *Reviewer) Review(ctx context.Context, gh *github.Client, req Request) (*Result, error) {
	cfg, cfgID, cfgErrs, err := repoconfig.Load(ctx, gh, req.Owner, req.Repo, req.DefaultBranch)
	if err != nil {
		return nil, err
	}
	if cfgErrs == nil && req.Draft && !cfg.Review.Drafts {
		return &Result{Skipped: "draft"}, nil
	}
	prior, err := findRun(ctx, gh.Checks, req)
	if err != nil {
		return nil, err
	}
	if prior.done(cfgID) && !req.Rerun {
		return &Result{Skipped: "already reviewed", CheckRunID: prior.id, Conclusion: prior.conclusion}, nil
	}
	run := prior.unfinished(cfgID, req.Rerun)
	if run == nil {
		if run, err = r.startRun(ctx, gh.Checks, req, cfgID); err != nil {
			return nil, err
		}
	}
	res := &Result{CheckRunID: run.id, ConfigErrors: cfgErrs}
	if cfgErrs != nil {
		return res, r.finishConfigError(ctx, gh.Checks, req, run, res)
	}
	return res, r.review(ctx, gh, req, cfg, run, prior, res)
}

// review lints the pull request's post-mortems, posts the review unless
// an earlier run (prior, if any) handled it, and completes the check run.
// A prior run that did not finish may have posted the review: the reviews
// are read then.
func (r *Reviewer) review(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, run, prior *checkRun, res *Result) error {
	files, err := lintPull(ctx, newPullSource(gh), req, cfg)
	if err != nil {
		return r.abandon(ctx, gh.Checks, req, run, err)
	}
	res.Files = files
	if err := checkOwners(ctx, gh, req, cfg, files); err != nil {
		return r.abandon(ctx, gh.Checks, req, run, err)
	}
	if !prior.reviewed() {
		if err := postReview(ctx, gh, req, cfg, prior, res); err != nil {
			return r.abandon(ctx, gh.Checks, req, run, err)
		}
	}
	return r.finishRun(ctx, gh.Checks, req, cfg, run, res)
}

// wrapf names the pull request in an error.
func wrapf(req Request, what string, err error) error {
	return fmt.Errorf("%s for %s/%s#%d: %w", what, req.Owner, req.Repo, req.PullNumber, err)
}
