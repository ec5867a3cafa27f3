package review_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp/githubapptest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
)

// findingAt is a rule reported on a line.
type findingAt struct {
	rule string
	line int
}

// wantFindings are findings the linter must report in outage.
var wantFindings = []findingAt{
	{"fields/missing", 1}, {"language/judgement", 22}, {"language/counterfactual", 23},
	{"actions/no-owner", 28}, {"language/hindsight", 34},
}

func TestReviewAddsCheckRunAndReview(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))

	runs := f.repo.CheckRuns()
	if len(runs) != 1 {
		t.Fatalf("check runs: got %d, want 1", len(runs))
	}
	run := runs[0]
	if run.Name != "Post-mortem review" || run.HeadSHA != sha || run.Status != "completed" || run.Conclusion != "failure" {
		t.Errorf("check run: got %q on %s, %s/%s; want Post-mortem review on %s, completed/failure", run.Name, run.HeadSHA, run.Status, run.Conclusion, sha)
	}
	annotated := map[findingAt]githubtest.Annotation{}
	for _, a := range run.Annotations {
		annotated[findingAt{a.Title, a.StartLine}] = a
	}
	for _, w := range wantFindings {
		a, ok := annotated[w]
		if !ok || a.Path != docPath {
			t.Errorf("annotation %s at line %d: missing (got %v)", w.rule, w.line, run.Annotations)
		}
	}
	if a := annotated[findingAt{"actions/no-owner", 28}]; a.AnnotationLevel != "failure" {
		t.Errorf("no-owner level: got %q, want failure", a.AnnotationLevel)
	}
	for _, want := range []string{"| actions |", "| Write a runbook for index changes | **none** | 2026-12-20 |", "```mermaid", "Time to detect: **7m**; time to resolve: **1h38m**"} {
		if !strings.Contains(run.Summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, run.Summary)
		}
	}
	checkReview(t, f.repo.Reviews(1), sha, len(lintAnnotations(run)))
}

// checkReview checks the one review of the pull request: a comment per
// finding on its line, suggestions where the linter has a rewrite.
func checkReview(t *testing.T, reviews []githubtest.Review, sha string, findings int) {
	t.Helper()
	if len(reviews) != 1 {
		t.Fatalf("reviews: got %d, want 1", len(reviews))
	}
	rv := reviews[0]
	if rv.State != "COMMENTED" || rv.CommitID != sha || !strings.Contains(rv.Body, "<!-- postmortem-bot:review sha="+sha+" -->") {
		t.Errorf("review: got %s on %s, body %q", rv.State, rv.CommitID, rv.Body)
	}
	if len(rv.Comments) != findings {
		t.Errorf("comments: got %d, want %d (a file added in full has every line in the diff)", len(rv.Comments), findings)
	}
	byLine := map[findingAt]githubtest.ReviewComment{}
	for _, c := range rv.Comments {
		rule := strings.TrimSuffix(strings.TrimPrefix(c.Body[strings.LastIndex(c.Body, "rule="):], "rule="), " -->")
		byLine[findingAt{rule, c.Line}] = c
	}
	for _, w := range wantFindings {
		if _, ok := byLine[w]; !ok {
			t.Errorf("no comment %s on line %d", w.rule, w.line)
		}
	}
	hind := byLine[findingAt{"language/hindsight", 34}].Body
	if !strings.Contains(hind, "```suggestion\nThe deploy simply restarted the primary.\n```") {
		t.Errorf("hindsight comment: got %q, want a suggestion block", hind)
	}
	if judge := byLine[findingAt{"language/judgement", 22}].Body; strings.Contains(judge, "```suggestion") {
		t.Errorf("judgement comment has a suggestion but the linter offers none: %q", judge)
	}
}

func TestRedeliveryWritesNothing(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	ev := f.pullEvent("opened", 1, sha, false)
	f.deliver("pull_request", ev)
	first, _ := f.apiCalls()
	f.srv.ResetCalls()
	f.deliver("pull_request", ev)
	f.deliver("check_suite", f.checkSuiteEvent("requested", 1, sha))
	if n := len(f.repo.CheckRuns()); n != 1 {
		t.Errorf("check runs after redelivery: got %d, want 1", n)
	}
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews after redelivery: got %d, want 1", n)
	}
	again, cached := f.apiCalls()
	t.Logf("first review: %d calls: %v", len(first), first)
	t.Logf("redelivery + check_suite: %d calls, %d of them 304: %v", len(again), cached, again)
	for _, c := range again {
		if c.Method != "GET" {
			t.Errorf("redelivery wrote: %v", c)
		}
	}
}

