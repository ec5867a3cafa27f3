package setup

import (
	"encoding/json"
	"strings"
	"testing"

	postmortembot "github.com/postmortem-bot/postmortem-bot"
)

// The page explains every permission and event app.yml asks for.
func TestAppManifestIsExplained(t *testing.T) {
	m, err := ParseManifest(postmortembot.AppManifest)
	if err != nil {
		t.Fatal(err)
	}
	if m.Name == "" || m.Description == "" || len(m.DefaultEvents) == 0 {
		t.Errorf("app.yml: got name %q, description %q, %d events; want all", m.Name, m.Description, len(m.DefaultEvents))
	}
	for _, g := range append(m.Permissions(), m.Events()...) {
		if g.Why == "" {
			t.Errorf("%s: no explanation for the setup page (permissionUse or eventUse)", g.Name)
		}
	}
}

func TestParseManifestRejects(t *testing.T) {
	cases := map[string]string{
		"unknown key":    "name: x\ndefault_permission:\n  issues: write\n",
		"no name":        "default_permissions:\n  issues: write\n",
		"no permissions": "name: x\n",
		"not YAML":       "name: [x\n",
	}
	for name, doc := range cases {
		if _, err := ParseManifest([]byte(doc)); err == nil || !strings.HasPrefix(err.Error(), "app manifest: ") {
			t.Errorf("%s: got %v, want an app manifest error", name, err)
		}
	}
}

func TestManifestForServer(t *testing.T) {
	m, err := ParseManifest(postmortembot.AppManifest)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := m.forServer("https://pmb.example.com", "https://smee.io/abc", "pmb-octo", true).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(doc), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"name": "pmb-octo", "url": m.URL, "public": true,
		"redirect_url": "https://pmb.example.com/setup/callback", "setup_url": "https://pmb.example.com/setup/installed",
		"hook_attributes": map[string]any{"url": "https://smee.io/abc", "active": true},
	}
	for k, v := range want {
		if b1, _ := json.Marshal(got[k]); string(b1) != mustJSON(t, v) {
			t.Errorf("%s: got %s, want %s", k, b1, mustJSON(t, v))
		}
	}
	if perms, _ := got["default_permissions"].(map[string]any); perms["issues"] != "write" {
		t.Errorf("default_permissions: got %v", got["default_permissions"])
	}
	if m.HookAttributes.URL == "https://smee.io/abc" {
		t.Error("forServer changed the parsed manifest")
	}
}

// mustJSON is v as JSON.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
