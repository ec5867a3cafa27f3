package review

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/mdtext"
)

// maxAnnotations is how many annotations GitHub takes in one request.
const maxAnnotations = 50

// The check run's external_id records what it was computed from:
// "postmortem-bot/1 config=ID", with " reviewed" appended once the review
// for its commit has been handled, or " broken" when the configuration
// could not be read. It makes a redelivery cost two reads.
const (
	externalPrefix = "postmortem-bot/1 config="
	reviewedSuffix = " reviewed"
	brokenSuffix   = " broken"
)

// Checks is the check-run calls the review makes;
// *github.ChecksService is one.
type Checks interface {
	ListCheckRunsForRef(ctx context.Context, owner, repo, ref string, opts *github.ListCheckRunsOptions) (*github.ListCheckRunsResults, *github.Response, error)
	CreateCheckRun(ctx context.Context, owner, repo string, opts github.CreateCheckRunOptions) (*github.CheckRun, *github.Response, error)
	UpdateCheckRun(ctx context.Context, owner, repo string, id int64, opts github.UpdateCheckRunOptions) (*github.CheckRun, *github.Response, error)
}

// checkRun is a check run of ours on the head commit.
type checkRun struct {
	id                 int64
	status, conclusion string
	externalID         string
}

// done reports whether the run completed, with its review handled, under
// the configuration cfgID.
func (c *checkRun) done(cfgID string) bool {
	if c == nil || c.status != "completed" {
		return false
	}
	return c.externalID == externalPrefix+cfgID+reviewedSuffix || c.externalID == externalPrefix+cfgID+brokenSuffix
}

// unfinished returns the run when a review under the configuration cfgID
// started it and stopped before completing it (the process was killed,
// and its job runs again): the review goes on in that run rather than
// adding a second one to the commit. A rerun asked for starts afresh.
func (c *checkRun) unfinished(cfgID string, rerun bool) *checkRun {
	if c == nil || rerun || c.status == "completed" || c.externalID != externalPrefix+cfgID {
		return nil
	}
	return c
}

// reviewed reports whether the review of the run's commit was handled.
func (c *checkRun) reviewed() bool {
	return c != nil && strings.HasSuffix(c.externalID, reviewedSuffix)
}

// findRun returns the latest check run of ours on the head commit, or nil.
func findRun(ctx context.Context, checks Checks, req Request) (*checkRun, error) {
	opts := &github.ListCheckRunsOptions{CheckName: github.String(CheckName), Filter: github.String("latest")}
	list, _, err := checks.ListCheckRunsForRef(githubapp.Fresh(ctx), req.Owner, req.Repo, req.HeadSHA, opts)
	if err != nil {
		return nil, wrapf(req, "listing check runs", err)
	}
	var found *checkRun
	for _, cr := range list.CheckRuns {
		if !strings.HasPrefix(cr.GetExternalID(), externalPrefix) {
			continue
		}
		if found == nil || cr.GetID() > found.id {
			found = &checkRun{id: cr.GetID(), status: cr.GetStatus(), conclusion: cr.GetConclusion(), externalID: cr.GetExternalID()}
		}
	}
	return found, nil
}

// startRun creates the check run, in progress.
func (r *Reviewer) startRun(ctx context.Context, checks Checks, req Request, cfgID string) (*checkRun, error) {
	opts := github.CreateCheckRunOptions{
		Name: CheckName, HeadSHA: req.HeadSHA, Status: github.String("in_progress"),
		ExternalID: github.String(externalPrefix + cfgID),
		StartedAt:  &github.Timestamp{Time: r.now()},
		Output:     &github.CheckRunOutput{Title: github.String("Reviewing"), Summary: github.String("Reviewing the post-mortems of this pull request.")},
	}
	cr, _, err := checks.CreateCheckRun(ctx, req.Owner, req.Repo, opts)
	if err != nil {
		return nil, wrapf(req, "creating check run", err)
	}
	return &checkRun{id: cr.GetID(), status: "in_progress", externalID: opts.GetExternalID()}, nil
}