func TestPushChangingNothingRelevantAddsNoComments(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	// The fake cannot push to an open pull request: reopening number 1
	// from a new branch stands in for a push that adds a README change.
	sha2 := f.openPull(1, "pm2", map[string][]byte{docPath: []byte(outage), "README.md": []byte("# Docs\n")})
	f.deliver("pull_request", f.pullEvent("synchronize", 1, sha2, false))
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews after push: got %d, want 1", n)
	}
	runs := f.repo.CheckRuns()
	if len(runs) != 2 || runs[1].HeadSHA != sha2 || runs[1].Conclusion != "failure" {
		t.Errorf("check runs after push: got %+v, want a second failing one on %s", runs, sha2)
	}
}

func TestFindingsOutsideDiffGoToBody(t *testing.T) {
	f := setup(t)
	f.repo.PutFile("main", docPath, []byte(outage))
	changed := strings.Replace(outage, "Obviously the deploy", "Of course the deploy", 1)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(changed)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	rv := f.repo.Reviews(1)
	if len(rv) != 1 {
		t.Fatalf("reviews: got %d, want 1", len(rv))
	}
	for _, want := range []string{"`" + docPath + ":22` **language/judgement**", "`" + docPath + ":28` **actions/no-owner**"} {
		if !strings.Contains(rv[0].Body, want) {
			t.Errorf("review body lacks %q:\n%s", want, rv[0].Body)
		}
	}
	for _, c := range rv[0].Comments {
		if c.Line < 31 {
			t.Errorf("comment on line %d, outside the diff's hunk: %q", c.Line, c.Body)
		}
	}
}

func TestManyFindingsAnnotatedInBatches(t *testing.T) {
	f := setup(t)
	var b strings.Builder
	b.WriteString(outage + "\n## Additional Info\n\n")
	for i := range 110 {
		fmt.Fprintf(&b, "- %02d:%02d UTC Bob carelessly retried step %d.\n", 16+i/60, i%60, i)
	}
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(b.String())})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	run := f.repo.CheckRuns()[0]
	if len(run.Annotations) <= 100 {
		t.Fatalf("annotations: got %d, want more than 100 for this test", len(run.Annotations))
	}
	if want := (len(run.Annotations) + 49) / 50; run.Updates != want {
		t.Errorf("check run updates: got %d, want %d for %d annotations", run.Updates, want, len(run.Annotations))
	}
	if run.Conclusion != "failure" {
		t.Errorf("conclusion: got %q, want failure", run.Conclusion)
	}
	if rv := f.repo.Reviews(1); len(rv) != 1 || len(rv[0].Comments) != len(lintAnnotations(run)) {
		t.Errorf("review: got %d reviews, want 1 with %d comments", len(rv), len(lintAnnotations(run)))
	}
}

func TestBrokenConfigFailsCheck(t *testing.T) {
	f := setup(t)
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("review:\n  event: comment\nfail_onn: error\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 || runs[0].Conclusion != "failure" {
		t.Fatalf("check runs: got %+v, want one failure", runs)
	}
	if !strings.Contains(runs[0].Summary, ".github/postmortem.yml:3:1: fail_onn") {
		t.Errorf("summary does not name the key and line:\n%s", runs[0].Summary)
	}
	if n := len(f.repo.Reviews(1)); n != 0 {
		t.Errorf("reviews: got %d, want 0", n)
	}
}

func TestDrafts(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, true))
	if n := len(f.repo.CheckRuns()); n != 0 {
		t.Errorf("check runs on a draft: got %d, want 0", n)
	}
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("review:\n  drafts: true\n  event: request_changes\n"))
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, true))
	if n := len(f.repo.CheckRuns()); n != 1 {
		t.Errorf("check runs on a draft with drafts: true: got %d, want 1", n)
	}
	if rv := f.repo.Reviews(1); len(rv) != 1 || rv[0].State != "CHANGES_REQUESTED" {
		t.Errorf("reviews: got %+v, want one CHANGES_REQUESTED", rv)
	}
}

func TestPullWithoutPostmortem(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{"README.md": []byte("# Docs\n"), "postmortems/README.md": []byte("# Index\n")})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 || runs[0].Conclusion != "success" || runs[0].Title != "No post-mortems to review" {
		t.Errorf("check runs: got %+v, want one success saying nothing to review", runs)
	}
	if n := len(f.repo.Reviews(1)); n != 0 {
		t.Errorf("reviews: got %d, want 0", n)
	}
}

