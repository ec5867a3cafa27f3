package setup

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"
)

// ExchangeTimeout bounds the exchange of the code with GitHub: it ends
// before serve's HTTP server gives up writing the answer (30 s) and
// within serve's drain on shutdown (25 s).
const ExchangeTimeout = 20 * time.Second

// validCode is the shape of a manifest code: it goes into a URL path.
// It is compiled on first use, not at every start of the command line.
var validCode = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`) })

// donePage is what the page after a completed setup shows.
type donePage struct {
	App             Credentials
	CredentialsPath string
	HookURL         string
	Unreachable     bool
	Warning         string // the app is registered but not yet served
}

// failedPage is what the page after a failed callback shows.
type failedPage struct{ Problem, Next string }

// serveCallback is where GitHub sends the browser back with a code and
// the state; it completes the setup. Only the browser that holds the
// setup cookie may: a state alone could be read off a page by anyone who
// reached it before the cookie existed.
func (s *Server) serveCallback(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		render(w, http.StatusForbidden, "failed", failedPage{
			"This browser has not opened, at this address, the setup link that serve printed in its terminal.",
			"Open that link in this browser, then start again from the setup page.",
		})
		return
	}
	q := r.URL.Query()
	f, ok := s.flows.take(q.Get("state"))
	if !ok {
		render(w, http.StatusBadRequest, "failed", failedPage{
			"This answer does not match a setup started here, or it is more than an hour old.",
			"Start again from the setup page.",
		})
		return
	}
	if !validCode().MatchString(q.Get("code")) {
		render(w, http.StatusBadRequest, "failed", failedPage{"GitHub's answer carries no code.", "Start again from the setup page."})
		return
	}
	// The exchange goes on if the browser goes away: the code works once.
	ctx := context.WithoutCancel(r.Context())
	data, status, err := s.complete(ctx, f, q.Get("code"))
	if err != nil {
		render(w, status, "failed", failedPage{err.Error(), "Start again from the setup page."})
		return
	}
	render(w, http.StatusOK, "done", data)
}

// complete exchanges the code, saves the credentials and hands them to
// Config.Complete, once: later callbacks are refused.
func (s *Server) complete(ctx context.Context, f flow, code string) (donePage, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return donePage{}, http.StatusConflict, errors.New("the GitHub App is set up already: this server serves its webhooks")
	}
	c, err := s.exchange(ctx, f.apiURL, code)
	if err != nil {
		s.cfg.Logger.Warn("setup: exchanging the manifest code failed", "error", err.Error())
		return donePage{}, http.StatusBadGateway, err
	}
	if err := SaveCredentials(s.cfg.CredentialsPath, c); err != nil {
		s.cfg.Logger.Error("setup: saving the credentials failed", "app", c, "error", err.Error())
		return donePage{}, http.StatusInternalServerError, fmt.Errorf("GitHub created %s, but %v. "+
			"Generate a private key in the app's settings (%s) and start serve with GITHUB_APP_ID, GITHUB_PRIVATE_KEY and GITHUB_WEBHOOK_SECRET", c, err, c.HTMLURL)
	}
	s.done = true
	s.cfg.Logger.Info("setup: GitHub App registered", "app", c, "credentials", s.cfg.CredentialsPath)
	data := donePage{App: c, CredentialsPath: s.cfg.CredentialsPath, HookURL: f.hookURL, Unreachable: f.unreachable}
	if err := s.cfg.Complete(c); err != nil {
		s.cfg.Logger.Error("setup: serving webhooks failed", "error", err.Error())
		data.Warning = "Serving its webhooks failed (" + err.Error() + "); restart serve: it will read the saved credentials."
	}
	return data, http.StatusOK, nil
}

// exchange trades the code for the app's credentials at the REST API
// apiURL: POST /app-manifests/{code}/conversions, unauthenticated. The
// API's host is checked again: its name may resolve elsewhere by now.
func (s *Server) exchange(ctx context.Context, apiURL, code string) (Credentials, error) {
	base, err := url.Parse(strings.TrimSuffix(apiURL, "/") + "/")
	if err != nil {
		return Credentials{}, fmt.Errorf("GitHub API URL %q: %w", apiURL, err)
	}
	if err := s.checkServer(ctx, base.String()); err != nil {
		return Credentials{}, err
	}
	client := github.NewClient(s.cfg.Client)
	client.BaseURL = base
	if s.cfg.UserAgent != "" {
		client.UserAgent = s.cfg.UserAgent
	}
	ctx, cancel := context.WithTimeout(ctx, ExchangeTimeout)
	defer cancel()
	app, resp, err := client.Apps.CompleteAppManifest(ctx, code)
	if err != nil {
		return Credentials{}, s.exchangeError(base.Host, resp, err)
	}
	c := credentialsOf(app, base.String(), s.cfg.Now())
	if c.AppID == 0 || c.PrivateKey == "" {
		return Credentials{}, errors.New("GitHub's answer lacks the app's id or private key")
	}
	return c, nil
}

// credentialsOf keeps what serve needs of GitHub's answer.
func credentialsOf(app *github.AppConfig, apiURL string, now time.Time) Credentials {
	return Credentials{
		AppID: app.GetID(), Slug: app.GetSlug(), Name: app.GetName(), Owner: app.GetOwner().GetLogin(),
		HTMLURL: app.GetHTMLURL(), APIURL: apiURL, ClientID: app.GetClientID(),
		ClientSecret: app.GetClientSecret(), WebhookSecret: app.GetWebhookSecret(),
		PrivateKey: app.GetPEM(), CreatedAt: now.UTC(),
	}
}

// exchangeError is the page's word on a failed exchange: that GitHub
// does not know the code, or no more than that it failed. What the host
// answered, or why it could not be reached, goes to the debug log, without
// the request's URL, which holds the code.
func (s *Server) exchangeError(host string, resp *github.Response, err error) error {
	if resp != nil && resp.StatusCode == http.StatusNotFound {
		return errors.New("GitHub does not know this code: a code works once, for an hour")
	}
	var ue *url.Error
	switch {
	case resp != nil:
		s.cfg.Logger.Debug("setup: GitHub refused the code", "host", host, "status", resp.Status)
	case errors.As(err, &ue):
		s.cfg.Logger.Debug("setup: reaching GitHub failed", "host", host, "error", ue.Err.Error())
	default:
		s.cfg.Logger.Debug("setup: the exchange failed", "host", host, "error", err.Error())
	}
	return fmt.Errorf("GitHub (%s) did not exchange the code for the app's credentials; serve's log says more at LOG_LEVEL=debug", host)
}
