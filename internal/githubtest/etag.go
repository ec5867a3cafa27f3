package githubtest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// rateLimit is one rate-limit resource ("core", "search").
type rateLimit struct {
	limit, used int
	reset       time.Time
}

// recorder buffers a handler's response so headers can be added after it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (rec *recorder) Header() http.Header { return rec.header }

func (rec *recorder) Write(b []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	return rec.body.Write(b)
}

func (rec *recorder) WriteHeader(status int) {
	if rec.status == 0 {
		rec.status = status
	}
}

// answer runs the handler for r, then adds ETag, caching and rate-limit
// headers, turns a matching If-None-Match into 304, and records the call
// before answering, so that Calls never misses a call a client has seen.
func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{header: http.Header{}}
	s.mux.ServeHTTP(rec, r)
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	cached := r.Method == http.MethodGet && rec.status == http.StatusOK && s.revalidate(rec, r)
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	s.rateHeaders(w.Header(), r, cached)
	s.record(r, rec.status, cached) // before the client can see the answer
	w.WriteHeader(rec.status)
	if !cached {
		_, _ = w.Write(rec.body.Bytes())
	}
}

// revalidate sets the ETag and Cache-Control of a GET answer, and reports
// whether the client's If-None-Match matches (the answer is then 304).
func (s *Server) revalidate(rec *recorder, r *http.Request) bool {
	sum := sha256.Sum256(rec.body.Bytes())
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	rec.header.Set("ETag", etag)
	rec.header.Set("Cache-Control", "private, max-age=60, s-maxage=60")
	rec.header.Set("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
	if !etagMatch(r.Header.Get("If-None-Match"), etag) {
		return false
	}
	rec.status = http.StatusNotModified
	rec.header.Del("Content-Type")
	rec.header.Del("Link")
	return true
}

// etagMatch reports whether an If-None-Match header names etag, comparing
// weakly as HTTP requires.
func etagMatch(header, etag string) bool {
	for _, v := range strings.Split(header, ",") {
		v = strings.TrimPrefix(strings.TrimSpace(v), "W/")
		if v == "*" || v == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
}

// rateHeaders sets X-RateLimit-* for r; a 304 does not count.
func (s *Server) rateHeaders(h http.Header, r *http.Request, cached bool) {
	name := "core"
	if strings.HasPrefix(r.URL.Path, "/search/") {
		name = "search"
	}
	s.mu.Lock()
	l := s.rateLimit(name)
	if !cached {
		l.used++
	}
	used, limit, reset := l.used, l.limit, l.reset
	s.mu.Unlock()
	h.Set("X-RateLimit-Limit", strconv.Itoa(limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(max(limit-used, 0)))
	h.Set("X-RateLimit-Used", strconv.Itoa(used))
	h.Set("X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
	h.Set("X-RateLimit-Resource", name)
}

// rateLimit returns the named resource, resetting it when its window has
// passed. The caller holds s.mu.
func (s *Server) rateLimit(name string) *rateLimit {
	now := s.now()
	l := s.limits[name]
	if l == nil || !now.Before(l.reset) {
		l = &rateLimit{limit: 5000, reset: now.Add(time.Hour)}
		if name == "search" {
			l.limit, l.reset = 30, now.Add(time.Minute)
		}
		s.limits[name] = l
	}
	return l
}

// RateLimitUsed reports how many requests counted against the named
// rate-limit resource ("core" or "search") in its current window.
func (s *Server) RateLimitUsed(resource string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rateLimit(resource).used
}
