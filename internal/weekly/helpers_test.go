package weekly_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// weeklyNow is the clock of the summary tests: Wednesday 9 December
// 2026, in ISO week 2026-W50 (Monday 7 to Sunday 13 December).
var weeklyNow = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

// appBot is the login of the app's bot user, which opens the action
// issues.
const appBot = "postmortem-bot[bot]"

// markerLineRe finds action markers on lines of their own.
var markerLineRe = regexp.MustCompile(`(?m)^<!-- postmortem-bot:action doc=\S+ key=\S+ -->$`)

// weeklyConfig sets no default due dates, so that an action without one
// stays without one.
const weeklyConfig = "due_days:\n  SEV1: 0\n  SEV2: 0\n  SEV3: 0\n"

// testClock is a clock tests move; safe for the fake's goroutines.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

// Now reads the clock.
func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set moves the clock to t.
func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// weeklyFixture is a fake GitHub whose octo/docs has post-mortems merged
// and their action issues opened (and some closed) at past times.
type weeklyFixture struct {
	t       *testing.T
	srv     *githubtest.Server
	repo    *githubtest.Repo
	clients *githubapp.Clients
	gh      *github.Client
	clock   *testClock
	issues  map[string]int // action title → issue number
	weekly  *weekly.Weekly
}

// newWeeklyFixture starts the fake with octo/docs configured by cfg (none
// when empty), its clock at weeklyNow.
func newWeeklyFixture(t *testing.T, cfg string) *weeklyFixture {
	t.Helper()
	clock := &testClock{t: weeklyNow}
	srv := githubtest.New(t, githubtest.WithClock(clock.Now))
	repo := srv.AddRepo("octo", "docs", githubtest.Assignable("dana", "frank"))
	if cfg != "" {
		repo.PutFile("main", ".github/postmortem.yml", []byte(cfg))
	}
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	return &weeklyFixture{t: t, srv: srv, repo: repo, clients: clients, gh: clients.Installation(1), clock: clock,
		issues: map[string]int{}, weekly: &weekly.Weekly{Now: clock.Now}}
}

// pmDoc is a post-mortem in the default template with actions as task
// list items.
func pmDoc(title, date, sev, start, detect, end string, actions ...string) string {
	return fmt.Sprintf("# %s\n\n| Meeting | Value |\n| --- | --- |\n| Date | %s |\n\n## Timeline\n\n"+
		"| Incident | Value |\n| --- | --- |\n| Start Time | %s |\n| End Time | %s |\n| Detect Time | %s |\n\n"+
		"## Description\n\n> Severity: %s\n\n## Remediation\n\n- [ ] %s\n", title, date, start, end, detect, sev, strings.Join(actions, "\n- [ ] "))
}

// merge merges a pull request adding the post-mortem at path at the time
// at, as the app would, and records its issues by title.
func (f *weeklyFixture) merge(path, doc string, at time.Time) {
	f.t.Helper()
	f.clock.Set(at)
	defer f.clock.Set(weeklyNow)
	n := len(f.repo.Issues()) + len(f.issues) + 100 // a pull number no issue has
	f.repo.AddPull(n, "main", fmt.Sprintf("pm-%d", n), map[string][]byte{path: []byte(doc)})
	f.repo.MergePull(n)
	m := &actions.Merger{Now: func() time.Time { return at }}
	res, err := m.Merge(context.Background(), f.gh, actions.MergeRequest{Owner: "octo", Repo: "docs", DefaultBranch: "main", PullNumber: n, Bot: appBot})
	if err != nil {
		f.t.Fatalf("merging %s: %v", path, err)
	}
	for _, a := range res.Actions {
		f.issues[a.Title] = a.Issue
	}
}

// close closes the issue of the action titled title at the time at.
func (f *weeklyFixture) close(title string, at time.Time, reason string) {
	f.t.Helper()
	n, ok := f.issues[title]
	if !ok {
		f.t.Fatalf("no issue for %q", title)
	}
	f.repo.CloseIssueAt(n, at, reason)
}

// utc is a time in 2026 (or, with y, another year), UTC.
func utc(m time.Month, d, h, min int, y ...int) time.Time {
	year := 2026
	if len(y) > 0 {
		year = y[0]
	}
	return time.Date(year, m, d, h, min, 0, 0, time.UTC)
}

