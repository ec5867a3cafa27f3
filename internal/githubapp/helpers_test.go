package githubapp

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	jwt "github.com/golang-jwt/jwt/v4"
)

const testAppID = 42

var (
	keyOnce sync.Once
	testRSA *rsa.PrivateKey
)

// testKey returns one RSA key per test binary and its PKCS #1 PEM.
func testKey(t *testing.T) (*rsa.PrivateKey, []byte) {
	t.Helper()
	keyOnce.Do(func() {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic(err)
		}
		testRSA = k
	})
	der := x509.MarshalPKCS1PrivateKey(testRSA)
	return testRSA, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: der})
}

// fakeGitHub is a tiny GitHub: it issues installation tokens for a valid
// app JWT and passes other requests, with the installation their token
// belongs to, to api.
type fakeGitHub struct {
	t      *testing.T
	srv    *httptest.Server
	prefix string // "" or "/api/v3"
	pub    *rsa.PublicKey

	mu          sync.Mutex
	tokenCalls  map[int64]int
	tokenOwner  map[string]int64
	tokenTTL    func(call int) time.Duration // default one hour
	tokenStatus int                          // when set, access_tokens fails with it
	userAgents  []string
	jwtClaims   []jwt.RegisteredClaims
	api         func(w http.ResponseWriter, r *http.Request, installation int64)
}

// newFakeGitHub starts a fake serving under prefix.
func newFakeGitHub(t *testing.T, prefix string) *fakeGitHub {
	key, _ := testKey(t)
	f := &fakeGitHub{t: t, prefix: prefix, pub: &key.PublicKey,
		tokenCalls: map[int64]int{}, tokenOwner: map[string]int64{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// baseURL is the API root clients should use.
func (f *fakeGitHub) baseURL() string { return f.srv.URL + f.prefix + "/" }

// serve routes one request.
func (f *fakeGitHub) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.userAgents = append(f.userAgents, r.UserAgent())
	f.mu.Unlock()
	path, ok := strings.CutPrefix(r.URL.Path, f.prefix)
	if !ok {
		http.Error(w, `{"message":"Not Found"}`, http.StatusNotFound)
		return
	}
	if id, ok := tokenPath(path); ok && r.Method == http.MethodPost {
		f.issueToken(w, r, id)
		return
	}
	if path == "/app" {
		f.serveApp(w, r)
		return
	}
	f.serveAPI(w, r)
}

// tokenPath parses /app/installations/{id}/access_tokens.
func tokenPath(path string) (int64, bool) {
	rest, ok := strings.CutPrefix(path, "/app/installations/")
	if !ok {
		return 0, false
	}
	idText, ok := strings.CutSuffix(rest, "/access_tokens")
	id, err := strconv.ParseInt(idText, 10, 64)
	return id, ok && err == nil
}

// checkJWT verifies the app JWT on r and records its claims.
func (f *fakeGitHub) checkJWT(r *http.Request) bool {
	raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(raw, &claims, func(tok *jwt.Token) (any, error) {
		if tok.Method != jwt.SigningMethodRS256 {
			return nil, fmt.Errorf("alg %v", tok.Header["alg"])
		}
		return f.pub, nil
	})
	if err != nil {
		f.t.Errorf("app JWT rejected: %v", err)
		return false
	}
	f.mu.Lock()
	f.jwtClaims = append(f.jwtClaims, claims)
	f.mu.Unlock()
	return true
}

// issueToken answers POST /app/installations/{id}/access_tokens.
func (f *fakeGitHub) issueToken(w http.ResponseWriter, r *http.Request, id int64) {
	if !f.checkJWT(r) {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.tokenStatus != 0 {
		http.Error(w, `{"message":"refused"}`, f.tokenStatus)
		return
	}
	f.tokenCalls[id]++
	n := f.tokenCalls[id]
	ttl := time.Hour
	if f.tokenTTL != nil {
		ttl = f.tokenTTL(n)
	}
	tok := fmt.Sprintf("ghs_inst%d_call%d", id, n)
	f.tokenOwner[tok] = id
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{"token": tok, "expires_at": time.Now().Add(ttl).UTC()})
}

// serveApp answers GET /app for a valid JWT.
func (f *fakeGitHub) serveApp(w http.ResponseWriter, r *http.Request) {
	if !f.checkJWT(r) {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	_, _ = fmt.Fprintf(w, `{"id":%d,"slug":"postmortem-bot"}`, testAppID)
}

// serveAPI finds the installation behind the token and calls f.api.
func (f *fakeGitHub) serveAPI(w http.ResponseWriter, r *http.Request) {
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "token ")
	f.mu.Lock()
	id, ok := f.tokenOwner[tok]
	api := f.api
	f.mu.Unlock()
	if !ok || api == nil {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	api(w, r, id)
}

// setAPI installs the handler for API calls.
func (f *fakeGitHub) setAPI(h func(w http.ResponseWriter, r *http.Request, installation int64)) {
	f.mu.Lock()
	f.api = h
	f.mu.Unlock()
}

// tokenCallsFor returns how many tokens installation id was issued.
func (f *fakeGitHub) tokenCallsFor(id int64) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tokenCalls[id]
}

// recordingMetrics is a Metrics that remembers what it was told.
type recordingMetrics struct {
	mu        sync.Mutex
	statuses  map[string]int
	remaining int
}

func newRecordingMetrics() *recordingMetrics {
	return &recordingMetrics{statuses: map[string]int{}, remaining: -1}
}

func (m *recordingMetrics) ObserveRequest(status string, _ time.Duration) {
	m.mu.Lock()
	m.statuses[status]++
	m.mu.Unlock()
}

func (m *recordingMetrics) SetRateLimitRemaining(n int) {
	m.mu.Lock()
	m.remaining = n
	m.mu.Unlock()
}

func (m *recordingMetrics) count(status string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.statuses[status]
}

// recordingSleep records waits instead of sleeping.
type recordingSleep struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *recordingSleep) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *recordingSleep) recorded() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

// testClock is a clock that does not move: the current second, so that
// context deadlines (which use the real clock) still make sense.
func testClock() func() time.Time {
	now := time.Now().Truncate(time.Second)
	return func() time.Time { return now }
}

// newTestClients builds Clients against f with recorded sleeps; edit
// adjusts the Config first.
func newTestClients(t *testing.T, f *fakeGitHub, edit func(*Config)) (*Clients, *recordingSleep) {
	t.Helper()
	_, pemKey := testKey(t)
	sleeps := &recordingSleep{}
	cfg := Config{AppID: testAppID, PrivateKey: pemKey, BaseURL: f.baseURL(),
		Now: testClock(), Sleep: sleeps.sleep}
	if edit != nil {
		edit(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c, sleeps
}

// getJSON sends GET path with gh's installation client and decodes into v.
func getJSON(ctx context.Context, c *Clients, id int64, path string) (map[string]any, *http.Response, error) {
	gh := c.Installation(id)
	req, err := gh.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return nil, nil, err
	}
	var v map[string]any
	resp, err := gh.Do(ctx, req, &v)
	if resp != nil {
		return v, resp.Response, err
	}
	return v, nil, err
}

// sendJSON sends method path with body through installation id's client.
func sendJSON(ctx context.Context, c *Clients, id int64, method, path string, body any) (*http.Response, error) {
	gh := c.Installation(id)
	req, err := gh.NewRequest(method, path, body)
	if err != nil {
		return nil, err
	}
	resp, err := gh.Do(ctx, req, nil)
	if resp != nil {
		return resp.Response, err
	}
	return nil, err
}

// discardLogger returns a logger that drops everything.
func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
