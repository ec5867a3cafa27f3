package githubapp

import (
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestPrometheusMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := NewPrometheusMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	m.ObserveRequest("200", time.Millisecond)
	m.ObserveRequest(StatusCacheHit, 0)
	m.ObserveRequest(StatusCacheHit, 0)
	m.SetRateLimitRemaining(4321)
	if got := testutil.ToFloat64(m.requests.WithLabelValues(StatusCacheHit)); got != 2 {
		t.Errorf("cache hits: got %v, want 2", got)
	}
	if got := testutil.ToFloat64(m.remaining); got != 4321 {
		t.Errorf("rate limit remaining: got %v, want 4321", got)
	}
	if _, err := NewPrometheusMetrics(reg); err == nil {
		t.Errorf("registering twice: got no error, want one")
	}
}
