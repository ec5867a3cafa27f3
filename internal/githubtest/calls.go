package githubtest

import (
	"net/http"
	"strings"
)

// Call is one request the server answered.
type Call struct {
	Method string
	// Path is the request path without the /api/v3 prefix or the query.
	Path  string
	Query string
	// Status is the status answered; 0 for a dropped connection.
	Status int
	// Cached is true for a 304 Not Modified answer.
	Cached bool
	// Installation is the installation whose token authorised the call,
	// or 0 when the request carried no token the server issued.
	Installation int64
}

// String formats the call as "GET /path 200".
func (c Call) String() string {
	return c.Method + " " + c.Path + " " + http.StatusText(c.Status)
}

// Calls returns the calls answered so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// ResetCalls forgets the calls recorded so far.
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = nil
}

// record appends a call for r.
func (s *Server) record(r *http.Request, status int, cached bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, Call{
		Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery,
		Status: status, Cached: cached, Installation: s.tokens[bearer(r)],
	})
}

// bearer returns the token of r's Authorization header ("token X" or
// "Bearer X").
func bearer(r *http.Request) string {
	auth := r.Header.Get("Authorization")
	for _, scheme := range []string{"token ", "Bearer ", "bearer "} {
		if t, ok := strings.CutPrefix(auth, scheme); ok {
			return t
		}
	}
	return ""
}
