package githubapp

import (
	"fmt"
	"net/url"
	"strings"
)

// parseBaseURL checks that raw is an absolute http(s) URL without
// credentials, query or fragment, and gives it a trailing slash as
// go-github requires.
func parseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("parsing GitHub base URL: %w", err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https", u.Host == "":
		return nil, fmt.Errorf("GitHub base URL %q must be an absolute http or https URL", raw)
	case u.User != nil:
		return nil, fmt.Errorf("GitHub base URL for host %s must not contain credentials", u.Host)
	case u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("GitHub base URL %q must not have a query or fragment", raw)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u, nil
}

// uploadURL returns the upload API root that goes with base:
// uploads.github.com for github.com, /api/uploads/ for GitHub Enterprise
// Server, and base itself otherwise (tests).
func uploadURL(base *url.URL) *url.URL {
	up := *base
	switch {
	case base.Host == "api.github.com":
		up.Host, up.Path = "uploads.github.com", "/"
	case strings.HasSuffix(base.Path, "/api/v3/"):
		up.Path = strings.TrimSuffix(base.Path, "v3/") + "uploads/"
	}
	return &up
}

// tokenBaseURL is the form ghinstallation wants: no trailing slash, since
// it appends "/app/installations/{id}/access_tokens" itself.
func tokenBaseURL(base *url.URL) string {
	return strings.TrimSuffix(base.String(), "/")
}
