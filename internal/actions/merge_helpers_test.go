package actions_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// mergeDocPath is where the merged post-mortem lives.
const mergeDocPath = "postmortems/2026-11-03-replica-lag.md"

// appBot is the login of the app's bot user on the fake, the author of
// the issues the app opens.
const appBot = "postmortem-bot[bot]"

// mergePull is the number of the merged pull request.
const mergePull = 7

// replicaLag is a SEV2 post-mortem with four actions: two in a task list
// (lines 24 and 25), two in a table (lines 31 and 32). erin cannot be
// assigned; the second action has no due date.
const replicaLag = `# Replica lag outage

| Meeting        | Value          |
| -------------- | -------------- |
| Date           | 2026-11-03     |
| Contact        | @alice         |

## Timeline

| Incident    | Value                |
| ----------- | -------------------- |
| Start Time  | 2026-11-02 14:02 UTC |
| End Time    | 2026-11-02 15:40 UTC |
| Detect Time | 2026-11-02 14:09 UTC |

## Description

> Severity: SEV2

The replicas fell behind the primary and reads served stale data.

## Remediation

- [ ] Add a replication-lag alert — owner: @dana, due: 2026-12-15, priority: P1
- [ ] Write a runbook for replica rebuilds — owner: @erin, priority: P2

## Follow-ups

| Action | Owner | Due | Priority | Milestone | Issue |
| ------ | ----- | --- | -------- | --------- | ----- |
| Rotate the replica credentials | @frank | 2027-05-01 | P2 | | |
| Rehearse the failover drill | @dana | 2026-11-20 | P3 | Q1 | |

## Short Summary

Replication stalled for 98 minutes.
`

// mergeNow is the clock of the merge: the day the pull request merges.
var mergeNow = time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)

// mergeFixture is a fake GitHub with octo/docs, its milestones and a
// merged pull request adding replicaLag, and the merge handler.
type mergeFixture struct {
	t       *testing.T
	srv     *githubtest.Server
	repo    *githubtest.Repo
	clients *githubapp.Clients
	handler *handlers.MergeHandler
	base    []byte // the document as merged
}

// setupMerge starts the fake with the configuration file cfg and merges
// pull request mergePull; opts configure the repository further.
func setupMerge(t *testing.T, cfg string, opts ...githubtest.RepoOption) *mergeFixture {
	t.Helper()
	return setupMergeDoc(t, cfg, replicaLag, opts...)
}

// setupMergeDoc is setupMerge with doc as the merged post-mortem.
func setupMergeDoc(t *testing.T, cfg, doc string, opts ...githubtest.RepoOption) *mergeFixture {
	t.Helper()
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs", append([]githubtest.RepoOption{githubtest.Assignable("dana", "frank")}, opts...)...)
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	repo.AddMilestone(githubtest.Milestone{Title: "Sprint 48", DueOn: day(2026, 12, 1)})
	repo.AddMilestone(githubtest.Milestone{Title: "Q4 wrap-up", DueOn: day(2026, 12, 31)})
	repo.AddMilestone(githubtest.Milestone{Title: "Q1", DueOn: day(2027, 3, 31)})
	repo.AddMilestone(githubtest.Milestone{Title: "Old", DueOn: day(2026, 12, 20), State: "closed"})
	if cfg != "" {
		repo.PutFile("main", ".github/postmortem.yml", []byte(cfg))
	}
	repo.AddPull(mergePull, "main", "pm", map[string][]byte{mergeDocPath: []byte(doc)})
	repo.MergePull(mergePull)
	f := &mergeFixture{t: t, srv: srv, repo: repo, clients: clients, base: []byte(doc)}
	f.handler = newMergeHandler(clients)
	return f
}

// day is midnight UTC of a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// mergedEvent is GitHub's closed example made a merge of pull request
// n of octo/docs into base.
func (f *mergeFixture) mergedEvent(n int, base string, merged bool) []byte {
	f.t.Helper()
	return webhooktest.Edit(f.t, webhooktest.MergedPullRequest(f.t), func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		p["repository"].(map[string]any)["html_url"] = "https://github.com/octo/docs"
		pr := p["pull_request"].(map[string]any)
		pr["number"], pr["merged"] = n, merged
		pr["merge_commit_sha"] = f.repo.HeadSHA("main")
		pr["base"].(map[string]any)["ref"] = base
	})
}

// deliver hands the handler a pull_request event and returns its error.
func (f *mergeFixture) deliver(h webhook.Handler, body []byte) error {
	f.t.Helper()
	return f.deliverCtx(context.Background(), h, body)
}

// deliverCtx is deliver under ctx.
func (f *mergeFixture) deliverCtx(ctx context.Context, h webhook.Handler, body []byte) error {
	f.t.Helper()
	payload, err := github.ParseWebHook("pull_request", body)
	if err != nil {
		f.t.Fatalf("parsing payload: %v", err)
	}
	ev := webhook.Event{Type: "pull_request", Action: "closed", Payload: payload, Raw: body, Repo: "octo/docs",
		InstallationID: 1, DeliveryID: webhooktest.NewDeliveryID()}
	return h.Handle(ctx, ev)
}

// merge delivers the merge of mergePull and fails the test on an error.
func (f *mergeFixture) merge() {
	f.t.Helper()
	if err := f.deliver(f.handler, f.mergedEvent(mergePull, "main", true)); err != nil {
		f.t.Fatalf("handling the merge: %v", err)
	}
}

// restCalls returns the REST calls made since the last reset, without
// installation token requests.
func (f *mergeFixture) restCalls() []githubtest.Call {
	var out []githubtest.Call
	for _, c := range f.srv.Calls() {
		if !isAppCall(c) {
			out = append(out, c)
		}
	}
	return out
}

// doc returns the document on branch.
func (f *mergeFixture) doc(branch string) string {
	f.t.Helper()
	b, ok := f.repo.File(branch, mergeDocPath)
	if !ok {
		f.t.Fatalf("%s missing on %s", mergeDocPath, branch)
	}
	return string(b)
}

// once runs f the first time it is called.
func once(f func()) func() {
	var o sync.Once
	return func() { o.Do(f) }
}

// newMergeHandler is a merge handler on clients at mergeNow.
func newMergeHandler(clients interface {
	Installation(int64) *github.Client
	BotLogin(context.Context) (string, error)
}) *handlers.MergeHandler {
	return handlers.NewMergeHandler(clients, &actions.Merger{Now: func() time.Time { return mergeNow }, Sleep: noSleep}, nil)
}

// noSleep is a clock's sleep that returns at once.
func noSleep(context.Context, time.Duration) error { return nil }

// isAppCall reports whether c is made as the app rather than for an
// installation: a token request, or GET /app, asked once per process.
func isAppCall(c githubtest.Call) bool { return c.Path == "/app" || strings.HasPrefix(c.Path, "/app/") }
