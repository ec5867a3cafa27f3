// Package githubtest is a stateful fake of GitHub's REST API for tests.
//
// A Server runs on httptest and keeps repositories, files, issues, labels,
// milestones, pull requests, reviews and check runs in memory. Every request
// it receives is checked against GitHub's published REST description
// (@octokit/openapi, fetched by scripts/setup); a request the description
// rejects, or a route the fake does not implement, fails the test at once.
// Tests set state up with AddRepo and the Repo methods, drive the code under
// test against Server.URL, and inspect the state and Calls afterwards.
package githubtest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server is a fake GitHub REST API. Its URL ends with "/" and works as a
// go-github BaseURL; the GitHub Enterprise prefix "/api/v3/" is accepted too.
type Server struct {
	// URL is the base URL of the API, ending with "/".
	URL string

	t     testing.TB
	srv   *httptest.Server
	mux   *http.ServeMux
	check *validator
	now   func() time.Time
	bot   string
	lag   time.Duration

	mu     sync.Mutex
	repos  map[string]*Repo
	tokens map[string]int64
	// suspended installations: listed with suspended_at, refused tokens.
	suspended map[int64]time.Time
	calls     []Call
	faults    []*Fault
	limits    map[string]*rateLimit
	nextID    int64
	counter   int
}

// Option configures a Server.
type Option func(*Server)

// WithClock makes the server take timestamps (created_at, expires_at,
// X-RateLimit-Reset) from now instead of time.Now.
func WithClock(now func() time.Time) Option {
	return func(s *Server) { s.now = now }
}

// WithBotLogin sets the login that authors what the app creates (issues,
// comments, reviews). The default is "postmortem-bot[bot]".
func WithBotLogin(login string) Option {
	return func(s *Server) { s.bot = login }
}

// WithSearchLag hides issues from GET /search/issues until they are d old,
// as GitHub's search index lags behind writes.
func WithSearchLag(d time.Duration) Option {
	return func(s *Server) { s.lag = d }
}

// New starts a fake GitHub API for the test t and closes it at cleanup.
// It skips the test when GitHub's REST description has not been fetched
// (run scripts/setup), or fails it when POSTMORTEM_BOT_REQUIRE_FIXTURES=1.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{
		t: t, check: loadValidator(t), now: time.Now, bot: "postmortem-bot[bot]",
		repos: map[string]*Repo{}, tokens: map[string]int64{},
		limits: map[string]*rateLimit{}, nextID: 1000,
	}
	for _, o := range opts {
		o(s)
	}
	s.mux = newMux(s)
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.srv.URL + "/"
	t.Cleanup(s.Close)
	t.Cleanup(func() {
		if !t.Failed() && !t.Skipped() {
			s.Verify()
		}
	})
	return s
}

// Validates reports whether requests are checked against GitHub's REST
// description: false only when scripts/setup has not fetched it (and
// POSTMORTEM_BOT_REQUIRE_FIXTURES is not set).
func (s *Server) Validates() bool { return s.check != nil }

// Close shuts the server down; New registers it with t.Cleanup.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Client returns an HTTP client for the server (no authentication added).
func (s *Server) Client() *http.Client { return s.srv.Client() }

// id returns a fresh object id. The caller holds s.mu.
func (s *Server) id() int64 {
	s.nextID++
	return s.nextID
}

// serveHTTP checks a request against the description, applies any fault,
// then answers it from state and records the call.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	orig := r.URL.Path
	r.URL.Path = strings.TrimPrefix(orig, "/api/v3")
	r.URL.RawPath = strings.TrimPrefix(r.URL.RawPath, "/api/v3")
	r = withPrefix(r, strings.TrimSuffix(orig, r.URL.Path))
	body, ok := s.admit(w, r)
	if !ok {
		return
	}
	r.Body = readCloser(body)
	if s.applyFault(w, r) {
		return
	}
	s.answer(w, r)
}

// admit validates r and reports whether to go on; when not, it has answered
// and recorded the call.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := readBody(r)
	if err != nil {
		s.reject(w, r, http.StatusBadRequest, "reading body: "+err.Error())
		return nil, false
	}
	if _, pattern := s.mux.Handler(r); pattern == "" {
		s.reject(w, r, http.StatusNotFound, "route not implemented by githubtest")
		return nil, false
	}
	if err := s.check.validate(r, body); err != nil {
		s.reject(w, r, http.StatusUnprocessableEntity, err.Error())
		return nil, false
	}
	return body, true
}

// reject fails the test for r and answers status with GitHub's error shape.
func (s *Server) reject(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.t.Errorf("githubtest: %s %s: %s", r.Method, r.URL.RequestURI(), msg)
	text := "Not Found"
	if status == http.StatusUnprocessableEntity {
		text = "Invalid request.\n\n" + msg
	}
	s.record(r, status, false)
	writeJSON(w, status, errorBody{Message: text, DocumentationURL: docsURL})
}
