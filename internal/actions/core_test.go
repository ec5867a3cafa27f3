package actions

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// The core of each use case runs here against in-memory stand-ins for
// the GitHub calls it makes; the end-to-end tests run them against the
// fake GitHub over HTTP.

// memMilestones keeps a repository's milestones in memory.
type memMilestones struct {
	all     []*github.Milestone
	lists   int
	created []string
}

func (m *memMilestones) ListMilestones(_ context.Context, _, _ string, opts *github.MilestoneListOptions) ([]*github.Milestone, *github.Response, error) {
	m.lists++
	var open []*github.Milestone
	for _, ms := range m.all {
		if ms.GetState() == opts.State {
			open = append(open, ms)
		}
	}
	return open, &github.Response{}, nil
}

func (m *memMilestones) CreateMilestone(_ context.Context, _, _ string, ms *github.Milestone) (*github.Milestone, *github.Response, error) {
	ms.Number, ms.State = github.Int(len(m.all)+1), github.String("open")
	m.all = append(m.all, ms)
	m.created = append(m.created, ms.GetTitle())
	return ms, &github.Response{}, nil
}

// milestone is an open (or closed) milestone due on a day.
func milestone(n int, title, state string, due time.Time) *github.Milestone {
	return &github.Milestone{Number: github.Int(n), Title: github.String(title), State: github.String(state), DueOn: &github.Timestamp{Time: due}}
}

// The merge puts an action in the open milestone due first on or after
// its due date, creating one due that day when none is, and lists the
// milestones once for all of its actions.
func TestMergeChoosesMilestonesWithoutHTTP(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	api := &memMilestones{all: []*github.Milestone{
		milestone(1, "Sprint 48", "open", day(12, 1)),
		milestone(2, "Q4 wrap-up", "open", day(12, 31)),
		milestone(3, "Old", "closed", day(12, 10)),
	}}
	c := &milestoneCache{api: api, owner: "octo", repo: "docs", create: true}
	ctx := context.Background()
	for _, tc := range []struct {
		named     string
		due       time.Time
		wantTitle string
	}{
		{"", day(11, 20), "Sprint 48"},
		{"", day(12, 5), "Q4 wrap-up"}, // the closed one due earlier is not chosen
		{"q4 WRAP-UP", day(11, 1), "Q4 wrap-up"},
		{"", day(12, 31), "Q4 wrap-up"},
		{"", time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC), "Post-mortem actions 2027-01-15"},
		{"", time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC), "Post-mortem actions 2027-01-15"}, // made once
	} {
		n, title, err := c.choose(ctx, config.MilestoneDueDate, tc.named, tc.due)
		if err != nil || title != tc.wantTitle || n == 0 {
			t.Errorf("named %q, due %s: got #%d %q (%v), want %q", tc.named, tc.due.Format(time.DateOnly), n, title, err, tc.wantTitle)
		}
	}
	if api.lists != 1 || len(api.created) != 1 {
		t.Errorf("%d listings and created %v; want one listing and one milestone made", api.lists, api.created)
	}
	if n, title, _ := c.choose(ctx, config.MilestoneNone, "Q4 wrap-up", day(12, 5)); n != 0 || title != "" {
		t.Errorf("with no milestones wanted: got #%d %q", n, title)
	}
}

// memComments keeps issue comments in memory.
type memComments struct {
	byIssue map[int][]string
}

func (m *memComments) ListComments(_ context.Context, _, _ string, n int, _ *github.IssueListCommentsOptions) ([]*github.IssueComment, *github.Response, error) {
	var out []*github.IssueComment
	for _, body := range m.byIssue[n] {
		out = append(out, &github.IssueComment{Body: github.String(body)})
	}
	return out, &github.Response{}, nil
}

func (m *memComments) CreateComment(_ context.Context, _, _ string, n int, c *github.IssueComment) (*github.IssueComment, *github.Response, error) {
	m.byIssue[n] = append(m.byIssue[n], c.GetBody())
	return c, &github.Response{}, nil
}

