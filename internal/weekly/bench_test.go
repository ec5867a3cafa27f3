package weekly_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// Size of the repository at scale: one post-mortem every 3.65 days for
// five years, each with ten actions.
const (
	scaleDocs       = 500
	scaleActionsPer = 10
	scaleSpacing    = 365 * 24 * time.Hour / 100 // 3.65 days
)

// scaleOwners are the owners of the actions at scale, in turn.
var scaleOwners = []string{"dana", "frank", "kim", "lee", "sam"}

// newScaleRepo fills octo/docs with scaleDocs post-mortems, dated in
// their paths as `new` names them, and their scaleDocs×scaleActionsPer
// action issues with the bodies the merge writes. Actions of incidents
// older than 26 weeks are closed but for one in ten post-mortems; of the
// newer ones, every other is closed, a few days after it was opened.
func newScaleRepo(t testing.TB, srv *githubtest.Server) *githubtest.Repo {
	repo := srv.AddRepo("octo", "docs", githubtest.Assignable(scaleOwners...))
	files := map[string][]byte{".github/postmortem.yml": []byte(weeklyConfig)}
	first := weeklyNow.Add(-scaleDocs * scaleSpacing)
	for i := range scaleDocs {
		start := first.Add(time.Duration(i) * scaleSpacing).Truncate(time.Minute)
		path := fmt.Sprintf("postmortems/%s-incident-%03d.md", start.Format(time.DateOnly), i)
		var actions []string
		for j := range scaleActionsPer {
			actions = append(actions, fmt.Sprintf("Action %d of incident %d — owner: @%s, due: %s", j, i,
				scaleOwners[(i+j)%len(scaleOwners)], start.AddDate(0, 0, 14+3*j).Format(time.DateOnly)))
		}
		sev := fmt.Sprintf("SEV%d", 1+i%3)
		doc := pmDoc(fmt.Sprintf("Incident %d", i), start.Format(time.DateOnly), sev, start.Format("2006-01-02 15:04 UTC"),
			start.Add(time.Duration(5+i%40)*time.Minute).Format("2006-01-02 15:04 UTC"), start.Add(time.Duration(60+i%300)*time.Minute).Format("2006-01-02 15:04 UTC"), actions...)
		files[path] = []byte(doc)
		addScaleIssues(repo, i, path, sev, start, actions)
	}
	repo.PutFiles("main", files, "Add post-mortems")
	return repo
}

// addScaleIssues opens (and closes, as newScaleRepo says) the issues of
// post-mortem i's actions.
func addScaleIssues(repo *githubtest.Repo, i int, path, sev string, start time.Time, actions []string) {
	opened := start.Add(24 * time.Hour)
	old := weeklyNow.Sub(start) > 26*7*24*time.Hour
	for j, a := range actions {
		title, fields, _ := strings.Cut(a, " — ")
		owner := scaleOwners[(i+j)%len(scaleOwners)]
		n := repo.AddIssue(githubtest.Issue{Title: title, Body: scaleBody(path, sev, start, a, j, fields),
			Labels: []string{"postmortem-action", "severity:" + sev}, Assignees: []string{owner}, User: "postmortem-bot[bot]", CreatedAt: opened})
		closed := opened.Add(time.Duration(2+j) * 24 * time.Hour)
		if (old && !(j == 0 && i%10 == 0)) || (!old && j%2 == 0 && closed.Before(weeklyNow)) {
			repo.CloseIssueAt(n, closed, "")
		}
	}
}

// scaleBody is an action issue's body as the merge writes it.
func scaleBody(path, sev string, start time.Time, action string, j int, fields string) string {
	due := fields[strings.Index(fields, "due: ")+5:]
	return fmt.Sprintf("An action from a post-mortem, as written:\n\n```markdown\n- [ ] %s\n```\n\n[`%s` line %d](https://github.com/octo/docs/blob/main/%s#L%d)\n\n"+
		"**Incident:** Incident\n**Severity:** %s\n**Date:** %s\n**Due:** %s, as the post-mortem says.\n\n"+
		"The post-mortem is the record: the issue number is written next to the action, and closing, reopening or reassigning this issue updates it.\n\n"+
		"<!-- postmortem-bot:action doc=%s key=%012x -->\n", action, path, 24+j, path, 24+j, sev, start.Format(time.DateOnly), due, path, j)
}

// scaleRun is one summary run's cost.
type scaleRun struct {
	calls, full, notModified, writes, docsRead int
	wall                                       time.Duration
	kinds                                      map[string]int // calls by kind: "GET issues", "GET contents"...
}

// runAtScale runs w on gh and measures it.
func runAtScale(t testing.TB, srv *githubtest.Server, w *weekly.Weekly, gh *github.Client) scaleRun {
	srv.ResetCalls()
	start := time.Now()
	res, err := w.Run(context.Background(), gh, weekly.Request{Owner: "octo", Repo: "docs"})
	wall := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	calls, writes, notModified := weeklyCalls(srv)
	kinds := map[string]int{}
	for _, c := range calls {
		parts := strings.Split(c.Path, "/")
		kinds[c.Method+" "+parts[min(4, len(parts)-1)]]++
	}
	return scaleRun{calls: len(calls), full: len(calls) - notModified - writes, notModified: notModified, writes: writes,
		docsRead: res.DocsRead, wall: wall, kinds: kinds}
}

// newScaleClients are the app's clients on srv, with empty caches, as in
// a new process.
func newScaleClients(t *testing.T, srv *githubtest.Server) *github.Client {
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	return clients.Installation(1)
}

// One summary of a repository with 500 post-mortems and 5,000 action
// issues: the calls it makes and its wall time (the fake's work and the
// loopback included), on a first run, a second run in the same process
// (HTTP cache and remembered documents) and a run in a new process.
func TestWeeklyAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 5,000 issues")
	}
	clock := &testClock{t: weeklyNow}
	srv := githubtest.New(t, githubtest.WithClock(clock.Now))
	setup := time.Now()
	newScaleRepo(t, srv)
	t.Logf("setup: %d post-mortems, %d issues in %v", scaleDocs, scaleDocs*scaleActionsPer, time.Since(setup).Round(time.Millisecond))
	gh, w := newScaleClients(t, srv), &weekly.Weekly{Now: clock.Now}
	runs := []struct {
		name string
		run  func() scaleRun
	}{
		{"first run", func() scaleRun { return runAtScale(t, srv, w, gh) }},
		{"second run, same process", func() scaleRun { return runAtScale(t, srv, w, gh) }},
		{"third run, same process", func() scaleRun { return runAtScale(t, srv, w, gh) }},
		{"run in a new process", func() scaleRun { return runAtScale(t, srv, &weekly.Weekly{Now: clock.Now}, newScaleClients(t, srv)) }},
	}
	for i, r := range runs {
		got := r.run()
		t.Logf("%s: %d calls (%d answered in full, %d 304s, %d writes), %d documents read, %v; %v",
			r.name, got.calls, got.full, got.notModified, got.writes, got.docsRead, got.wall.Round(time.Millisecond), got.kinds)
		if got.calls > 50 {
			t.Errorf("%s: %d calls, want a few dozen at most", r.name, got.calls)
		}
		// The second run sees the summary listing changed by the first's
		// new issue; the third sees nothing changed.
		if i == 2 && (got.full != 0 || got.writes != 0 || got.docsRead != 0) {
			t.Errorf("%s: %+v, want only 304s", r.name, got)
		}
	}
}
