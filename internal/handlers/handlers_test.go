package handlers

import (
	"context"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// event parses body as an event of typ for installation 1.
func event(t *testing.T, typ string, body []byte) webhook.Event {
	t.Helper()
	payload, err := github.ParseWebHook(typ, body)
	if err != nil {
		t.Fatal(err)
	}
	ev := webhook.Event{Type: typ, Payload: payload, Raw: body, InstallationID: 1}
	if a, ok := payload.(interface{ GetAction() string }); ok {
		ev.Action = a.GetAction()
	}
	return ev
}

// A merge is asked for by a pull request merged into the default
// branch, and by nothing else.
func TestMergeRequestOfEvents(t *testing.T) {
	merged := func(base string, isMerged bool) []byte {
		return webhooktest.Edit(t, webhooktest.MergedPullRequest(t), func(p map[string]any) {
			webhooktest.PointAt(p, "octo", "docs", 1)
			p["repository"].(map[string]any)["html_url"] = "https://github.com/octo/docs"
			pr := p["pull_request"].(map[string]any)
			pr["number"], pr["merged"], pr["merge_commit_sha"] = 7, isMerged, "abc"
			pr["base"].(map[string]any)["ref"] = base
		})
	}
	h := &MergeHandler{}
	req, ok := h.MergeRequestOf(event(t, "pull_request", merged("main", true)))
	want := actions.MergeRequest{Owner: "octo", Repo: "docs", DefaultBranch: "main", PullNumber: 7, MergeSHA: "abc", RepoURL: "https://github.com/octo/docs"}
	if !ok || req != want {
		t.Errorf("merged into main: got %+v, %v; want %+v", req, ok, want)
	}
	for name, body := range map[string][]byte{
		"merged elsewhere": merged("release", true),
		"closed unmerged":  merged("main", false),
		"opened":           webhooktest.First(t, "pull_request", "opened").Body,
	} {
		if req, ok := h.MergeRequestOf(event(t, "pull_request", body)); ok {
			t.Errorf("%s: asked for the merge %+v", name, req)
		}
	}
}

// noClients fails the test on any GitHub call.
type noClients struct{ t *testing.T }

func (c noClients) Installation(int64) *github.Client {
	c.t.Error("an installation client was asked for")
	return nil
}

func (c noClients) BotLogin(context.Context) (string, error) {
	c.t.Error("the bot login was asked for")
	return "", nil
}

// The app's own assignment of an issue it opened is no change to
// follow: the tracker is not even asked who the app is.
func TestTrackerIgnoresTheAppsOwnAssignment(t *testing.T) {
	body := webhooktest.Edit(t, webhooktest.First(t, "issues", "assigned").Body, func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		app := map[string]any{"login": "postmortem-bot[bot]", "id": 9, "type": "Bot"}
		p["sender"] = app
		p["issue"].(map[string]any)["user"] = app
	})
	tr := NewTracker(noClients{t}, 0, nil)
	if err := tr.Handle(context.Background(), event(t, "issues", body)); err != nil {
		t.Fatal(err)
	}
	if !tr.Wants("issues", "assigned") || tr.Wants("issues", "labeled") || tr.Wants("pull_request", "closed") {
		t.Error("the tracker's action filter: want issues assigned only of these")
	}
}
