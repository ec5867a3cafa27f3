package setup

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	postmortembot "github.com/postmortem-bot/postmortem-bot"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// harness is a setup Server under test, on httptest, against a fake
// GitHub API.
type harness struct {
	srv      *httptest.Server
	s        *Server
	github   *githubtest.Server
	creds    string // the credentials file
	logs     *strings.Builder
	mu       sync.Mutex
	complete []Credentials // what Complete was called with
	fail     error         // what Complete returns
}

// newHarness starts a setup Server whose public URL is its own; options
// change its Config.
func newHarness(t *testing.T, options ...func(*Config)) *harness {
	t.Helper()
	h := &harness{github: githubtest.New(t), creds: filepath.Join(t.TempDir(), "creds", "credentials.json"), logs: &strings.Builder{}}
	var handler http.Handler
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	t.Cleanup(h.srv.Close)
	cfg := Config{
		Manifest: postmortembot.AppManifest, PublicURL: h.srv.URL, APIURL: h.github.URL,
		CredentialsPath: h.creds, Client: h.github.Client(), Logger: slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		LookupIP: fakeLookup,
		Complete: func(c Credentials) error {
			h.mu.Lock()
			defer h.mu.Unlock()
			h.complete = append(h.complete, c)
			return h.fail
		},
	}
	for _, o := range options {
		o(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.s, handler = s, s.Handler()
	return h
}

// fakeLookup resolves the names the tests use, without the network.
func fakeLookup(_ context.Context, host string) ([]net.IPAddr, error) {
	ips := map[string]string{
		"ghe.example.com": "203.0.113.10", "ghe.internal": "10.0.0.7", "localhost": "127.0.0.1",
		"metadata.example": "169.254.169.254", "mixed.example": "203.0.113.11,192.168.1.5",
	}[host]
	if ip := net.ParseIP(host); ip != nil {
		return []net.IPAddr{{IP: ip}}, nil
	}
	if ips == "" {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	var out []net.IPAddr
	for _, s := range strings.Split(ips, ",") {
		out = append(out, net.IPAddr{IP: net.ParseIP(s)})
	}
	return out, nil
}

// completed returns what Complete was called with so far.
func (h *harness) completed() []Credentials {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Credentials(nil), h.complete...)
}

// get fetches path from the server with the setup cookie, as the browser
// that opened the setup link does, without following redirects.
func (h *harness) get(t *testing.T, path string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, h.srv.URL+path, nil)
	req.AddCookie(&http.Cookie{Name: cookieName, Value: h.s.token})
	return h.do(t, req)
}

// do sends req without following redirects and returns the answer with
// its body.
func (h *harness) do(t *testing.T, req *http.Request) (*http.Response, string) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

var (
	actionAttr   = regexp.MustCompile(`<form method="post" action="([^"]*)"`)
	manifestAttr = regexp.MustCompile(`name="manifest" value="([^"]*)"`)
)

// form reads the page's form: where it posts, its state and its manifest.
func form(t *testing.T, page string) (action *url.URL, state string, manifest map[string]any) {
	t.Helper()
	a, m := actionAttr.FindStringSubmatch(page), manifestAttr.FindStringSubmatch(page)
	if a == nil || m == nil {
		t.Fatalf("no manifest form in the page:\n%s", page)
	}
	action, err := url.Parse(html.UnescapeString(a[1]))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &manifest); err != nil {
		t.Fatalf("manifest field: %v", err)
	}
	return action, action.Query().Get("state"), manifest
}

func TestPageExplainsAndPostsTheManifest(t *testing.T) {
	h := newHarness(t)
	resp, page := h.get(t, PagePath)
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Fatalf("GET /setup: %s, CSP %q", resp.Status, resp.Header.Get("Content-Security-Policy"))
	}
	for _, want := range []string{"pull_requests", "checks", "milestone", "installation_repositories", "Reviews incident post-mortems"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") {
		t.Error("page has a script")
	}
	action, state, m := form(t, page)
	if action.Scheme+"://"+action.Host+action.Path != "https://github.com/settings/apps/new" || len(state) < 40 {
		t.Errorf("form action: got %s", action)
	}
	hook, _ := m["hook_attributes"].(map[string]any)
	if hook["url"] != h.srv.URL+"/api/github/webhooks" || m["redirect_url"] != h.srv.URL+CallbackPath ||
		m["setup_url"] != h.srv.URL+InstalledPath || m["public"] != false || m["name"] != "postmortem-bot" {
		t.Errorf("manifest: got %v", m)
	}
	if !strings.Contains(page, "GitHub cannot deliver webhooks to") {
		t.Error("page does not warn that GitHub cannot reach a loopback webhook URL")
	}
	if _, again, _ := form(t, h.getBody(t, PagePath)); again == state {
		t.Error("two renderings share a state")
	}
}

