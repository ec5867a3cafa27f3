package githubapp

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gregjones/httpcache"
)

// Request outcome labels besides the numeric status code.
const (
	StatusCacheHit     = "cache_hit"       // answered from the cache without asking GitHub
	StatusRevalidated  = "304_revalidated" // GitHub answered 304 and the cached copy was used
	StatusNetworkError = "error"           // no response at all
)

// Metrics receives what the clients observe about GitHub calls. A
// Prometheus implementation maps ObserveRequest to
// github_requests_total{status} and github_request_duration_seconds, and
// SetRateLimitRemaining to the github_rate_limit_remaining gauge.
type Metrics interface {
	// ObserveRequest records one call as the caller saw it, after retries:
	// status is a StatusXxx label or the HTTP status code.
	ObserveRequest(status string, d time.Duration)
	// SetRateLimitRemaining records X-RateLimit-Remaining from a response
	// GitHub sent (never from a copy served by the cache).
	SetRateLimitRemaining(remaining int)
}

// metricsTransport reports each request's outcome and duration.
type metricsTransport struct {
	metrics Metrics
	now     func() time.Time
	next    http.RoundTripper
}

// RoundTrip forwards req and records the outcome.
func (t *metricsTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	start := t.now()
	resp, err := t.next.RoundTrip(req)
	status := statusLabel(resp, err)
	t.metrics.ObserveRequest(status, t.now().Sub(start))
	if status == StatusCacheHit || resp == nil {
		return resp, err
	}
	if n, err := strconv.Atoi(resp.Header.Get(headerRateRemaining)); err == nil {
		t.metrics.SetRateLimitRemaining(n)
	}
	return resp, err
}

// statusLabel names a request's outcome for metrics.
func statusLabel(resp *http.Response, err error) string {
	switch {
	case err != nil || resp == nil:
		return StatusNetworkError
	case resp.Header.Get(HeaderRevalidated) != "":
		return StatusRevalidated
	case resp.Header.Get(httpcache.XFromCache) != "":
		return StatusCacheHit
	default:
		return strconv.Itoa(resp.StatusCode)
	}
}
