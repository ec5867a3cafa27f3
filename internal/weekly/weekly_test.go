package weekly_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// The figures of setupWeeklySample at weeklyNow. The windows start on
// 2026-11-11 10:00 (4 weeks) and 2026-09-09 10:00 (13 weeks).
//
// 4 weeks: incidents B and C; detect 30m 5m (median rank 1 = 5m, p90
// rank 2 = 30m), resolve 4h 1h. Opened B1-3 and C1-3; closed B1 (13
// days), B2 (17 days 22 hours: 17), C2 (5 days), C3 not planned; days 5
// 13 17: median 13; on time B1 and B2, not C2: 2 of 3.
//
// 13 weeks adds A and E: detect 5 7 30 60m (median rank 2 = 7m, p90
// rank 4 = 1h), resolve 1h 1h38m 4h 8h. Opened adds A1-3 and E1; closed
// adds E1 (23 days, late): days 5 13 17 23, median 13; on time 2 of 4.
// D is older: its document is not even read.
var sampleFigures = []string{
	"| Incidents | 2 | 4 |",
	"| By severity | SEV1: 1, SEV2: 1 | SEV1: 1, SEV2: 2, SEV3: 1 |",
	"| Time to detect, median | 5m (n=2) | 7m (n=4) |",
	"| Time to detect, 90th percentile | 30m (n=2) | 1h00m (n=4) |",
	"| Time to resolve, median | 1h00m (n=2) | 1h38m (n=4) |",
	"| Time to resolve, 90th percentile | 4h00m (n=2) | 8h00m (n=4) |",
	"| Actions opened / closed | 6 / 3 (+1 not planned) | 10 / 4 (+1 not planned) |",
	"| Median days to close | 13 (n=3) | 13 (n=4) |",
	"| Closed by their due date | 67% (2 of 3) | 50% (2 of 4) |",
}

// sampleChart is the open actions at the end of weeks W39 to W50: D2
// throughout, E1 from 2 to 25 October, A from 4 November, B from 20
// November (B1 to 3 December), C from 2 December, then this week's
// closures.
const sampleChart = `    bar [1, 2, 2, 2, 1, 1, 4, 4, 7, 7, 9, 6]`

func TestWeeklySummaryFirstRun(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	res := f.run(false)
	if !res.Created || res.Updated || res.Week != "2026-W50" || res.Target != "octo/docs" || res.OpenActions != 6 || res.DocsRead != 4 {
		t.Fatalf("result: %+v", res)
	}
	all := summaries(f.repo)
	if len(all) != 1 || all[0].Number != res.Issue || all[0].Title != "Post-mortem actions: week 2026-W50" || all[0].State != "open" {
		t.Fatalf("summary issues: %+v", all)
	}
	body := all[0].Body
	for _, want := range append(sampleFigures, sampleChart,
		"**6 open actions** from 4 post-mortems of octo/docs: **3 overdue**, 2 due this week, 1 later. 2 without an owner, 1 without a due date.",
		"#### [Old outage](https://github.com/octo/docs/blob/main/postmortems/2025-06-01-old.md) · SEV3 · 2025-06-01",
		"| **overdue** by 4 days | "+f.ref("Rotate the replica credentials")+" Rotate the replica credentials | @frank | 2026-12-05 | 35 days |",
		"| due this week | "+f.ref("Write a runbook for replica rebuilds")+" Write a runbook for replica rebuilds | **none** | 2026-12-11 | 35 days |",
		"- "+f.ref("Document the DNS failover steps")+" Document the DNS failover steps: **no owner, no due date**",
		"- "+f.ref("Alert on queue age over 5 minutes")+" Alert on queue age over 5 minutes (@frank)\n- "+f.ref("Add a resolver health check")+
			" Add a resolver health check (@dana)\n- "+f.ref("Decide on a dead-letter queue")+" Decide on a dead-letter queue (not planned)\n",
		"Thank you @frank and @dana!",
		"<!-- postmortem-bot:summary repo=octo/docs week=2026-W50 -->",
	) {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q\n%s", want, body)
		}
	}
	checkOrder(t, body, f, "Move the status page off the old host", "Add a replication-lag alert", "Rotate the replica credentials",
		"Write a runbook for replica rebuilds", "Cap the queue consumer's batch size", "Document the DNS failover steps")
	if err := weekly.CheckXYChart(body); err != nil {
		t.Errorf("chart: %v", err)
	}
	if labels := all[0].Labels; len(labels) != 1 || labels[0] != weekly.SummaryLabel {
		t.Errorf("labels: %v", labels)
	}
	checkLeftOut(t, f, body)
}

