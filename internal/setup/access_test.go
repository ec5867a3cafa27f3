package setup

import (
	"net/http"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// withPublicURL sets the harness's public URL.
func withPublicURL(u string) func(*Config) { return func(c *Config) { c.PublicURL = u } }

// request is a GET of path at the harness, with Host host when not empty
// and the cookie value when not empty.
func (h *harness) request(path, host, cookie string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, h.srv.URL+path, nil)
	if host != "" {
		req.Host = host
	}
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: cookieName, Value: cookie})
	}
	return req
}

// pendingFlows is how many states the server has handed out.
func (h *harness) pendingFlows() int {
	h.s.flows.mu.Lock()
	defer h.s.flows.mu.Unlock()
	return len(h.s.flows.m)
}

// A web page whose name re-resolves to this machine (DNS rebinding) sends
// its own name as the Host: refused, but for the probes.
func TestRefusesOtherHosts(t *testing.T) {
	h := newHarness(t, withPublicURL("https://pmb.example.com"))
	for _, host := range []string{"evil.example", "evil.example:3000", "localhost.evil.example", "127.0.0.1.nip.io:3000", "pmb.example.com.evil.example"} {
		for _, path := range []string{PagePath, PagePath + "?token=" + h.s.token, CallbackPath + "?code=c&state=s", "/", StaticPath + "style.css"} {
			resp, body := h.do(t, h.request(path, host, h.s.token))
			if resp.StatusCode != http.StatusMisdirectedRequest || !strings.Contains(body, "answers only at localhost") ||
				strings.Contains(body, h.s.token) || resp.Header.Get("Set-Cookie") != "" {
				t.Errorf("Host %s, %s: got %s %q, want 421 and why", host, path, resp.Status, body)
			}
		}
		for path, want := range map[string]int{"/healthz": 200, "/readyz": 503} {
			if resp, _ := h.do(t, h.request(path, host, "")); resp.StatusCode != want {
				t.Errorf("Host %s, %s: got %s, want %d", host, path, resp.Status, want)
			}
		}
	}
	for _, host := range []string{"localhost:3000", "LocalHost", "127.0.0.1:8080", "[::1]:3000", "[::1]", "pmb.example.com", "PMB.example.com:443"} {
		if resp, body := h.do(t, h.request(PagePath, host, h.s.token)); resp.StatusCode != 200 || !actionAttr.MatchString(body) {
			t.Errorf("Host %s: got %s, want the form", host, resp.Status)
		}
	}
}

// Without the setup cookie the page shows where the link is: no form, no
// state; a wrong token gets no cookie.
func TestPageNeedsTheSetupToken(t *testing.T) {
	h := newHarness(t)
	for name, req := range map[string]*http.Request{
		"no cookie":       h.request(PagePath, "", ""),
		"settings":        h.request(PagePath+"?name=pmb&public_url=http://localhost:3000", "", ""),
		"wrong cookie":    h.request(PagePath, "", h.s.token[1:]+"x"),
		"wrong token":     h.request(PagePath+"?token="+h.s.token[1:]+"x", "", ""),
		"empty token":     h.request(PagePath+"?token=", "", ""),
		"token as cookie": h.request(PagePath+"?token=", "", h.s.token), // the query is checked first
	} {
		resp, page := h.do(t, req)
		if resp.StatusCode != 403 || actionAttr.MatchString(page) || strings.Contains(page, "manifest") ||
			!strings.Contains(page, "setup token") || len(resp.Cookies()) != 0 {
			t.Errorf("%s: got %s, cookies %v, want 403, no form, no cookie:\n%s", name, resp.Status, resp.Cookies(), page)
		}
	}
	if n := h.pendingFlows(); n != 0 {
		t.Errorf("the pages without the cookie handed out %d states", n)
	}
}

// The printed link's token becomes the cookie, the address bar loses the
// token, and the cookie opens the form.
func TestTokenSetsTheCookie(t *testing.T) {
	for public, secure := range map[string]bool{"": false, "https://pmb.example.com": true} {
		var options []func(*Config)
		host := "" // the harness's own
		if public != "" {
			options, host = append(options, withPublicURL(public)), "pmb.example.com"
		}
		h := newHarness(t, options...)
		if !strings.HasPrefix(h.s.StartURL(), h.s.def.PublicURL+PagePath+"?token=") || len(h.s.token) != 43 {
			t.Errorf("start URL %s: want the page's with a 32-byte token", h.s.StartURL())
		}
		resp, _ := h.do(t, h.request(PagePath+"?token="+h.s.token, host, ""))
		c := resp.Cookies()
		if resp.StatusCode != 303 || resp.Header.Get("Location") != PagePath || len(c) != 1 || c[0].Name != cookieName ||
			c[0].Value != h.s.token || !c[0].HttpOnly || c[0].SameSite != http.SameSiteLaxMode || c[0].Path != PagePath || c[0].Secure != secure {
			t.Fatalf("public URL %q: got %s to %q, cookies %+v; want 303 to %s and the cookie (Secure %v)",
				public, resp.Status, resp.Header.Get("Location"), c, PagePath, secure)
		}
		if resp, page := h.do(t, h.request(PagePath, host, c[0].Value)); resp.StatusCode != 200 || !actionAttr.MatchString(page) {
			t.Errorf("with the cookie: got %s, want the form", resp.Status)
		}
		if strings.Contains(h.logs.String(), h.s.token) {
			t.Errorf("the logs hold the token:\n%s", h.logs)
		}
	}
}

// The callback wants the cookie; without it the state stays good for the
// browser that has it.
func TestCallbackNeedsTheSetupCookie(t *testing.T) {
	h := newHarness(t)
	h.github.AddManifestCode("code1", githubtest.ManifestApp{})
	_, state, _ := form(t, h.getBody(t, PagePath))
	wrong := "x" + h.s.token[1:]
	if wrong == h.s.token { // a token that starts with x
		wrong = "y" + h.s.token[1:]
	}
	for name, cookie := range map[string]string{"no cookie": "", "wrong cookie": wrong} {
		resp, page := h.do(t, h.request(CallbackPath+"?code=code1&state="+state, "", cookie))
		if resp.StatusCode != 403 || !strings.Contains(page, "setup link") || len(h.completed()) != 0 {
			t.Errorf("%s: got %s, Complete called %d times; want 403\n%s", name, resp.Status, len(h.completed()), page)
		}
	}
	if resp, _ := h.get(t, CallbackPath+"?code=code1&state="+state); resp.StatusCode != 200 || len(h.completed()) != 1 {
		t.Errorf("with the cookie: got %s, want 200 and the app set up", resp.Status)
	}
}

// The page cautions when GitHub would send the browser back to another
// host than the page's, where the cookie does not go.
func TestPageCautionsOfAnotherHost(t *testing.T) {
	h := newHarness(t)
	if page := h.getBody(t, PagePath); strings.Contains(page, `id="elsewhere"`) {
		t.Error("cautions about its own host")
	}
	if page := h.getBody(t, PagePath+"?name=pmb&public_url=https://pmb.example.com"); !strings.Contains(page, `id="elsewhere"`) {
		t.Error("no caution about another host")
	}
}
