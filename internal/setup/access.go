package setup

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// Who may use the setup pages. Until the app exists, whoever completes
// the setup decides which app this server serves, so two checks stand in
// front of the pages:
//
//   - The host: the pages answer only requests addressed to this machine
//     (localhost, 127.0.0.1, [::1]) or to the public URL's host. A web
//     page whose own name re-resolves to 127.0.0.1 (DNS rebinding) sends
//     its name, and is refused.
//   - The setup token: serve prints the page's address with a random
//     token, and only a browser that opened it gets the setup cookie. The
//     page's form, its state and the callback need the cookie.
const (
	// tokenParam is the setup token's query parameter.
	tokenParam = "token"
	// cookieName is the cookie that carries the token once the browser
	// has opened the printed link; it is sent to PagePath and below.
	cookieName = "postmortem_bot_setup"
)

// loopbackHosts are the names of this machine a browser on it uses.
var loopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// StartURL is the setup page's address with the setup token, on the
// public URL: whoever opens it may set up the app. serve prints it to
// the person who started it; it is never logged.
func (s *Server) StartURL() string {
	return s.def.PublicURL + PagePath + "?" + tokenParam + "=" + url.QueryEscape(s.token)
}

// guardHost answers 421 to requests whose Host is neither this machine
// nor the public URL's host; /healthz and /readyz answer any host, for
// probes.
func (s *Server) guardHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || s.knownHost(r.Host) {
			next.ServeHTTP(w, r)
			return
		}
		writeText(w, http.StatusMisdirectedRequest, "This setup server answers only at localhost, 127.0.0.1, [::1] "+
			"and its PUBLIC_URL's host. Open the link serve printed, or restart serve with PUBLIC_URL set to the address you use.")
	})
}

// knownHost reports whether a request's Host header names this machine or
// the public URL's host, on any port.
func (s *Server) knownHost(hostport string) bool {
	host := headerHost(hostport)
	return host != "" && (host == hostOf(s.def.PublicURL) || slices.Contains(loopbackHosts, host))
}

// headerHost is the host name in a Host header, lower case, without the
// port or an IPv6 address's brackets.
func headerHost(hostport string) string {
	return strings.ToLower((&url.URL{Host: hostport}).Hostname())
}

// hostOf is the host name of an absolute URL, lower case, without the
// port.
func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// admit trades the token in the query for the setup cookie and sends the
// browser on to the page without the token in its address bar. A wrong
// token gets the page that says where the right one is.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) {
	if !s.isToken(r.URL.Query().Get(tokenParam)) {
		s.cfg.Logger.Warn("setup: a request with a wrong setup token", "remote", r.RemoteAddr)
		render(w, http.StatusForbidden, "locked", lockedPage{WrongToken: true})
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: s.token, Path: PagePath,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: strings.HasPrefix(s.def.PublicURL, "https://"),
	})
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	http.Redirect(w, r, PagePath, http.StatusSeeOther)
}

// authorized reports whether r carries the setup cookie.
func (s *Server) authorized(r *http.Request) bool {
	c, err := r.Cookie(cookieName)
	return err == nil && s.isToken(c.Value)
}

// isToken compares v with the setup token in constant time.
func (s *Server) isToken(v string) bool {
	return subtle.ConstantTimeCompare([]byte(v), []byte(s.token)) == 1
}

// lockedPage is what a browser without the setup cookie sees.
type lockedPage struct{ WrongToken bool }
