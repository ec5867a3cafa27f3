package setup

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"gopkg.in/yaml.v3"
)

// Manifest is a GitHub App manifest: app.yml as the app-manifest flow
// takes it. The setup page fills in the URLs of the server it runs on.
type Manifest struct {
	Name                  string            `yaml:"name" json:"name,omitempty"`
	URL                   string            `yaml:"url" json:"url"`
	Description           string            `yaml:"description" json:"description,omitempty"`
	HookAttributes        HookAttributes    `yaml:"hook_attributes" json:"hook_attributes"`
	RedirectURL           string            `yaml:"redirect_url" json:"redirect_url,omitempty"`
	CallbackURLs          []string          `yaml:"callback_urls" json:"callback_urls,omitempty"`
	SetupURL              string            `yaml:"setup_url" json:"setup_url,omitempty"`
	SetupOnUpdate         bool              `yaml:"setup_on_update" json:"setup_on_update,omitempty"`
	RequestOAuthOnInstall bool              `yaml:"request_oauth_on_install" json:"request_oauth_on_install,omitempty"`
	Public                bool              `yaml:"public" json:"public"`
	DefaultEvents         []string          `yaml:"default_events" json:"default_events,omitempty"`
	DefaultPermissions    map[string]string `yaml:"default_permissions" json:"default_permissions,omitempty"`
}

// HookAttributes is the manifest's webhook.
type HookAttributes struct {
	URL    string `yaml:"url" json:"url"`
	Active *bool  `yaml:"active" json:"active,omitempty"`
}

// ParseManifest reads app.yml. Keys GitHub's manifest does not know are
// an error, as are a manifest without a name or without permissions.
func ParseManifest(data []byte) (Manifest, error) {
	var m Manifest
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("app manifest: %w", err)
	}
	switch {
	case m.Name == "":
		return m, errors.New("app manifest: no name")
	case len(m.DefaultPermissions) == 0:
		return m, errors.New("app manifest: no default_permissions")
	}
	return m, nil
}

// forServer returns a copy of m for a server whose pages are at base
// (no trailing slash) and whose webhooks arrive at hookURL.
func (m Manifest) forServer(base, hookURL, name string, public bool) Manifest {
	out := m
	out.Name = name
	out.Public = public
	out.HookAttributes.URL = hookURL
	out.RedirectURL = base + CallbackPath
	out.SetupURL = base + InstalledPath
	if out.URL == "" {
		out.URL = base
	}
	out.DefaultEvents = slices.Clone(m.DefaultEvents)
	return out
}

// JSON is the manifest as the form field GitHub reads.
func (m Manifest) JSON() (string, error) {
	b, err := json.Marshal(m)
	return string(b), err
}

// Permissions lists the manifest's permissions with what the app does
// with each, in name order.
func (m Manifest) Permissions() []Grant {
	names := make([]string, 0, len(m.DefaultPermissions))
	for n := range m.DefaultPermissions {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]Grant, 0, len(names))
	for _, n := range names {
		out = append(out, Grant{Name: n, Access: m.DefaultPermissions[n], Why: permissionUse[n]})
	}
	return out
}

// Events lists the manifest's events with what the app does with each.
func (m Manifest) Events() []Grant {
	out := make([]Grant, 0, len(m.DefaultEvents))
	for _, e := range m.DefaultEvents {
		out = append(out, Grant{Name: e, Why: eventUse[e]})
	}
	return out
}

// Grant is a permission or an event the app asks for.
type Grant struct {
	Name   string // "issues", "pull_request"
	Access string // "read" or "write"; "" for events
	Why    string // what the app does with it; "" when not known
}

// permissionUse says what the app does with each permission it may ask for.
var permissionUse = map[string]string{
	"checks":        "posts the review as a check run with line annotations",
	"contents":      "reads post-mortems and .github/postmortem.yml, and writes issue numbers back into merged post-mortems",
	"issues":        "opens an issue per action item and the weekly summary issue",
	"pull_requests": "reads the changed files, posts the review with suggestions, and opens write-back pull requests",
	"metadata":      "lists repositories; every GitHub App has it",
}

// eventUse says what the app does with each event it may subscribe to.
var eventUse = map[string]string{
	"pull_request":              "reviews post-mortems in pull requests, and opens issues when one merges",
	"issues":                    "keeps a post-mortem in step when its action issues close, reopen or change owner",
	"check_run":                 "re-runs the review when someone asks for it on the check",
	"check_suite":               "re-runs the review when someone asks for it on the commit",
	"installation":              "learns where it was installed or removed",
	"installation_repositories": "learns which repositories it may work on",
	"milestone":                 "follows milestone changes of action issues",
}