// checkLeftOut wants body silent on the actions closed before this week,
// and the old post-mortem unread.
func checkLeftOut(t *testing.T, f *weeklyFixture, body string) {
	t.Helper()
	for _, absent := range []string{"Retire the old load balancer", "Lower the DNS TTL"} {
		if strings.Contains(body, absent) {
			t.Errorf("body names %q, closed before this week", absent)
		}
	}
	for _, c := range f.srv.Calls() {
		if strings.Contains(c.Path, "2025-06-01-old.md") {
			t.Errorf("read the old post-mortem: %v", c)
		}
	}
}

// checkOrder wants the issues of the actions titled titles to appear in
// body's open actions in that order.
func checkOrder(t *testing.T, body string, f *weeklyFixture, titles ...string) {
	t.Helper()
	open, _, _ := strings.Cut(body, "### Without an owner")
	last := -1
	for _, title := range titles {
		i := strings.Index(open, f.ref(title))
		if i < last || i < 0 {
			t.Errorf("open actions: %q at %d, want it after %d", title, i, last)
		}
		last = i
	}
}

func TestWeeklySummaryRunTwiceInAWeek(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	first := f.run(false)
	f.srv.ResetCalls()
	second := f.run(false)
	calls, writes, notModified := weeklyCalls(f.srv)
	if second.Created || second.Updated || second.Issue != first.Issue || second.DocsRead != 0 || writes != 0 {
		t.Errorf("second run: %+v, %d writes; want the same issue untouched and no document read", second, writes)
	}
	for _, c := range calls {
		// The list of summary issues changed: the first run opened one.
		if !c.Cached && !strings.Contains(c.Query, "labels="+weekly.SummaryLabel) {
			t.Errorf("second run: %v %s answered in full, want a 304", c, c.Query)
		}
	}
	t.Logf("second run: %d calls, %d of them 304s", len(calls), notModified)

	f.clock.Set(weeklyNow.Add(2 * time.Hour))
	f.close("Cap the queue consumer's batch size", weeklyNow.Add(time.Hour), "")
	f.srv.ResetCalls()
	third := f.run(false)
	_, writes, _ = weeklyCalls(f.srv)
	if third.Created || !third.Updated || third.Issue != first.Issue || writes != 1 || len(summaries(f.repo)) != 1 {
		t.Fatalf("third run: %+v, %d writes, %d summaries; want the one issue updated by one PATCH", third, writes, len(summaries(f.repo)))
	}
	if body := summaries(f.repo)[0].Body; !strings.Contains(body, "**5 open actions**") || !strings.Contains(body, "Cap the queue consumer's batch size (@dana)") {
		t.Errorf("updated body lacks the closure:\n%s", body)
	}
}