func TestCallCount(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	ev := f.pullEvent("opened", 1, sha, false)
	f.deliver("pull_request", ev)
	first, _ := f.apiCalls()
	for i := range 2 {
		f.srv.ResetCalls()
		used := f.srv.RateLimitUsed("core")
		f.deliver("pull_request", ev)
		calls, cached := f.apiCalls()
		t.Logf("repeat %d: %d calls, %d answered 304, %d counted against the rate limit: %v",
			i+1, len(calls), cached, f.srv.RateLimitUsed("core")-used, calls)
		if len(calls) > 5 {
			t.Errorf("repeat %d: got %d calls, want at most 5", i+1, len(calls))
		}
	}
	t.Logf("first review: %d calls: %v", len(first), first)
}

func TestCheckRunRerequestedRunsAgainWithoutNewReview(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	f.deliver("check_run", f.checkRunEvent(1, sha))
	runs := f.repo.CheckRuns()
	if len(runs) != 2 || runs[1].Conclusion != runs[0].Conclusion || len(runs[1].Annotations) != len(runs[0].Annotations) {
		t.Errorf("check runs: got %d, want a second, identical one", len(runs))
	}
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews: got %d, want 1", n)
	}
}

func TestRepeatWithConfigCostsNoRateLimit(t *testing.T) {
	f := setup(t)
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("fail_on: warning\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	ev := f.pullEvent("opened", 1, sha, false)
	for range 2 {
		f.deliver("pull_request", ev)
	}
	f.srv.ResetCalls()
	used := f.srv.RateLimitUsed("core")
	f.deliver("pull_request", ev)
	calls, cached := f.apiCalls()
	t.Logf("third delivery: %d calls, %d answered 304: %v", len(calls), cached, calls)
	if got := f.srv.RateLimitUsed("core") - used; got != 0 || cached != len(calls) {
		t.Errorf("third delivery: %d calls counted against the rate limit, %d of %d were 304; want 0, all", got, cached, len(calls))
	}
}

func TestFixedConfigReviewsTheSameCommit(t *testing.T) {
	f := setup(t)
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("fail_onn: error\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	ev := f.pullEvent("opened", 1, sha, false)
	f.deliver("pull_request", ev)
	f.deliver("pull_request", ev)
	if n := len(f.repo.CheckRuns()); n != 1 {
		t.Errorf("check runs after redelivery with the broken config: got %d, want 1", n)
	}
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("fail_on: error\n"))
	f.deliver("check_run", f.checkRunEvent(1, sha))
	runs := f.repo.CheckRuns()
	if len(runs) != 2 || runs[1].Title == runs[0].Title {
		t.Errorf("check runs after the fix: got %d, want a second one reviewing the post-mortem", len(runs))
	}
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews after the fix: got %d, want 1", n)
	}
}

func TestIgnoredActions(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.srv.ResetCalls()
	f.deliver("pull_request", f.pullEvent("labeled", 1, sha, false))
	f.deliver("check_suite", f.checkSuiteEvent("completed", 1, sha))
	if calls, _ := f.apiCalls(); len(calls) != 0 {
		t.Errorf("calls for events asking for no review: got %v, want none", calls)
	}
}

// A review stopped right after it opened its check run (its process was
// killed) goes on in that run when it runs again: one check run on the
// commit, completed, and one review.
func TestReviewStoppedAfterItsCheckRunGoesOnInIt(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	ctx, kill := context.WithCancel(context.Background())
	defer kill()
	opened := false
	h := handlers.NewReviewHandler(githubapptest.HookClients{Clients: f.clients, Before: func(r *http.Request) {
		if opened {
			kill()
		}
		opened = opened || r.Method == "POST" && strings.HasSuffix(r.URL.Path, "/check-runs")
	}}, &review.Reviewer{Now: func() time.Time { return now }}, nil)
	if err := h.Handle(ctx, f.event("pull_request", f.pullEvent("opened", 1, sha, false))); err == nil {
		t.Fatal("the review was stopped, but it reported no error")
	}
	if runs := f.repo.CheckRuns(); len(runs) != 1 || runs[0].Status == "completed" {
		t.Fatalf("after the stop: %+v, want one check run in progress", runs)
	}
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 || runs[0].Status != "completed" || len(f.repo.Reviews(1)) != 1 {
		t.Errorf("check runs %+v and %d reviews, want one completed run and one review", runs, len(f.repo.Reviews(1)))
	}
}
