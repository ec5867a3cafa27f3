package review_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// docPath is where the post-mortem under review lives.
const docPath = "postmortems/2026-11-03-outage.md"

// outage is a post-mortem with blameful sentences (lines 22, 23 and 34,
// the last with a suggested rewrite), no Contact field (nor an author or
// a facilitator, who would stand in for it) and an action
// without an owner (line 28).
const outage = `# Database outage

| Meeting        | Value          |
| -------------- | -------------- |
| Date           | 2026-11-03     |
| Attendees      | @bob           |

## Timeline

| Incident    | Value                |
| ----------- | -------------------- |
| Start Time  | 2026-11-02 14:02 UTC |
| End Time    | 2026-11-02 15:40 UTC |
| Detect Time | 2026-11-02 14:09 UTC |

## Description

> Severity: SEV2

## What happened

- 14:02 UTC Bob carelessly dropped the primary index.
- The on-call engineer should have noticed the alert sooner.

## Remediation

- [ ] Add a replication-lag alert — owner: @dana, due: 2026-12-15, priority: P1
- [ ] Write a runbook for index changes — due: 2026-12-20

## Short Summary

The primary database lost its index and queries timed out.

Obviously the deploy simply restarted the primary.
`

// now is the reviewer's clock.
var now = time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)

// fixture is a fake GitHub with the repository octo/docs, the app's
// clients for it (with their HTTP caches) and the review handler.
type fixture struct {
	t       *testing.T
	srv     *githubtest.Server
	repo    *githubtest.Repo
	clients *githubapp.Clients
	handler *handlers.ReviewHandler
}

// event is the delivery of body as the handlers get it.
func (f *fixture) event(typ string, body []byte) webhook.Event {
	f.t.Helper()
	payload, err := github.ParseWebHook(typ, body)
	if err != nil {
		f.t.Fatalf("parsing %s payload: %v", typ, err)
	}
	ev := webhook.Event{Type: typ, Payload: payload, Raw: body, Repo: "octo/docs", InstallationID: 1, DeliveryID: webhooktest.NewDeliveryID()}
	if a, ok := payload.(interface{ GetAction() string }); ok {
		ev.Action = a.GetAction()
	}
	return ev
}

// setup starts the fake and the handler.
func setup(t *testing.T) *fixture {
	t.Helper()
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs")
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	h := handlers.NewReviewHandler(clients, &review.Reviewer{Now: func() time.Time { return now }}, nil)
	return &fixture{t: t, srv: srv, repo: repo, clients: clients, handler: h}
}

// openPull opens pull request n from branch head with files and returns
// its head SHA.
func (f *fixture) openPull(n int, head string, files map[string][]byte) string {
	f.repo.AddPull(n, "main", head, files)
	return f.repo.HeadSHA(head)
}

// deliver hands the handler an event of type typ with payload body.
func (f *fixture) deliver(typ string, body []byte) {
	f.t.Helper()
	if err := f.handler.Handle(context.Background(), f.event(typ, body)); err != nil {
		f.t.Fatalf("handling %s: %v", typ, err)
	}
}

// pullEvent is GitHub's example pull_request event with action, edited
// to name pull request n of octo/docs at sha.
func (f *fixture) pullEvent(action string, n int, sha string, draft bool) []byte {
	f.t.Helper()
	return webhooktest.Edit(f.t, webhooktest.First(f.t, "pull_request", action).Body, func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		pr := p["pull_request"].(map[string]any)
		pr["number"], pr["draft"], pr["state"] = n, draft, "open"
		pr["head"].(map[string]any)["sha"] = sha
		pr["base"].(map[string]any)["ref"] = "main"
	})
}

// checkSuiteEvent is GitHub's example check_suite event with action,
// edited to list pull request n of octo/docs at sha.
func (f *fixture) checkSuiteEvent(action string, n int, sha string) []byte {
	f.t.Helper()
	return webhooktest.Edit(f.t, webhooktest.First(f.t, "check_suite", action).Body, func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		cs := p["check_suite"].(map[string]any)
		cs["head_sha"] = sha
		cs["pull_requests"] = []any{map[string]any{
			"id": 1, "number": n, "url": "https://api.github.com/repos/octo/docs/pulls/1",
			"head": map[string]any{"ref": "pm", "sha": sha}, "base": map[string]any{"ref": "main", "sha": sha},
		}}
	})
}

// apiCalls returns the REST calls made since the last reset, leaving out
// installation token requests, and how many of them were 304s.
func (f *fixture) apiCalls() (calls []githubtest.Call, notModified int) {
	for _, c := range f.srv.Calls() {
		if c.Method == "POST" && c.Path == "/app/installations/1/access_tokens" {
			continue
		}
		calls = append(calls, c)
		if c.Cached {
			notModified++
		}
	}
	return calls, notModified
}

// checkRunEvent is GitHub's example check_run rerequested event, edited
// to name our check run on sha and pull request n.
func (f *fixture) checkRunEvent(n int, sha string) []byte {
	f.t.Helper()
	return webhooktest.Edit(f.t, webhooktest.First(f.t, "check_run", "rerequested").Body, func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		cr := p["check_run"].(map[string]any)
		cr["name"], cr["head_sha"] = review.CheckName, sha
		cr["pull_requests"] = []any{map[string]any{
			"id": 1, "number": n, "url": "https://api.github.com/repos/octo/docs/pulls/1",
			"head": map[string]any{"ref": "pm", "sha": sha}, "base": map[string]any{"ref": "main", "sha": sha},
		}}
	})
}
