package githubapp

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// PrometheusMetrics records GitHub calls as Prometheus metrics:
// github_requests_total{status}, github_request_duration_seconds and
// github_rate_limit_remaining.
type PrometheusMetrics struct {
	requests  *prometheus.CounterVec
	duration  prometheus.Histogram
	remaining prometheus.Gauge
}

// NewPrometheusMetrics registers the metrics with reg.
func NewPrometheusMetrics(reg prometheus.Registerer) (*PrometheusMetrics, error) {
	m := &PrometheusMetrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "github_requests_total", Help: "GitHub API calls by status; cache_hit and 304_revalidated cost no rate limit.",
		}, []string{"status"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "github_request_duration_seconds", Help: "Time a GitHub API call took, retries included.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 12),
		}),
		remaining: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "github_rate_limit_remaining", Help: "X-RateLimit-Remaining of the last response from GitHub.",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.remaining} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// ObserveRequest implements Metrics.
func (m *PrometheusMetrics) ObserveRequest(status string, d time.Duration) {
	m.requests.WithLabelValues(status).Inc()
	m.duration.Observe(d.Seconds())
}

// SetRateLimitRemaining implements Metrics.
func (m *PrometheusMetrics) SetRateLimitRemaining(remaining int) {
	m.remaining.Set(float64(remaining))
}