func TestWeeklySummaryNextWeekClosesLastWeeks(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	first := f.run(false)
	f.clock.Set(time.Date(2026, 12, 14, 9, 0, 0, 0, time.UTC))
	next := f.run(false)
	if !next.Created || next.Week != "2026-W51" || next.Issue == first.Issue || len(next.Closed) != 1 || next.Closed[0] != first.Issue {
		t.Fatalf("next week: %+v", next)
	}
	byNumber := map[int]githubtest.Issue{}
	for _, is := range summaries(f.repo) {
		byNumber[is.Number] = is
	}
	if old := byNumber[first.Issue]; old.State != "closed" || byNumber[next.Issue].State != "open" || byNumber[next.Issue].Title != "Post-mortem actions: week 2026-W51" {
		t.Errorf("summaries: %+v", byNumber)
	}
	comments := f.repo.Comments(first.Issue)
	if len(comments) != 1 || !strings.Contains(comments[0].Body, "#"+strconv.Itoa(next.Issue)) {
		t.Errorf("comments on last week's: %+v, want one linking #%d", comments, next.Issue)
	}
	if again := f.run(false); again.Created || len(again.Closed) != 0 || len(summaries(f.repo)) != 2 {
		t.Errorf("run again: %+v, %d summaries", again, len(summaries(f.repo)))
	}
}

func TestWeeklySummaryDryRunWritesNothing(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	res := f.run(true)
	_, writes, _ := weeklyCalls(f.srv)
	if writes != 0 || res.Issue != 0 || res.Created || len(summaries(f.repo)) != 0 {
		t.Errorf("dry run: %+v, %d writes, %d summaries", res, writes, len(summaries(f.repo)))
	}
	for _, want := range sampleFigures {
		if !strings.Contains(res.Markdown, want) {
			t.Errorf("dry run Markdown lacks %q", want)
		}
	}
}

func TestWeeklySummaryNothingOpen(t *testing.T) {
	for _, skip := range []bool{false, true} {
		cfg := weeklyConfig
		if skip {
			cfg += "summary:\n  skip_empty: true\n"
		}
		f := newWeeklyFixture(t, cfg)
		f.merge("postmortems/2026-11-20-dns.md", pmDoc("DNS", "2026-11-20", "SEV1", "2026-11-19 08:00 UTC", "2026-11-19 08:30 UTC", "2026-11-19 12:00 UTC",
			"Lower the DNS TTL — owner: @frank, due: 2026-12-04"), utc(11, 20, 12, 0))
		f.close("Lower the DNS TTL", utc(12, 8, 12, 0), "")
		res := f.run(false)
		all := summaries(f.repo)
		switch {
		case skip && (res.Skipped == "" || len(all) != 0):
			t.Errorf("skip_empty: %+v, %d summaries; want skipped, none", res, len(all))
		case !skip && (!res.Created || len(all) != 1 || !strings.Contains(all[0].Body, "**No open actions** from the post-mortems of octo/docs this week.") ||
			!strings.Contains(all[0].Body, "Thank you @frank!") || strings.Contains(all[0].Body, "```mermaid")):
			t.Errorf("nothing open: %+v\n%v", res, all)
		}
	}
}

func TestWeeklySummaryInAnotherRepository(t *testing.T) {
	f := newWeeklyFixture(t, weeklyConfig+"summary:\n  repository: octo/ops\n")
	ops := f.srv.AddRepo("octo", "ops")
	f.merge("postmortems/2026-11-20-dns.md", pmDoc("DNS", "2026-11-20", "SEV1", "2026-11-19 08:00 UTC", "2026-11-19 08:30 UTC", "2026-11-19 12:00 UTC",
		"Lower the DNS TTL — owner: @frank, due: 2026-12-04"), utc(11, 20, 12, 0))
	f.weekly.TargetClient = weekly.InstallationTarget(f.clients)
	res := f.run(false)
	all := summaries(ops)
	n := f.issues["Lower the DNS TTL"]
	if res.Target != "octo/ops" || len(all) != 1 || len(summaries(f.repo)) != 0 || all[0].Title != "Post-mortem actions of octo/docs: week 2026-W50" ||
		!strings.Contains(all[0].Body, "[octo/docs#"+strconv.Itoa(n)+"](https://github.com/octo/docs/issues/"+strconv.Itoa(n)+")") {
		t.Fatalf("%+v\n%+v", res, all)
	}
}