// Reconcile comments once on each open action issue whose action is gone
// from every post-mortem, and never on a closed one or on one whose
// action is still there (by number or by marker).
func TestReconcileCommentsOnOrphansOnceWithoutHTTP(t *testing.T) {
	doc, err := postmortem.Parse([]byte("# Outage\n\n## Remediation\n\n- [ ] Kept by number (#1)\n- [ ] Kept by marker\n"), config.Default().ParseOptions())
	if err != nil {
		t.Fatal(err)
	}
	d := newMergeDoc("postmortems/a.md", "sha", doc)
	issues := newIssueIndex()
	for _, ai := range []*actionIssue{
		{Number: 1, Path: d.Path, Key: "gone-key", Open: true},
		{Number: 2, Path: d.Path, Key: d.Keys[1], Open: true},
		{Number: 3, Path: d.Path, Key: "removed", Open: true},
		{Number: 4, Path: d.Path, Key: "removed-too", Open: false},
		{Number: 5, Path: "postmortems/moved.md", Key: "moved", Open: true},
	} {
		issues.add(ai)
	}
	api := &memComments{byIssue: map[int][]string{5: {"earlier\n" + orphanMarker}}}
	r := &mergeRun{comments: api, req: MergeRequest{Owner: "octo", Repo: "docs"}, issues: issues, res: &MergeResult{}}
	for range 2 {
		if err := r.commentOrphans(context.Background(), []*mergeDoc{d}); err != nil {
			t.Fatal(err)
		}
	}
	if fmt.Sprint(r.orphaned) != "[3]" {
		t.Errorf("commented on %v, want issue 3 alone, once (5 had the comment already)", r.orphaned)
	}
	if len(api.byIssue[3]) != 1 || !strings.Contains(api.byIssue[3][0], "`postmortems/a.md`") || len(api.byIssue[5]) != 1 {
		t.Errorf("comments: %v; want one new comment, on #3, naming its document", api.byIssue)
	}
	for _, n := range []int{1, 2, 4} {
		if len(api.byIssue[n]) != 0 {
			t.Errorf("#%d was commented on: %q", n, api.byIssue[n])
		}
	}
}

// fixedClients is the tracker's client source without GitHub: the bot
// login alone, which is all a change headed for the log needs.
type fixedClients struct{ bot string }

func (fixedClients) Installation(int64) *github.Client          { return nil }
func (c fixedClients) BotLogin(context.Context) (string, error) { return c.bot, nil }

// memLog keeps the changes a tracker logs.
type memLog struct{ changes []TrackChange }

func (l *memLog) Record(_ context.Context, c TrackChange) error {
	l.changes = append(l.changes, c)
	return nil
}

// The tracker logs a change to an issue the app opened for an action,
// naming its document, and ignores other issues and other actions.
func TestTrackLogsChangesOfTheAppsIssuesWithoutHTTP(t *testing.T) {
	const bot = "postmortem-bot[bot]"
	log := &memLog{}
	tr := NewTracker(fixedClients{bot}, time.Hour, nil)
	tr.Log = log
	issue := func(n int, author string) *github.Issue {
		return &github.Issue{Number: github.Int(n), State: github.String("open"), User: &github.User{Login: github.String(author)},
			Body: github.String("Rotate keys\n\n" + repodocs.ActionMarker("postmortems/a.md", "0123456789ab"))}
	}
	change := IssueChange{Installation: 7, Owner: "octo", Repo: "docs", DefaultBranch: "main", RepoURL: "https://github.com/octo/docs"}
	for _, c := range []struct {
		action, author, assignee string
	}{
		{"unassigned", bot, "dana"},
		{"unassigned", "mallory", "dana"}, // a marker copied into someone's issue
		{"labeled", bot, ""},              // not an action the tracker follows
	} {
		ch := change
		ch.Action, ch.Issue, ch.Assignee = c.action, issue(12, c.author), c.assignee
		if err := tr.Track(context.Background(), ch); err != nil {
			t.Fatal(err)
		}
	}
	want := TrackChange{InstallationID: 7, Owner: "octo", Repo: "docs", DefaultBranch: "main", RepoURL: "https://github.com/octo/docs",
		Path: "postmortems/a.md", Issue: 12, Action: "unassigned", Login: "dana"}
	if len(log.changes) != 1 || log.changes[0] != want {
		t.Errorf("logged %+v, want only %+v", log.changes, want)
	}
	if len(tr.pendingIDs()) != 0 {
		t.Errorf("a logged change is also pending in memory: %v", tr.pendingIDs())
	}
}
