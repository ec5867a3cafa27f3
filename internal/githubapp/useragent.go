package githubapp

import "net/http"

// userAgentTransport sets the User-Agent header GitHub requires.
type userAgentTransport struct {
	agent string
	next  http.RoundTripper
}

// RoundTrip sends a copy of req carrying the configured User-Agent.
func (t *userAgentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", t.agent)
	return t.next.RoundTrip(r)
}
