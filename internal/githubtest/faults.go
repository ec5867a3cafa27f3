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
	// Status is the ServerError status; 0 means 502.
	Status int
	// RetryAfter is the SecondaryRateLimit wait; 0 means one second.
	RetryAfter time.Duration
	// Delay is the Latency added.
	Delay time.Duration
}

// Fault schedules f; faults apply in the order they were added.
func (s *Server) Fault(f Fault) {
	if f.Count <= 0 {
		f.Count = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
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