func TestWeeklySummaryWithoutPostmortems(t *testing.T) {
	f := newWeeklyFixture(t, "")
	res := f.run(false)
	if res.Skipped != "no post-mortems" || len(summaries(f.repo)) != 0 {
		t.Errorf("%+v", res)
	}
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("nonsense: true\n"))
	if res, err := f.weekly.Run(context.Background(), f.gh, weekly.Request{Owner: "octo", Repo: "docs"}); err != nil || res.Skipped != "configuration invalid" {
		t.Errorf("broken configuration: %+v, %v", res, err)
	}
}

// A summary someone closed during its week is found (among the issues
// closed since Monday), edited and left closed; no second one is opened.
func TestWeeklySummaryClosedByHandIsNotDuplicated(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	first := f.run(false)
	f.repo.CloseIssueAt(first.Issue, weeklyNow.Add(time.Hour), "")
	f.close("Cap the queue consumer's batch size", weeklyNow.Add(time.Hour), "")
	f.clock.Set(weeklyNow.Add(2 * time.Hour))
	again := f.run(false)
	all := summaries(f.repo)
	if again.Created || !again.Updated || again.Issue != first.Issue || len(all) != 1 || all[0].State != "closed" ||
		!strings.Contains(all[0].Body, "**5 open actions**") {
		t.Errorf("after closing by hand: %+v, %+v", again, all)
	}
}
func TestWeeklySummaryLeavesOutForgedIssues(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	before := f.run(true)
	for _, is := range f.repo.Issues() {
		if marker := markerLineRe.FindString(is.Body); marker != "" && is.User == appBot {
			f.repo.AddIssue(githubtest.Issue{Title: "Forged: pay mallory", User: "mallory", Body: marker + "\n", Labels: is.Labels})
			break
		}
	}
	after := f.run(true)
	if after.OpenActions != before.OpenActions || strings.Contains(after.Markdown, "pay mallory") {
		t.Errorf("summary with a forged issue: %d open actions (want %d), mentions it: %v", after.OpenActions, before.OpenActions, strings.Contains(after.Markdown, "pay mallory"))
	}
}

// The summary reads back what the merge writes into an action issue.
func TestParseActionIssueReadsTheMergeBody(t *testing.T) {
	f := newWeeklyFixture(t, "")
	f.repo.AddMilestone(githubtest.Milestone{Title: "Sprint 50", DueOn: time.Date(2026, 12, 10, 8, 0, 0, 0, time.UTC)})
	src := "# Cache stampede | edge\n\n| Meeting | Value |\n| --- | --- |\n| Date | 2026-11-03 |\n\n> Severity: sev 2\n\n## Remediation\n\n" +
		"- [ ] Add jitter — owner: @dana, due: 2026-12-15, milestone: Sprint 50\n- [ ] Warm the cache — owner: @frank\n"
	f.merge("postmortems/cache.md", src, weeklyNow)
	for title, due := range map[string]time.Time{
		"Add jitter":     time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC), // the milestone's due_on comes first
		"Warm the cache": time.Date(2027, 1, 8, 0, 0, 0, 0, time.UTC),   // the SEV2 default: 30 days from the merge
	} {
		is, _, err := f.gh.Issues.Get(context.Background(), "octo", "docs", f.issues[title])
		if err != nil {
			t.Fatal(err)
		}
		a, ok := weekly.ParseActionIssue(is)
		if !ok || a.Doc != "postmortems/cache.md" || a.Incident != "Cache stampede | edge" || a.Severity != "SEV2" ||
			a.Date != "2026-11-03" || !a.Due.Equal(due) || !a.Open {
			t.Errorf("%s: got %+v (%v), want due %v", title, a, ok, due)
		}
	}
	if _, ok := weekly.ParseActionIssue(&github.Issue{Body: github.String("no marker")}); ok {
		t.Error("an issue without a marker was read as an action")
	}
}
