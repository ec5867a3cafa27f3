package webhook_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"
	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// manifest is the part of app.yml these tests read.
type manifest struct {
	Name           string            `yaml:"name"`
	DefaultEvents  []string          `yaml:"default_events"`
	Permissions    map[string]string `yaml:"default_permissions"`
	HookAttributes struct {
		URL    string `yaml:"url"`
		Active *bool  `yaml:"active"`
	} `yaml:"hook_attributes"`
}

// readManifest parses the repository's app.yml.
func readManifest(t *testing.T) manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "app.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("app.yml: %v", err)
	}
	return m
}

// want is what a handler must see of a payload: read from its JSON here,
// independently of go-github and of the server.
type want struct {
	Action, Repo   string
	InstallationID int64
}

func wantOf(t *testing.T, body []byte) want {
	t.Helper()
	var p struct {
		Action     string
		Repository *struct {
			FullName string `json:"full_name"`
		}
		Installation *struct{ ID int64 }
	}
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	w := want{Action: p.Action}
	if p.Repository != nil {
		w.Repo = p.Repository.FullName
	}
	if p.Installation != nil {
		w.InstallationID = p.Installation.ID
	}
	return w
}

// payload is an example to deliver.
type payload struct {
	name, event string
	body        []byte
}

// appPayloads are every example of every event app.yml subscribes to, and
// the payloads built for what the examples lack.
func appPayloads(t *testing.T) []payload {
	var ps []payload
	for _, event := range readManifest(t).DefaultEvents {
		for _, ex := range webhooktest.Examples(t, event) {
			ps = append(ps, payload{ex.Name, ex.Event, ex.Body})
		}
	}
	return append(ps,
		payload{"pull_request/merged", "pull_request", webhooktest.MergedPullRequest(t)},
		payload{"issues/closed", "issues", webhooktest.ClosedIssue(t)})
}

func TestExamplesReachHandlers(t *testing.T) {
	ps := appPayloads(t)
	c := newCollector(readManifest(t).DefaultEvents...)
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	for _, p := range ps {
		if rec := deliver(t, s.Handler(), p.event, p.body); rec.Code != 202 {
			t.Errorf("%s: got %d %q, want 202", p.name, rec.Code, rec.Body)
		}
	}
	got := c.wait(t, len(ps))
	for _, p := range ps {
		checkHandled(t, p, got)
	}
	t.Logf("%d payloads of %d events handled", len(ps), len(readManifest(t).DefaultEvents))
}

// checkHandled finds p's event among those handled and checks its fields.
func checkHandled(t *testing.T, p payload, handled []webhook.Event) {
	t.Helper()
	for _, ev := range handled {
		if string(ev.Raw) != string(p.body) {
			continue
		}
		w := wantOf(t, p.body)
		g := want{ev.Action, ev.Repo, ev.InstallationID}
		if ev.Type != p.event || g != w {
			t.Errorf("%s: handler got %s %+v, want %s %+v", p.name, ev.Type, g, p.event, w)
		}
		if wantType := reflect.TypeOf(github.EventForType(p.event)); reflect.TypeOf(ev.Payload) != wantType {
			t.Errorf("%s: payload is %T, want %v", p.name, ev.Payload, wantType)
		}
		return
	}
	t.Errorf("%s: never reached the handler", p.name)
}

func TestBuiltPayloads(t *testing.T) {
	merged, err := github.ParseWebHook("pull_request", webhooktest.MergedPullRequest(t))
	if err != nil {
		t.Fatal(err)
	}
	pr := merged.(*github.PullRequestEvent)
	if pr.GetAction() != "closed" || !pr.GetPullRequest().GetMerged() || pr.GetPullRequest().MergedAt == nil || pr.GetPullRequest().GetMergedBy().GetLogin() == "" {
		t.Errorf("merged pull request: action %q merged %v at %v by %q", pr.GetAction(), pr.GetPullRequest().GetMerged(), pr.GetPullRequest().MergedAt, pr.GetPullRequest().GetMergedBy().GetLogin())
	}
	closed, err := github.ParseWebHook("issues", webhooktest.ClosedIssue(t))
	if err != nil {
		t.Fatal(err)
	}
	is := closed.(*github.IssuesEvent)
	if is.GetAction() != "closed" || is.GetIssue().GetState() != "closed" || is.GetIssue().ClosedAt == nil {
		t.Errorf("closed issue: action %q state %q closed at %v", is.GetAction(), is.GetIssue().GetState(), is.GetIssue().ClosedAt)
	}
}

func TestBareTimestampsFixed(t *testing.T) {
	for _, ex := range webhooktest.Examples(t, "check_run") {
		if strings.Contains(string(ex.Body), "2018-04-25 20:42:10") {
			t.Errorf("%s: bare timestamp left in", ex.Name)
		}
		if _, err := github.ParseWebHook("check_run", ex.Body); err != nil {
			t.Errorf("%s: %v", ex.Name, err)
		}
	}
}
