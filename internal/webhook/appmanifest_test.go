package webhook_test

import (
	"encoding/json"
	"net/url"
	"os"
	"slices"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// apiDescription is @octokit/openapi's api.github.com.json, fetched by
// scripts/setup.
const apiDescription = ".cache/github/api.github.com.json"

// appPermissions returns, for each GitHub App permission GitHub's REST
// description knows, the access levels it allows.
func appPermissions(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(webhooktest.Fixture(t, apiDescription))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Components struct {
			Schemas struct {
				AppPermissions struct {
					Properties map[string]struct {
						Enum []string `json:"enum"`
					} `json:"properties"`
				} `json:"app-permissions"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", apiDescription, err)
	}
	perms := make(map[string][]string)
	for name, p := range doc.Components.Schemas.AppPermissions.Properties {
		perms[name] = p.Enum
	}
	if len(perms) == 0 {
		t.Fatalf("%s: no components.schemas.app-permissions.properties", apiDescription)
	}
	return perms
}

func TestManifestEvents(t *testing.T) {
	m := readManifest(t)
	if m.Name == "" || len(m.DefaultEvents) == 0 {
		t.Fatalf("app.yml: name %q, %d default_events; want both", m.Name, len(m.DefaultEvents))
	}
	known := webhooktest.Events(t)
	for _, e := range m.DefaultEvents {
		if !slices.Contains(known, e) {
			t.Errorf("default_events: %q is not an event GitHub's webhook examples know", e)
		}
	}
}

func TestManifestPermissions(t *testing.T) {
	m := readManifest(t)
	known := appPermissions(t)
	if len(m.Permissions) == 0 {
		t.Fatal("app.yml: no default_permissions")
	}
	for name, level := range m.Permissions {
		levels, ok := known[name]
		switch {
		case !ok:
			t.Errorf("default_permissions: %q is not a GitHub App permission", name)
		case level != "read" && level != "write":
			t.Errorf("default_permissions: %s: %q, want read or write", name, level)
		case !slices.Contains(levels, level):
			t.Errorf("default_permissions: %s: %q, GitHub allows %v", name, level, levels)
		}
	}
}

func TestManifestHook(t *testing.T) {
	m := readManifest(t)
	u, err := url.Parse(m.HookAttributes.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		t.Errorf("hook_attributes.url %q: want an https URL", m.HookAttributes.URL)
	}
	if err == nil && u.Path != webhook.Path {
		t.Errorf("hook_attributes.url path %q, want %s", u.Path, webhook.Path)
	}
	if m.HookAttributes.Active != nil && !*m.HookAttributes.Active {
		t.Error("hook_attributes.active is false: GitHub would deliver nothing")
	}
}
