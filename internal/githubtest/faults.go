package githubtest

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// FaultKind says what a Fault does to a request.
type FaultKind int

const (
	// ServerError answers Status (default 502) without touching state.
	ServerError FaultKind = iota
	// SecondaryRateLimit answers 403 with Retry-After, as GitHub's
	// secondary rate limit does.
	SecondaryRateLimit
	// Latency delays the request by Delay, then serves it normally.
	Latency
	// Drop hijacks the connection and closes it without an answer.
	Drop
	// LostReply serves the request (its effects happen) but answers Status
	// (default 502) in place of the real answer, as a gateway does when
	// it gives up on a backend that carried on: the client cannot tell
	// whether anything happened.
	LostReply
)

// Fault makes the next Count requests matching Method and PathPrefix fail.
type Fault struct {
	Kind FaultKind
	// Method matches the request method; empty matches any.
	Method string
	// PathPrefix matches the start of the path, /api/v3 stripped; empty
	// matches any.
	PathPrefix string
	// Count is how many matching requests are affected; 0 means 1.
	Count int
	// Status is the ServerError and LostReply status; 0 means 502.
	Status int
	// RetryAfter is the SecondaryRateLimit wait; 0 means one second.
	RetryAfter time.Duration
	// Delay is the Latency added.
	Delay time.Duration
}

// Fault schedules f; faults apply in the order they were added. A fault
// on a repository the server does not have fails the test (it could never
// fire), and so does, at cleanup, a fault that has not fired Count times:
// a test that injects a failure must see it happen.
func (s *Server) Fault(f Fault) {
	s.t.Helper()
	if f.Count <= 0 {
		f.Count = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if name, ok := faultRepo(f.PathPrefix); ok && s.repos[name] == nil {
		s.t.Errorf("githubtest: fault on %s: no repository %s (add it first)", f.PathPrefix, name)
	}
	s.faults = append(s.faults, &f)
}

// faultRepo is the lower-case owner/name a /repos/{owner}/{repo} path
// prefix names, if it names one whole.
func faultRepo(prefix string) (string, bool) {
	rest, ok := strings.CutPrefix(prefix, "/repos/")
	if !ok {
		return "", false
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) < 3 || parts[0] == "" || parts[1] == "" {
		return "", false // "/repos/octo/do" may be a prefix of a name
	}
	return strings.ToLower(parts[0] + "/" + parts[1]), true
}

// Verify fails the test for every fault that has not fired as many times
// as it was scheduled; New runs it at cleanup unless the test has failed
// already.
func (s *Server) Verify() {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		s.t.Errorf("githubtest: fault %s %s%s never fired (%d left)", f.kindName(), cmpOr(f.Method, "*"), cmpOr(f.PathPrefix, "/"), f.Count)
	}
	s.faults = nil
}

// kindName names the fault's kind for messages.
func (f *Fault) kindName() string {
	return [...]string{"ServerError", "SecondaryRateLimit", "Latency", "Drop", "LostReply"}[f.Kind]
}

// takeFault consumes and returns the first fault matching r, or nil.
func (s *Server) takeFault(r *http.Request) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if (f.Method == "" || f.Method == r.Method) && strings.HasPrefix(r.URL.Path, f.PathPrefix) {
			f.Count--
			if f.Count == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
			c := *f
			return &c
		}
	}
	return nil
}

// applyFault applies the fault matching r, if any, and reports whether it
// answered the request.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request) bool {
	f := s.takeFault(r)
	if f == nil {
		return false
	}
	switch f.Kind {
	case Latency:
		return !sleep(r, f.Delay)
	case Drop:
		s.drop(w, r)
	case SecondaryRateLimit:
		s.secondaryLimit(w, r, f.RetryAfter)
	case LostReply:
		s.loseReply(w, r, f.Status)
	default:
		s.serverError(w, r, f.Status)
	}
	return true
}

// sleep waits d or until r is cancelled, and reports whether d passed.
func sleep(r *http.Request, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

// drop closes the connection without answering.
func (s *Server) drop(w http.ResponseWriter, r *http.Request) {
	s.record(r, 0, false)
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

// secondaryLimit answers GitHub's secondary rate limit response.
func (s *Server) secondaryLimit(w http.ResponseWriter, r *http.Request, wait time.Duration) {
	if wait <= 0 {
		wait = time.Second
	}
	w.Header().Set("Retry-After", strconv.Itoa(int((wait+time.Second-1)/time.Second)))
	s.record(r, http.StatusForbidden, false)
	writeJSON(w, http.StatusForbidden, errorBody{
		Message:          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
		DocumentationURL: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
	})
}

// serverError answers a 5xx status.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, status int) {
	if status == 0 {
		status = http.StatusBadGateway
	}
	s.record(r, status, false)
	writeError(w, status, http.StatusText(status))
}

// loseReply serves r against the state, throws the answer away and
// answers a 5xx instead.
func (s *Server) loseReply(w http.ResponseWriter, r *http.Request, status int) {
	s.mux.ServeHTTP(&recorder{header: http.Header{}}, r)
	s.serverError(w, r, status)
}