// setupWeeklySample fills octo/docs with five post-mortems, hand-checked
// in TestWeeklySummaryFirstRun:
//
//	A 2026-11-03 replica lag, SEV2, detect 7m, resolve 1h38m
//	  A1 dana due 12-01 (overdue), A2 erin (unassignable) due 12-11,
//	  A3 frank due 2027-01-15 but in milestone "Sprint 49" due 12-05 (overdue)
//	B 2026-11-20 DNS, SEV1, detect 30m, resolve 4h
//	  B1 frank due 12-04 closed 12-03, B2 dana due 12-08 closed 12-08,
//	  B3 no owner, no due date
//	C 2026-12-01 queue, SEV2, detect 5m, resolve 1h
//	  C1 dana due 12-10, C2 frank due 12-05 closed 12-07 (late),
//	  C3 dana closed 12-08 as not planned
//	E cache stampede (no date in its path), SEV3, 2026-10-01, detect 1h, resolve 8h
//	  E1 dana due 10-20 closed 10-25 (late)
//	D 2025-06-01 old outage, SEV3: D1 closed in 2025, D2 due 2025-08-01 open
func setupWeeklySample(t *testing.T, cfg string) *weeklyFixture {
	f := newWeeklyFixture(t, cfg)
	f.repo.AddMilestone(githubtest.Milestone{Title: "Sprint 49", DueOn: utc(12, 5, 0, 0)})
	f.merge("postmortems/2025-06-01-old.md", pmDoc("Old outage", "2025-06-01", "SEV3", "2025-06-01 10:00 UTC", "2025-06-01 10:30 UTC", "2025-06-01 11:00 UTC",
		"Retire the old load balancer — owner: @frank, due: 2025-07-01",
		"Move the status page off the old host — owner: @frank, due: 2025-08-01"), utc(6, 2, 10, 0, 2025))
	f.merge("postmortems/cache-stampede.md", pmDoc("Cache stampede", "2026-10-02", "SEV3", "2026-10-01 09:00 UTC", "2026-10-01 10:00 UTC", "2026-10-01 17:00 UTC",
		"Add jitter to cache expiry — owner: @dana, due: 2026-10-20, priority: P2"), utc(10, 2, 10, 0))
	f.merge("postmortems/2026-11-03-replica-lag.md", pmDoc("Replica lag outage", "2026-11-03", "SEV2", "2026-11-02 14:02 UTC", "2026-11-02 14:09 UTC", "2026-11-02 15:40 UTC",
		"Add a replication-lag alert — owner: @dana, due: 2026-12-01, priority: P1",
		"Write a runbook for replica rebuilds — owner: @erin, due: 2026-12-11, priority: P2",
		"Rotate the replica credentials — owner: @frank, due: 2027-01-15, priority: P2, milestone: Sprint 49"), utc(11, 4, 10, 0))
	f.merge("postmortems/2026-11-20-dns.md", pmDoc("DNS resolution failures", "2026-11-20", "SEV1", "2026-11-19 08:00 UTC", "2026-11-19 08:30 UTC", "2026-11-19 12:00 UTC",
		"Lower the DNS TTL on the API records — owner: @frank, due: 2026-12-04, priority: P1",
		"Add a resolver health check — owner: @dana, due: 2026-12-08, priority: P1",
		"Document the DNS failover steps — priority: P3"), utc(11, 20, 12, 0))
	f.merge("postmortems/2026-12-01-queue.md", pmDoc("Queue backlog", "2026-12-01", "SEV2", "2026-11-30 22:00 UTC", "2026-11-30 22:05 UTC", "2026-11-30 23:00 UTC",
		"Cap the queue consumer's batch size — owner: @dana, due: 2026-12-10, priority: P1",
		"Alert on queue age over 5 minutes — owner: @frank, due: 2026-12-05, priority: P2",
		"Decide on a dead-letter queue — owner: @dana, due: 2026-12-31, priority: P3"), utc(12, 2, 9, 0))
	f.close("Retire the old load balancer", utc(6, 20, 10, 0, 2025), "")
	f.close("Add jitter to cache expiry", utc(10, 25, 10, 0), "")
	f.close("Lower the DNS TTL on the API records", utc(12, 3, 12, 0), "")
	f.close("Alert on queue age over 5 minutes", utc(12, 7, 9, 0), "")
	f.close("Add a resolver health check", utc(12, 8, 10, 0), "")
	f.close("Decide on a dead-letter queue", utc(12, 8, 15, 0), "not_planned")
	f.srv.ResetCalls()
	return f
}

// run runs the summary of octo/docs and fails the test on an error.
func (f *weeklyFixture) run(dry bool) *weekly.Result {
	f.t.Helper()
	res, err := f.weekly.Run(context.Background(), f.gh, weekly.Request{Owner: "octo", Repo: "docs", DryRun: dry, Bot: appBot})
	if err != nil {
		f.t.Fatalf("summary: %v", err)
	}
	return res
}

// summaries returns the issues of repo carrying the summary label.
func summaries(repo *githubtest.Repo) []githubtest.Issue {
	var out []githubtest.Issue
	for _, is := range repo.Issues() {
		for _, l := range is.Labels {
			if l == weekly.SummaryLabel {
				out = append(out, is)
			}
		}
	}
	return out
}

// weeklyCalls returns the REST calls since the last reset without token
// requests, how many were writes, and how many 304s.
func weeklyCalls(srv *githubtest.Server) (calls []githubtest.Call, writes, notModified int) {
	for _, c := range srv.Calls() {
		if strings.HasPrefix(c.Path, "/app/") {
			continue
		}
		calls = append(calls, c)
		if c.Method != "GET" {
			writes++
		}
		if c.Cached {
			notModified++
		}
	}
	return calls, writes, notModified
}

// ref is the Markdown link text of the issue of the action titled title.
func (f *weeklyFixture) ref(title string) string {
	return fmt.Sprintf("[#%d](https://github.com/octo/docs/issues/%d)", f.issues[title], f.issues[title])
}