// getBody is get's body.
func (h *harness) getBody(t *testing.T, path string) string {
	_, body := h.get(t, path)
	return body
}

func TestPageSettings(t *testing.T) {
	h := newHarness(t)
	q := url.Values{"name": {"pmb-octo"}, "org": {"octo-org"}, "host": {"ghe.example.com"},
		"public_url": {"https://pmb.example.com"}, "public": {"on"}}
	page := h.getBody(t, PagePath+"?"+q.Encode())
	action, _, m := form(t, page)
	if got := action.Scheme + "://" + action.Host + action.Path; got != "https://ghe.example.com/organizations/octo-org/settings/apps/new" {
		t.Errorf("form action: got %s", got)
	}
	if hook, _ := m["hook_attributes"].(map[string]any); hook["url"] != "https://pmb.example.com/api/github/webhooks" || m["public"] != true {
		t.Errorf("manifest: got %v", m)
	}
	if strings.Contains(page, "GitHub cannot deliver webhooks to") {
		t.Error("page warns about a public webhook URL")
	}
}

// A link from another site cannot change where GitHub sends the code.
func TestPageIgnoresSettingsFromElsewhere(t *testing.T) {
	h := newHarness(t)
	q := url.Values{"name": {"pmb"}, "public_url": {"https://elsewhere.example"}}
	for site, want := range map[string]string{"cross-site": h.srv.URL, "none": h.srv.URL, "same-origin": "https://elsewhere.example"} {
		req, _ := http.NewRequest(http.MethodGet, h.srv.URL+PagePath+"?"+q.Encode(), nil)
		req.Header.Set("Sec-Fetch-Site", site)
		req.AddCookie(&http.Cookie{Name: cookieName, Value: h.s.token})
		_, page := h.do(t, req)
		if _, _, m := form(t, page); m["redirect_url"] != want+CallbackPath {
			t.Errorf("Sec-Fetch-Site %s: redirect_url %v, want %s", site, m["redirect_url"], want+CallbackPath)
		}
	}
}

// Whatever the settings hold is escaped; settings that cannot be used
// show why, and no form to post.
func TestPageEscapesAndRejects(t *testing.T) {
	h := newHarness(t)
	page := h.getBody(t, PagePath+"?"+url.Values{"name": {`<b>"x"</b>`}, "public_url": {"http://localhost:3000"}}.Encode())
	if strings.Contains(page, "<b>") || !strings.Contains(page, "&lt;b&gt;") {
		t.Errorf("name not escaped:\n%s", page)
	}
	resp, page := h.get(t, PagePath+"?"+url.Values{"name": {"pmb"}, "org": {`"><script>x</script>`}, "public_url": {"http://localhost:3000"}}.Encode())
	if resp.StatusCode != 400 || strings.Contains(page, "<script>") || actionAttr.MatchString(page) {
		t.Errorf("bad organisation: got %s, want 400, escaped, no form:\n%s", resp.Status, page)
	}
}

func TestEndpointsDuringSetup(t *testing.T) {
	h := newHarness(t)
	cases := []struct {
		method, path string
		status       int
		header, want string
	}{
		{"GET", "/healthz", 200, "", "ok"},
		{"GET", "/readyz", 503, "", "waiting"},
		{"POST", "/api/github/webhooks", 503, "", "not set up"},
		{"GET", "/", 303, "Location", PagePath},
		{"GET", StaticPath + "style.css", 200, "Content-Type", "text/css"},
		{"GET", InstalledPath + "?installation_id=42&setup_action=install", 200, "", "Installation 42"},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, h.srv.URL+c.path, nil)
		resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got := string(body)
		if c.header != "" {
			got = resp.Header.Get(c.header)
		}
		if resp.StatusCode != c.status || !strings.Contains(got, c.want) {
			t.Errorf("%s %s: got %s %q, want %d %q", c.method, c.path, resp.Status, got, c.status, c.want)
		}
	}
}