// finishRun completes the check run with the findings: the conclusion and
// the first annotations in one request, the rest appended 50 at a time.
func (r *Reviewer) finishRun(ctx context.Context, checks Checks, req Request, cfg *config.Config, run *checkRun, res *Result) error {
	res.Conclusion = conclusion(res.Files, cfg.FailSeverity())
	title, summary := checkTitle(res.Files), checkSummary(res.Files, r.now())
	anns := annotations(res.Files)
	for i := 0; i == 0 || i < len(anns); i += maxAnnotations {
		out := &github.CheckRunOutput{Title: &title, Summary: &summary, Annotations: anns[i:min(i+maxAnnotations, len(anns))]}
		opts := github.UpdateCheckRunOptions{Name: CheckName, Output: out}
		if i == 0 {
			r.complete(&opts, res.Conclusion, run.externalID+reviewedSuffix)
		}
		if _, _, err := checks.UpdateCheckRun(ctx, req.Owner, req.Repo, run.id, opts); err != nil {
			return wrapf(req, "updating check run", err)
		}
	}
	return nil
}

// complete sets the fields that complete a run.
func (r *Reviewer) complete(opts *github.UpdateCheckRunOptions, conclusion, externalID string) {
	opts.Status = github.String("completed")
	opts.Conclusion = github.String(conclusion)
	opts.CompletedAt = &github.Timestamp{Time: r.now()}
	opts.ExternalID = github.String(externalID)
}

// finishConfigError fails the check run because the configuration file is
// broken, naming each problem and where it is.
func (r *Reviewer) finishConfigError(ctx context.Context, checks Checks, req Request, run *checkRun, res *Result) error {
	res.Conclusion = "failure"
	title := fmt.Sprintf("%s has %s", config.Path, mdtext.Plural(len(res.ConfigErrors), "problem"))
	var b strings.Builder
	src := configSource(req, strings.TrimPrefix(run.externalID, externalPrefix))
	fmt.Fprintf(&b, "%s cannot be read, so nothing was reviewed. Fix it there:\n\n", strings.ToUpper(src[:1])+src[1:])
	for _, e := range res.ConfigErrors {
		fmt.Fprintf(&b, "- `%s`\n", e.In(config.Path))
	}
	opts := github.UpdateCheckRunOptions{Name: CheckName, Output: &github.CheckRunOutput{Title: &title, Summary: github.String(b.String())}}
	r.complete(&opts, res.Conclusion, run.externalID+brokenSuffix)
	if _, _, err := checks.UpdateCheckRun(ctx, req.Owner, req.Repo, run.id, opts); err != nil {
		return wrapf(req, "updating check run", err)
	}
	return nil
}

// abandon completes the run as cancelled after err stopped the review,
// so that it does not stay in progress for ever, and returns err.
func (r *Reviewer) abandon(ctx context.Context, checks Checks, req Request, run *checkRun, err error) error {
	summary := "The review stopped on an error and will run again on the next push, or when re-run: " + err.Error()
	opts := github.UpdateCheckRunOptions{Name: CheckName, Output: &github.CheckRunOutput{Title: github.String("Review failed"), Summary: &summary}}
	r.complete(&opts, "cancelled", run.externalID)
	if _, _, uerr := checks.UpdateCheckRun(ctx, req.Owner, req.Repo, run.id, opts); uerr != nil {
		return fmt.Errorf("%w (and cancelling the check run: %v)", err, uerr)
	}
	return err
}

// conclusion is failure when a finding reaches fail, neutral when there
// are findings below it, success when there are none.
func conclusion(files []*File, fail lint.Severity) string {
	c := "success"
	for _, f := range files {
		for _, fd := range f.all() {
			if fd.Severity >= fail {
				return "failure"
			}
			c = "neutral"
		}
	}
	return c
}

// annotations turns every finding into a check run annotation.
func annotations(files []*File) []*github.CheckRunAnnotation {
	var out []*github.CheckRunAnnotation
	for _, f := range files {
		for _, fd := range f.all() {
			out = append(out, annotation(f.Path, fd))
		}
	}
	return out
}

// annotation is one finding as an annotation; columns are given only on
// single-line findings, as GitHub requires.
func annotation(path string, fd lint.Finding) *github.CheckRunAnnotation {
	a := &github.CheckRunAnnotation{
		Path: github.String(path), StartLine: github.Int(fd.Line), EndLine: github.Int(max(fd.EndLine, fd.Line)),
		AnnotationLevel: github.String(level(fd.Severity)), Message: github.String(fd.Message), Title: github.String(fd.Rule),
	}
	if fd.EndLine == fd.Line && fd.Column > 0 {
		a.StartColumn, a.EndColumn = github.Int(fd.Column), github.Int(max(fd.EndColumn, fd.Column))
	}
	if fd.Suggestion != "" {
		a.RawDetails = github.String("Suggested rewrite:\n" + fd.Suggestion)
	}
	return a
}

// level maps a severity to an annotation level.
func level(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "failure"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}
