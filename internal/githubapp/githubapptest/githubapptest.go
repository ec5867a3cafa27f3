// Package githubapptest helps tests drive the app's GitHub clients: a
// client source whose requests call a hook first, to stop or fault a
// use case at a chosen call.
package githubapptest

import (
	"context"
	"net/http"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// HookClients hands out Clients' installation clients whose transport
// calls Before ahead of each request.
type HookClients struct {
	Clients *githubapp.Clients
	Before  func(*http.Request)
}

// Installation returns installation id's client, hooked.
func (h HookClients) Installation(id int64) *github.Client {
	gh := h.Clients.Installation(id)
	hc := *gh.Client()
	hc.Transport = hookTransport{base: hc.Transport, before: h.Before}
	c := github.NewClient(&hc)
	c.BaseURL, c.UploadURL = gh.BaseURL, gh.UploadURL
	return c
}

// BotLogin is the app's bot login, as Clients reads it.
func (h HookClients) BotLogin(ctx context.Context) (string, error) { return h.Clients.BotLogin(ctx) }

// hookTransport calls before, then base.
type hookTransport struct {
	base   http.RoundTripper
	before func(*http.Request)
}

// RoundTrip implements http.RoundTripper.
func (t hookTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	t.before(r)
	return t.base.RoundTrip(r)
}
