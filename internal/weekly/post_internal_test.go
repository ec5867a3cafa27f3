package weekly

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"
)

// fakeIssues keeps a repository's issues in memory, answering the calls
// of issuesAPI as GitHub would for one page; the summary's posting runs
// on it without HTTP.
type fakeIssues struct {
	issues   []*github.Issue
	comments map[int][]string
	labels   []string // labels ensured
}

func (f *fakeIssues) ListByRepo(_ context.Context, _, _ string, opts *github.IssueListByRepoOptions) ([]*github.Issue, *github.Response, error) {
	var out []*github.Issue
	for _, is := range f.issues {
		if is.GetState() == opts.State && hasLabels(is, opts.Labels) {
			out = append(out, is)
		}
	}
	return out, &github.Response{}, nil
}

func (f *fakeIssues) Create(_ context.Context, _, _ string, ir *github.IssueRequest) (*github.Issue, *github.Response, error) {
	is := &github.Issue{Number: github.Int(len(f.issues) + 1), State: github.String("open"), Title: ir.Title, Body: ir.Body}
	for _, l := range ir.GetLabels() {
		is.Labels = append(is.Labels, &github.Label{Name: github.String(l)})
	}
	f.issues = append(f.issues, is)
	return is, &github.Response{}, nil
}

func (f *fakeIssues) Edit(_ context.Context, _, _ string, n int, ir *github.IssueRequest) (*github.Issue, *github.Response, error) {
	is := f.issues[n-1]
	is.Title, is.Body, is.State = cmp.Or(ir.Title, is.Title), cmp.Or(ir.Body, is.Body), cmp.Or(ir.State, is.State)
	return is, &github.Response{}, nil
}

func (f *fakeIssues) CreateComment(_ context.Context, _, _ string, n int, c *github.IssueComment) (*github.IssueComment, *github.Response, error) {
	if f.comments == nil {
		f.comments = map[int][]string{}
	}
	f.comments[n] = append(f.comments[n], c.GetBody())
	return c, &github.Response{}, nil
}

// hasLabels reports whether is carries every label of want.
func hasLabels(is *github.Issue, want []string) bool {
	var have []string
	for _, l := range is.Labels {
		have = append(have, l.GetName())
	}
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// add adds an open summary issue of repo for week.
func (f *fakeIssues) add(repo, week string) {
	f.issues = append(f.issues, &github.Issue{Number: github.Int(len(f.issues) + 1), State: github.String("open"),
		Body: github.String("Summary.\n\n" + summaryMarker(repo, week)), Labels: []*github.Label{{Name: github.String(SummaryLabel)}}})
}

func TestPublishOpensUpdatesAndCloses(t *testing.T) {
	f := &fakeIssues{}
	f.add("octo/docs", "2026-W49") // #1: last week's, closed by this week's
	f.add("octo/api", "2026-W49")  // #2: another repository's, left alone
	target := summaryTarget{issues: f, owner: "octo", repo: "docs",
		ensureLabel: func(_ context.Context, name, _, _ string) (string, error) {
			f.labels = append(f.labels, name)
			return name, nil
		}}
	s := &weeklySummary{src: summarySource{repo: "octo/docs"}, clock: newWeekClock(time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC), time.UTC)}
	publishBody := func(body string) *Result {
		t.Helper()
		res := &Result{Markdown: body + "\n" + summaryMarker("octo/docs", "2026-W50")}
		if err := publish(context.Background(), target, s, res); err != nil {
			t.Fatal(err)
		}
		return res
	}

	res := publishBody("first")
	if !res.Created || res.Issue != 3 || !reflect.DeepEqual(res.Closed, []int{1}) || !reflect.DeepEqual(f.labels, []string{SummaryLabel}) {
		t.Errorf("first run: got %+v, labels %v; want #3 created, #1 closed, the label ensured", res, f.labels)
	}
	if f.issues[0].GetState() != "closed" || len(f.comments[1]) != 1 || f.issues[1].GetState() != "open" {
		t.Errorf("issues after the first run: #1 %s with comments %q, #2 %s; want #1 closed with one comment, #2 open",
			f.issues[0].GetState(), f.comments[1], f.issues[1].GetState())
	}
	if res := publishBody("first"); res.Created || res.Updated || res.Issue != 3 || len(res.Closed) != 0 {
		t.Errorf("same body again: got %+v, want #3 left as it is", res)
	}
	if res := publishBody("second"); !res.Updated || res.Issue != 3 || len(f.issues) != 3 {
		t.Errorf("new body: got %+v and %d issues, want #3 updated and no new issue", res, len(f.issues))
	}
}
