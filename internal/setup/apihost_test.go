package setup

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// withAPIURL sets the harness's GITHUB_API_URL.
func withAPIURL(u string) func(*Config) { return func(c *Config) { c.APIURL = u } }

// pageWithHost is the setup page with host entered as the GitHub
// Enterprise Server.
func (h *harness) pageWithHost(t *testing.T, host string) (*http.Response, string) {
	t.Helper()
	return h.get(t, PagePath+"?"+url.Values{"name": {"pmb"}, "host": {host}, "public_url": {h.srv.URL}}.Encode())
}

// The page sends codes only to an https host with public addresses,
// unless GITHUB_API_URL names the host (or is http).
func TestPageRefusesEnterpriseHosts(t *testing.T) {
	cases := []struct {
		api, host string
		want      string // in the problem shown; "" for the form
	}{
		{"", "http://ghe.example.com", "want https://HOST"},
		{"", "https://10.1.2.3", "private network"},
		{"", "https://ghe.internal", "private network"},
		{"", "https://localhost:8443", "private network"},
		{"", "https://[::1]", "private network"},
		{"", "https://metadata.example", "private network"},
		{"", "https://mixed.example", "private network"},
		{"", "https://nowhere.example", "does not resolve"},
		{"", "https://ghe.example.com", ""},
		{"https://ghe.internal/api/v3/", "https://ghe.internal", ""},
		{"https://ghe.internal/api/v3/", "https://10.1.2.3", "private network"},
		{"https://ghe.internal/api/v3/", "http://ghe.internal", "want https://HOST"},
		{"http://127.0.0.1:9/", "http://127.0.0.1:5555", ""},
		{"http://127.0.0.1:9/", "http://ghe.example.com", ""},
		{"http://127.0.0.1:9/", "https://ghe.internal", "private network"},
	}
	for _, c := range cases {
		h := newHarness(t, withAPIURL(c.api))
		resp, page := h.pageWithHost(t, c.host)
		switch {
		case c.want == "" && (resp.StatusCode != 200 || !actionAttr.MatchString(page)):
			t.Errorf("API %q, host %s: got %s, want the form", c.api, c.host, resp.Status)
		case c.want != "" && (resp.StatusCode != 400 || actionAttr.MatchString(page) || !strings.Contains(page, c.want)):
			t.Errorf("API %q, host %s: got %s, want 400, no form and %q", c.api, c.host, resp.Status, c.want)
		case c.want != "" && h.pendingFlows() != 0:
			t.Errorf("API %q, host %s: a state was handed out", c.api, c.host)
		}
	}
}

// The exchange checks the host again: its name may resolve elsewhere by
// the time GitHub sends the browser back.
func TestExchangeRefusesInternalHosts(t *testing.T) {
	h := newHarness(t, withAPIURL(""))
	for api, want := range map[string]string{
		"https://ghe.internal/api/v3/":    "private network",
		"https://169.254.169.254/api/v3/": "private network",
		"http://ghe.example.com/api/v3/":  "want https://HOST",
	} {
		if _, err := h.s.exchange(context.Background(), api, "code1"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", api, err, want)
		}
	}
}

// A redirect from the API is not followed: the code would go where the
// redirect says. The page says no more than that the exchange failed.
func TestExchangeFollowsNoRedirect(t *testing.T) {
	gh := githubtest.New(t)
	gh.AddManifestCode("code1", githubtest.ManifestApp{})
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, gh.URL+r.URL.Path, http.StatusTemporaryRedirect) // keeps the POST
	}))
	t.Cleanup(redirect.Close)
	h := newHarness(t, withAPIURL(redirect.URL))
	_, state, _ := form(t, h.getBody(t, PagePath))
	resp, page := h.get(t, CallbackPath+"?code=code1&state="+state)
	if resp.StatusCode != 502 || !strings.Contains(page, "did not exchange the code") || statusRe.MatchString(page) {
		t.Errorf("got %s, want 502 and no status\n%s", resp.Status, page)
	}
	if _, err := os.Stat(h.creds); err == nil || len(h.completed()) != 0 {
		t.Error("the redirect was followed: the app is set up")
	}
	if logs := h.logs.String(); !strings.Contains(logs, "307") || strings.Contains(logs, "code1") {
		t.Errorf("debug log: want the status without the code:\n%s", logs)
	}
}

// statusRe finds the redirect's status as a word of its own, not as part
// of a port number such as 127.0.0.1:33071.
var statusRe = regexp.MustCompile(`\b307\b`)

// The default client gives up within ExchangeTimeout and follows no
// redirect either.
func TestDefaultExchangeClient(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Client = nil })
	if c := h.s.cfg.Client; c.Timeout != ExchangeTimeout || c.CheckRedirect == nil {
		t.Errorf("client: timeout %v, redirects checked %v; want %v and checked", c.Timeout, c.CheckRedirect != nil, ExchangeTimeout)
	}
}