func TestCallbackCompletesOnce(t *testing.T) {
	h := newHarness(t)
	app := h.github.AddManifestCode("code1", githubtest.ManifestApp{Slug: "pmb-octo", Owner: "octo-org"})
	_, state, _ := form(t, h.getBody(t, PagePath))
	resp, page := h.get(t, CallbackPath+"?code=code1&state="+state)
	if resp.StatusCode != 200 || !strings.Contains(page, `href="https://github.com/apps/pmb-octo/installations/new"`) {
		t.Fatalf("callback: got %s\n%s", resp.Status, page)
	}
	saved, err := LoadCredentials(h.creds)
	if err != nil || saved.AppID != app.ID || saved.WebhookSecret != app.WebhookSecret || saved.PrivateKey != app.PEM ||
		saved.ClientSecret != app.ClientSecret || saved.APIURL != h.github.URL || saved.Owner != "octo-org" {
		t.Fatalf("saved credentials: got %v, %v", saved, err)
	}
	if info, _ := os.Stat(h.creds); info.Mode().Perm() != 0o600 {
		t.Errorf("credentials mode %v, want 0600", info.Mode().Perm())
	}
	if got := h.completed(); len(got) != 1 || got[0] != saved {
		t.Errorf("Complete: called with %v", got)
	}
	if resp, _ := h.get(t, CallbackPath+"?code=code1&state="+state); resp.StatusCode != 400 {
		t.Errorf("same state again: got %s, want 400", resp.Status)
	}
	h.github.AddManifestCode("code2", githubtest.ManifestApp{})
	_, state2, _ := form(t, h.getBody(t, PagePath))
	if resp, _ := h.get(t, CallbackPath+"?code=code2&state="+state2); resp.StatusCode != 409 || len(h.completed()) != 1 {
		t.Errorf("second setup: got %s, Complete called %d times; want 409 and once", resp.Status, len(h.completed()))
	}
	for _, s := range []string{app.WebhookSecret, app.ClientSecret, "PRIVATE KEY", "code1", state} {
		if strings.Contains(h.logs.String(), s) {
			t.Errorf("logs contain %q", s)
		}
	}
}

func TestCallbackFailures(t *testing.T) {
	h := newHarness(t)
	_, state, _ := form(t, h.getBody(t, PagePath))
	_, other, _ := form(t, h.getBody(t, PagePath))
	cases := []struct {
		query  string
		status int
		want   string
	}{
		{"code=x&state=forged", 400, "does not match a setup started here"},
		{"state=" + state, 400, "no code"},
		{"code=../../user&state=" + other, 400, "no code"},
	}
	for _, c := range cases {
		if resp, page := h.get(t, CallbackPath+"?"+c.query); resp.StatusCode != c.status || !strings.Contains(page, c.want) {
			t.Errorf("%s: got %s, want %d %q\n%s", c.query, resp.Status, c.status, c.want, page)
		}
	}
	_, state, _ = form(t, h.getBody(t, PagePath))
	resp, page := h.get(t, CallbackPath+"?code=unknown&state="+state)
	if resp.StatusCode != 502 || !strings.Contains(page, "GitHub does not know this code") || strings.Contains(page, "/app-manifests/") {
		t.Errorf("unknown code: got %s\n%s", resp.Status, page)
	}
	if _, err := os.Stat(h.creds); !errors.Is(err, os.ErrNotExist) || len(h.completed()) != 0 {
		t.Errorf("a failed setup saved credentials (%v) or completed (%d)", err, len(h.completed()))
	}
}

// When serving the webhooks fails, the credentials are kept and the page
// says to restart.
func TestCallbackWhenCompleteFails(t *testing.T) {
	h := newHarness(t)
	h.mu.Lock()
	h.fail = errors.New("no webhook secret")
	h.mu.Unlock()
	h.github.AddManifestCode("code1", githubtest.ManifestApp{})
	_, state, _ := form(t, h.getBody(t, PagePath))
	resp, page := h.get(t, CallbackPath+"?code=code1&state="+state)
	if resp.StatusCode != 200 || !strings.Contains(page, "no webhook secret") || !strings.Contains(page, "restart serve") {
		t.Errorf("got %s\n%s", resp.Status, page)
	}
	if _, err := LoadCredentials(h.creds); err != nil {
		t.Errorf("credentials: %v", err)
	}
}
