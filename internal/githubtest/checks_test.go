package githubtest_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// annotations makes n annotations on docPath.
func annotations(n int) []*github.CheckRunAnnotation {
	var out []*github.CheckRunAnnotation
	for i := range n {
		out = append(out, &github.CheckRunAnnotation{
			Path: github.String(docPath), StartLine: github.Int(i + 1), EndLine: github.Int(i + 1),
			AnnotationLevel: github.String("warning"), Message: github.String("blameful"),
		})
	}
	return out
}

func TestCheckRuns(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	sha := repo.HeadSHA("main")
	ctx := context.Background()
	run, resp, err := c.Checks.CreateCheckRun(ctx, "octo", "docs", github.CreateCheckRunOptions{
		Name: "Post-mortem review", HeadSHA: sha, Status: github.String("in_progress"),
	})
	wantStatus(t, resp, err, http.StatusCreated)
	for _, n := range []int{50, 20} {
		_, resp, err = c.Checks.UpdateCheckRun(ctx, "octo", "docs", run.GetID(), github.UpdateCheckRunOptions{
			Name:   "Post-mortem review",
			Output: &github.CheckRunOutput{Title: github.String("3 findings"), Summary: github.String("s"), Annotations: annotations(n)},
		})
		wantStatus(t, resp, err, http.StatusOK)
	}
	_, _, err = c.Checks.UpdateCheckRun(ctx, "octo", "docs", run.GetID(), github.UpdateCheckRunOptions{
		Name: "Post-mortem review", Conclusion: github.String("failure"),
	})
	if err != nil {
		t.Fatal(err)
	}
	got := repo.CheckRuns()
	if len(got) != 1 || len(got[0].Annotations) != 70 || got[0].Status != "completed" || got[0].Conclusion != "failure" {
		t.Errorf("CheckRuns: got %+v", got)
	}
	list, _, err := c.Checks.ListCheckRunsForRef(ctx, "octo", "docs", sha, nil)
	if err != nil || list.GetTotal() != 1 {
		t.Errorf("ListCheckRunsForRef: got %v, %v", list, err)
	}
}

func TestCheckRunErrors(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	sha := repo.HeadSHA("main")
	ctx := context.Background()
	cases := []struct {
		name string
		opts github.CreateCheckRunOptions
	}{
		{"completed without conclusion", github.CreateCheckRunOptions{Name: "n", HeadSHA: sha, Status: github.String("completed")}},
		{"unknown commit", github.CreateCheckRunOptions{Name: "n", HeadSHA: "0000000000000000000000000000000000000000"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, resp, err := c.Checks.CreateCheckRun(ctx, "octo", "docs", tc.opts)
			wantStatus(t, resp, err, http.StatusUnprocessableEntity)
		})
	}
	if n := len(repo.CheckRuns()); n != 0 {
		t.Errorf("check runs stored: got %d, want 0", n)
	}
}

// TestCheckRun51Annotations checks that more than 50 annotations in one
// request is answered 422 and, since the description caps the array at 50,
// reported to the test as a bad request.
func TestCheckRun51Annotations(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := githubtest.New(rec)
	if !s.Validates() {
		t.Skip("GitHub's REST description is not fetched: run scripts/setup")
	}
	repo := s.AddRepo("octo", "docs")
	c := client(t, s, s.InstallationToken(1))
	_, resp, err := c.Checks.CreateCheckRun(context.Background(), "octo", "docs", github.CreateCheckRunOptions{
		Name: "n", HeadSHA: repo.HeadSHA("main"),
		Output: &github.CheckRunOutput{Title: github.String("t"), Summary: github.String("s"), Annotations: annotations(51)},
	})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	if errs := rec.errors(); len(errs) != 1 || !strings.Contains(errs[0], "maximum number of items is 50") {
		t.Errorf("reported: got %q, want the 50-item limit", errs)
	}
	if n := len(repo.CheckRuns()); n != 0 {
		t.Errorf("check runs stored: got %d, want 0", n)
	}
}
