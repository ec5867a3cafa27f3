package review

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// memChecks keeps check runs in memory, as GitHub's checks API would.
type memChecks struct {
	runs    []*github.CheckRun
	updates int
}

func (m *memChecks) ListCheckRunsForRef(_ context.Context, _, _, ref string, opts *github.ListCheckRunsOptions) (*github.ListCheckRunsResults, *github.Response, error) {
	res := &github.ListCheckRunsResults{}
	for _, cr := range m.runs {
		if cr.GetHeadSHA() == ref && cr.GetName() == opts.GetCheckName() {
			res.CheckRuns = append(res.CheckRuns, cr)
		}
	}
	return res, &github.Response{}, nil
}

func (m *memChecks) CreateCheckRun(_ context.Context, _, _ string, opts github.CreateCheckRunOptions) (*github.CheckRun, *github.Response, error) {
	cr := &github.CheckRun{ID: github.Int64(int64(len(m.runs) + 1)), Name: &opts.Name, HeadSHA: &opts.HeadSHA,
		Status: opts.Status, ExternalID: opts.ExternalID, Output: &github.CheckRunOutput{}}
	m.runs = append(m.runs, cr)
	return cr, &github.Response{}, nil
}

func (m *memChecks) UpdateCheckRun(_ context.Context, _, _ string, id int64, opts github.UpdateCheckRunOptions) (*github.CheckRun, *github.Response, error) {
	m.updates++
	cr := m.runs[id-1]
	if opts.Status != nil {
		cr.Status, cr.Conclusion, cr.ExternalID = opts.Status, opts.Conclusion, opts.ExternalID
	}
	cr.Output.Title, cr.Output.Summary = opts.Output.Title, opts.Output.Summary
	cr.Output.Annotations = append(cr.Output.Annotations, opts.Output.Annotations...)
	return cr, &github.Response{}, nil
}

// withFindings is one file with n warnings on lines 1 to n.
func withFindings(n int) []*File {
	f := &File{Path: "postmortems/a.md"}
	for i := 1; i <= n; i++ {
		f.Findings = append(f.Findings, lint.Finding{Rule: "language", Severity: lint.Warning, Line: i, EndLine: i, Message: "vague"})
	}
	return []*File{f}
}

// A review's check run goes from started to done under its
// configuration, its annotations sent 50 at a time; another app's run on
// the commit is never taken for ours.
func TestCheckRunLifecycleWithoutHTTP(t *testing.T) {
	ctx := context.Background()
	req := Request{Owner: "octo", Repo: "docs", PullNumber: 1, HeadSHA: "abc", DefaultBranch: "main"}
	checks := &memChecks{runs: []*github.CheckRun{{ID: github.Int64(1), Name: github.String(CheckName), HeadSHA: github.String("abc"),
		Status: github.String("completed"), ExternalID: github.String("other-app"), Output: &github.CheckRunOutput{}}}}
	r := &Reviewer{Now: func() time.Time { return time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC) }}
	if prior, err := findRun(ctx, checks, req); err != nil || prior != nil {
		t.Fatalf("before the review: found %+v (%v), want none of ours", prior, err)
	}
	run, err := r.startRun(ctx, checks, req, "cfg1")
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{Files: withFindings(120)}
	if err := r.finishRun(ctx, checks, req, config.Default(), run, res); err != nil {
		t.Fatal(err)
	}
	got := checks.runs[run.id-1]
	if checks.updates != 3 || len(got.Output.Annotations) != 120 || got.GetStatus() != "completed" {
		t.Errorf("%d updates, %d annotations, status %q; want 3, 120, completed", checks.updates, len(got.Output.Annotations), got.GetStatus())
	}
	if res.Conclusion != "neutral" || got.GetConclusion() != "neutral" {
		t.Errorf("conclusion %q on the run %q, want neutral for warnings", res.Conclusion, got.GetConclusion())
	}
	prior, err := findRun(ctx, checks, req)
	if err != nil || prior == nil || prior.id != run.id {
		t.Fatalf("after the review: found %+v (%v), want run %d", prior, err, run.id)
	}
	if !prior.done("cfg1") || prior.done("cfg2") || !prior.reviewed() {
		t.Errorf("run %+v: want done and reviewed under cfg1 only", prior)
	}
}

// A run left in progress is taken up by the next review under the same
// configuration; one the review cancelled on an error is not done, so the
// next review starts afresh.
func TestStoppedReviewCancelsItsRunWithoutHTTP(t *testing.T) {
	ctx := context.Background()
	req := Request{Owner: "octo", Repo: "docs", PullNumber: 1, HeadSHA: "abc"}
	checks := &memChecks{}
	r := &Reviewer{}
	run, err := r.startRun(ctx, checks, req, "cfg1")
	if err != nil {
		t.Fatal(err)
	}
	if again := run.unfinished("cfg1", false); again != run {
		t.Errorf("an in-progress run under the same configuration: got %+v, want it taken up", again)
	}
	stop := context.Canceled
	if err := r.abandon(ctx, checks, req, run, stop); err != stop {
		t.Errorf("abandon returned %v, want the error that stopped the review", err)
	}
	got := checks.runs[0]
	if got.GetConclusion() != "cancelled" || !strings.Contains(got.Output.GetSummary(), stop.Error()) {
		t.Errorf("abandoned run: %q, %q; want cancelled, naming the error", got.GetConclusion(), got.Output.GetSummary())
	}
	prior, err := findRun(ctx, checks, req)
	if err != nil || prior == nil || prior.done("cfg1") || prior.unfinished("cfg1", false) != nil {
		t.Errorf("after the cancel: found %+v (%v), want a run neither done nor to go on in", prior, err)
	}
}
