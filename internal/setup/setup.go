// Package setup is serve's first run. With no GitHub App configured, serve
// shows a page that says what the app does and which permissions and
// events it asks for, registers the app on GitHub with GitHub's
// app-manifest flow, and stores the credentials GitHub hands back, so
// that serve can go on to receive webhooks without a restart.
//
// The flow: the person opens StartURL, which serve prints, and gets the
// setup cookie (access.go); the page's form posts the manifest (app.yml
// with this server's URLs filled in) to GitHub's "new GitHub App" page
// with a random state; GitHub creates the app and sends the browser back
// to CallbackPath with a one-time code and the state; the callback checks
// the cookie and the state, exchanges the code (POST
// /app-manifests/{code}/conversions) for the app's id, key and webhook
// secret, saves them and calls Config.Complete.
package setup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Config configures a Server. PublicURL, CredentialsPath and Complete are
// required.
type Config struct {
	// Manifest is app.yml.
	Manifest []byte
	// PublicURL is where GitHub and browsers reach this server, such as
	// http://localhost:3000; the page lets the person change it. Besides
	// this machine's names, the pages answer only its host.
	PublicURL string
	// WebhookURL, when set, is where GitHub delivers webhooks instead of
	// PublicURL + webhook.Path: a proxy such as smee.io.
	WebhookURL string
	// APIURL is GITHUB_API_URL when set: the code is exchanged there.
	// Empty derives it from the host chosen on the page, which must then
	// be https and public (apihost.go).
	APIURL string
	// CredentialsPath is the file the credentials are saved to.
	CredentialsPath string
	// Complete is called once with the saved credentials; it makes the
	// server receive webhooks. Its error is shown on the page.
	Complete func(Credentials) error
	// Client exchanges the code; nil is a client with ExchangeTimeout.
	// It never follows a redirect.
	Client    *http.Client
	UserAgent string
	Logger    *slog.Logger     // nil discards
	Now       func() time.Time // nil is time.Now
	// LookupIP resolves a GitHub Enterprise Server's name; nil is
	// net.DefaultResolver's.
	LookupIP func(ctx context.Context, host string) ([]net.IPAddr, error)
}

// Server serves the setup pages.
type Server struct {
	cfg      Config
	manifest Manifest
	def      target // what the page proposes before the person changes it
	flows    *flows
	token    string // the setup token: StartURL carries it, the cookie too
	apiHost  string // the host GITHUB_API_URL names; "" when not set
	httpAPI  bool   // GITHUB_API_URL is http: so may a host on the page be

	mu   sync.Mutex // one completion at a time
	done bool       // credentials saved: later callbacks are refused
}

// New checks cfg and parses the manifest.
func New(cfg Config) (*Server, error) {
	m, err := ParseManifest(cfg.Manifest)
	if err != nil {
		return nil, err
	}
	if cfg.CredentialsPath == "" || cfg.Complete == nil {
		return nil, errors.New("setup: no credentials path or Complete")
	}
	cfg = withDefaults(cfg)
	def, err := target{
		Name: m.Name, Public: m.Public, Host: defaultHost(cfg.APIURL),
		PublicURL: cfg.PublicURL, WebhookURL: cfg.WebhookURL,
	}.check()
	if err != nil {
		return nil, fmt.Errorf("setup page: %w", err)
	}
	s := &Server{cfg: cfg, manifest: m, def: def, flows: &flows{m: map[string]flow{}, now: cfg.Now}, token: randomToken()}
	s.apiHost, s.httpAPI = apiHostOf(cfg.APIURL)
	return s, nil
}

// withDefaults fills in cfg's optional fields.
func withDefaults(cfg Config) Config {
	client := http.Client{Timeout: ExchangeTimeout}
	if cfg.Client != nil {
		client = *cfg.Client
	}
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	cfg.Client = &client
	if cfg.LookupIP == nil {
		cfg.LookupIP = net.DefaultResolver.LookupIPAddr
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return cfg
}

// Handler serves the setup pages, GET /healthz (200) and GET /readyz (503
// until the app is set up). Deliveries to webhook.Path get 503: there is
// no secret to check them with yet. Requests addressed to another host
// than this machine or the public URL's get 421 (but for the probes').
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, PagePath, http.StatusSeeOther)
	})
	mux.HandleFunc("GET "+PagePath, s.servePage)
	mux.HandleFunc("GET "+CallbackPath, s.serveCallback)
	mux.Handle("GET "+InstalledPath, Installed())
	mux.Handle("GET "+StaticPath, Installed())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { writeText(w, http.StatusOK, "ok") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		writeText(w, http.StatusServiceUnavailable, "not ready: waiting for the GitHub App to be set up at "+PagePath)
	})
	mux.HandleFunc("POST "+webhook.Path, func(w http.ResponseWriter, _ *http.Request) {
		writeText(w, http.StatusServiceUnavailable, "not set up yet: no webhook secret")
	})
	return s.guardHost(mux)
}

// writeText answers with status and a one-line plain-text body.
func writeText(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body + "\n"))
}
