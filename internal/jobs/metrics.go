package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Outcomes of a job's run, the outcome label of jobs_finished_total.
const (
	outcomeCompleted = "completed"
	outcomeRetried   = "retried"   // failed, and will be tried again
	outcomeFailed    = "failed"    // failed for good: discarded
	outcomeSnoozed   = "snoozed"   // waits (a rate limit, a locked repository), spending no attempt
	outcomeCancelled = "cancelled" // by the job itself or an operator
)

// Metrics are the job engine's Prometheus collectors, by job kind.
type Metrics struct {
	finished *prometheus.CounterVec   // kind, outcome
	wait     *prometheus.HistogramVec // kind: from available to running
	run      *prometheus.HistogramVec // kind: one run
	running  *prometheus.GaugeVec     // kind
	queued   *queuedCollector
}

// NewMetrics makes the collectors and registers them with reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		finished: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jobs_finished_total",
			Help: "Job runs by kind and outcome (completed, retried, failed, snoozed, cancelled).",
		}, []string{"kind", "outcome"}),
		wait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "jobs_wait_seconds",
			Help:    "Time a job waited, once due, for a worker, by kind.",
			Buckets: prometheus.ExponentialBuckets(0.005, 4, 10), // 5 ms to 22 min
		}, []string{"kind"}),
		run: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "jobs_run_seconds",
			Help:    "Time one run of a job took, by kind.",
			Buckets: prometheus.ExponentialBuckets(0.005, 3, 10), // 5 ms to 98 s
		}, []string{"kind"}),
		running: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "jobs_running",
			Help: "Jobs running in this process, by kind.",
		}, []string{"kind"}),
		queued: &queuedCollector{desc: prometheus.NewDesc("jobs_queued",
			"Jobs waiting in the database (due, scheduled or to retry), by kind.", []string{"kind"}, nil)},
	}
	for _, c := range []prometheus.Collector{m.finished, m.wait, m.run, m.running, m.queued} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("jobs: registering metrics: %w", err)
		}
	}
	return m, nil
}

// follow counts the engine's job events until the returned stop.
func (m *Metrics) follow(e engine, db store) (stop func()) {
	m.queued.set(db)
	events, cancel := e.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed,
		river.EventKindJobSnoozed, river.EventKindJobCancelled)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ev := range events {
			m.count(ev)
		}
	}()
	return func() { cancel(); <-done }
}

// count records one finished run.
func (m *Metrics) count(ev *river.Event) {
	kind := ev.Job.Kind
	m.finished.WithLabelValues(kind, outcome(ev)).Inc()
	if ev.JobStats != nil {
		m.wait.WithLabelValues(kind).Observe(ev.JobStats.QueueWaitDuration.Seconds())
		m.run.WithLabelValues(kind).Observe(ev.JobStats.RunDuration.Seconds())
	}
}

// outcome is the outcome label of an event.
func outcome(ev *river.Event) string {
	switch ev.Kind {
	case river.EventKindJobCompleted:
		return outcomeCompleted
	case river.EventKindJobSnoozed:
		return outcomeSnoozed
	case river.EventKindJobCancelled:
		return outcomeCancelled
	}
	if ev.Job.State == rivertype.JobStateDiscarded {
		return outcomeFailed
	}
	return outcomeRetried
}

// runningMiddleware keeps the running gauge.
type runningMiddleware struct {
	river.MiddlewareDefaults
	gauge *prometheus.GaugeVec
}

// Work implements rivertype.WorkerMiddleware.
func (r *runningMiddleware) Work(ctx context.Context, job *rivertype.JobRow, doInner func(context.Context) error) error {
	g := r.gauge.WithLabelValues(job.Kind)
	g.Inc()
	defer g.Dec()
	return doInner(ctx)
}

// queuedCollector counts the waiting jobs in the database when scraped.
type queuedCollector struct {
	desc *prometheus.Desc
	db   store
}

func (c *queuedCollector) set(db store) { c.db = db }

// Describe implements prometheus.Collector.
func (c *queuedCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

// Collect implements prometheus.Collector: a database that does not
// answer within a second gives no sample.
func (c *queuedCollector) Collect(ch chan<- prometheus.Metric) {
	if c.db == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	counts, err := c.db.countWaiting(ctx)
	if err != nil {
		return
	}
	for kind, n := range counts {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), kind)
	}
}

// countWaitingSQL counts the jobs not yet run by kind, and the stored
// deliveries not yet queued as delivery jobs; the %s are River's job
// table and the outbox, and the outbox's "not queued" test.
const countWaitingSQL = "SELECT kind, count(*) FROM %s WHERE state IN ('available', 'pending', 'scheduled', 'retryable') GROUP BY kind" +
	" UNION ALL SELECT '" + KindDelivery + "', count(*) FROM %s WHERE %s"

// deliveriesWaitingSQL counts up to a limit the delivery jobs waiting for
// a worker; %s is River's job table.
const deliveriesWaitingSQL = "SELECT count(*) FROM (SELECT 1 FROM %s WHERE state = 'available' AND queue = '" + deliveryQueue + "' LIMIT %s) AS w"
