package webhook

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Delivery outcomes, the outcome label of webhook_deliveries_total.
const (
	outcomeAccepted     = "accepted"
	outcomeDuplicate    = "duplicate"
	outcomeIgnored      = "ignored"
	outcomeBadSignature = "bad_signature"
	outcomeTooLarge     = "too_large"
	outcomeQueueFull    = "queue_full"
	outcomeBadRequest   = "bad_request"
	outcomeShuttingDown = "shutting_down"
	outcomeBusy         = "busy" // the budget of bodies being read was spent
)

// unverified is the event label of deliveries refused before their
// signature was checked: the header is anyone's to write, and an
// unbounded label would let them grow the metrics without limit.
const unverified = "unverified"

// Handler results, the result label of webhook_handler_duration_seconds.
const (
	resultOK    = "ok"
	resultError = "error"
	resultPanic = "panic"
)

// metrics are the Server's Prometheus collectors.
type metrics struct {
	deliveries *prometheus.CounterVec   // event, outcome
	depth      prometheus.Gauge         // events waiting for a worker
	wait       prometheus.Histogram     // seconds from acceptance to a worker
	duration   *prometheus.HistogramVec // event, result
	panics     *prometheus.CounterVec   // event
}

// newMetrics creates the collectors and registers them with reg (a new
// registry if nil); it returns the gatherer /metrics serves.
func newMetrics(reg prometheus.Registerer) (*metrics, prometheus.Gatherer, error) {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m := &metrics{
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webhook_deliveries_total",
			Help: "Webhook deliveries received, by event type and outcome.",
		}, []string{"event", "outcome"}),
		depth: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "webhook_queue_depth",
			Help: "Events accepted and waiting for a worker.",
		}),
		wait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "webhook_queue_wait_seconds",
			Help:    "Time from accepting an event to a worker starting it.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10), // 1 ms to 4.4 min
		}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "webhook_handler_duration_seconds",
			Help:    "Time a handler took for one event, by event type and result (ok, error, panic).",
			Buckets: prometheus.ExponentialBuckets(0.005, 3, 10), // 5 ms to 98 s
		}, []string{"event", "result"}),
		panics: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webhook_handler_panics_total",
			Help: "Handler panics recovered, by event type.",
		}, []string{"event"}),
	}
	for _, c := range []prometheus.Collector{m.deliveries, m.depth, m.wait, m.duration, m.panics} {
		if err := reg.Register(c); err != nil {
			return nil, nil, fmt.Errorf("webhook: registering metrics: %w", err)
		}
	}
	return m, gathererOf(reg), nil
}

// gathererOf is reg if it can gather, else the default gatherer.
func gathererOf(reg prometheus.Registerer) prometheus.Gatherer {
	if g, ok := reg.(prometheus.Gatherer); ok {
		return g
	}
	return prometheus.DefaultGatherer
}
