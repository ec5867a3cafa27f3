package setup

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
)

// Where serve may send the one-time code. The GitHub Enterprise Server
// typed on the page decides where serve POSTs the code, and the API URL
// saved from there is where serve calls later: the page must not make
// serve send requests into its own network. So a host typed on the page
// must be https and resolve to public addresses only. The host that
// GITHUB_API_URL names is the operator's choice and always good; an http
// GITHUB_API_URL lets http hosts through too.

// checkServer refuses a GitHub Enterprise Server web or API URL that serve
// must not send the code to. Its messages go on the page: they name the
// host but never what it answered.
func (s *Server) checkServer(ctx context.Context, rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" || u.Scheme != "https" && !(u.Scheme == "http" && s.httpAPI) {
		return fmt.Errorf("GitHub Enterprise Server %q: want https://HOST", rawURL)
	}
	host := u.Hostname()
	if s.apiHost != "" && strings.EqualFold(host, s.apiHost) {
		return nil
	}
	addrs, err := s.cfg.LookupIP(ctx, host)
	if err != nil {
		s.cfg.Logger.Debug("setup: looking up the GitHub Enterprise Server failed", "host", host, "error", err.Error())
		return fmt.Errorf("GitHub Enterprise Server %s: its name does not resolve here", host)
	}
	if slices.ContainsFunc(addrs, func(a net.IPAddr) bool { return internalIP(a.IP) }) {
		return fmt.Errorf("GitHub Enterprise Server %s is on this machine or a private network, where the setup page sends "+
			"no codes: to use it, start serve with GITHUB_API_URL=https://%s/api/v3/", host, u.Host)
	}
	return nil
}

// internalIP reports whether ip is this machine's or a private or
// link-local network's: loopback, private, link-local or unspecified.
func internalIP(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast()
}

// apiHostOf is the host GITHUB_API_URL names, and whether it is http.
func apiHostOf(explicit string) (host string, plain bool) {
	u, err := url.Parse(explicit)
	if err != nil || explicit == "" {
		return "", false
	}
	return u.Hostname(), u.Scheme == "http"
}
