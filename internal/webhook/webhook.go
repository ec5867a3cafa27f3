// Package webhook receives GitHub webhook deliveries: it checks their
// signature, parses them with go-github, answers GitHub at once and hands
// each event to a bounded queue that runs the events of one repository one
// at a time, in order, and different repositories in parallel.
package webhook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/prometheus/client_golang/prometheus"
)

// Handler does something with the events it names. Handle runs on a queue
// worker, never on the HTTP request; events of one repository reach it one
// at a time, in the order GitHub delivered them.
type Handler interface {
	// Handles returns the event types (X-GitHub-Event values) it handles.
	Handles() []string
	// Handle processes one event. An error is logged and counted.
	Handle(ctx context.Context, event Event) error
}

// Event is one verified, parsed delivery.
type Event struct {
	Type           string    // X-GitHub-Event, e.g. "pull_request"
	DeliveryID     string    // X-GitHub-Delivery
	Action         string    // the payload's action, "" if it has none
	Repo           string    // owner/name; "" for app-level events
	InstallationID int64     // 0 if the payload names no installation
	Payload        any       // the go-github event, e.g. *github.PullRequestEvent
	Raw            []byte    // the JSON payload as GitHub sent it
	Received       time.Time // when the delivery was accepted
}

// Config configures a Server. Only Secret is required.
type Config struct {
	Secret    []byte    // the webhook secret; deliveries are signed with it
	Handlers  []Handler // every handler of an event type runs, in this order
	QueueSize int       // events waiting for a worker; default 1000
	Workers   int       // repositories handled at once; default 2*GOMAXPROCS
	MaxBody   int64     // largest payload accepted; default 25 MiB
	// BodyBudget bounds the memory of the bodies being read at once
	// (whoever sends them: signatures are checked as they are read); a
	// delivery that would go past it is answered 503. Default 48 MiB.
	BodyBudget int64
	DedupeSize int // delivery ids remembered; default 10,000
	// HandlerTimeout bounds one handler's run, so that a hung call cannot
	// hold its repository's lane; default 5 minutes.
	HandlerTimeout time.Duration

	// Registerer receives the metrics; nil is a new registry of the
	// Server's own. /metrics serves it if it is also a Gatherer
	// (a *prometheus.Registry is), else prometheus.DefaultGatherer.
	Registerer prometheus.Registerer
	Logger     *slog.Logger // default: JSON to standard error
	Ready      func() error // consulted by /readyz; nil is always ready
	// Store, when set, keeps each delivery some handler wants before it
	// is acknowledged, and its workers run the handlers; the in-memory
	// queue is then unused.
	Store Store
}

// Defaults applied by New.
const (
	DefaultQueueSize  = 1000
	DefaultMaxBody    = 25 << 20
	DefaultDedupeSize = 10000
	// DefaultHandlerTimeout leaves room for retries that wait out a
	// secondary rate limit (githubapp gives up after 2 minutes).
	DefaultHandlerTimeout = 5 * time.Minute
)

// Server is the webhook endpoint and its queue.
type Server struct {
	secret   []byte
	handlers map[string][]Handler
	maxBody  int64
	timeout  time.Duration
	bodies   *budget
	seen     *dedupe
	queue    *queue
	metrics  *metrics
	gatherer prometheus.Gatherer
	logger   *slog.Logger
	ready    func() error
	store    Store
	cancel   context.CancelFunc // ends the handlers' context
}

// New checks cfg, fills in defaults and starts the queue's workers.
func New(cfg Config) (*Server, error) {
	if len(cfg.Secret) == 0 {
		return nil, errors.New("webhook: no secret: unsigned deliveries are never accepted")
	}
	handlers, err := byEvent(cfg.Handlers)
	if err != nil {
		return nil, err
	}
	cfg = withDefaults(cfg)
	m, gatherer, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	s := &Server{
		secret: cfg.Secret, handlers: handlers, maxBody: cfg.MaxBody, bodies: &budget{left: cfg.BodyBudget},
		seen: newDedupe(cfg.DedupeSize), metrics: m, gatherer: gatherer, timeout: cfg.HandlerTimeout,
		logger: cfg.Logger, ready: cfg.Ready, store: cfg.Store,
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.queue = newQueue(cfg.QueueSize, m.depth)
	if s.store == nil {
		s.queue.start(ctx, cfg.Workers, s.run)
	}
	return s, nil
}

// withDefaults fills in the zero fields of cfg.
func withDefaults(cfg Config) Config {
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = DefaultQueueSize
	}
	if cfg.HandlerTimeout <= 0 {
		cfg.HandlerTimeout = DefaultHandlerTimeout
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 2 * runtime.GOMAXPROCS(0)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.BodyBudget <= 0 {
		cfg.BodyBudget = DefaultBodyBudget
	}
	// The largest body accepted must fit, with room to read its end.
	cfg.BodyBudget = max(cfg.BodyBudget, roundUp(cfg.MaxBody+1))
	if cfg.DedupeSize <= 0 {
		cfg.DedupeSize = DefaultDedupeSize
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	return cfg
}

// byEvent indexes handlers by the event types they handle, refusing types
// go-github cannot parse (they would never be delivered to the handler).
func byEvent(hs []Handler) (map[string][]Handler, error) {
	m := make(map[string][]Handler)
	for _, h := range hs {
		for _, t := range h.Handles() {
			if !knownEvent(t) {
				return nil, fmt.Errorf("webhook: handler %T handles %q, an event type go-github does not know", h, t)
			}
			m[t] = append(m[t], h)
		}
	}
	return m, nil
}

// knownTypes are the event types ParseWebHook understands.
var knownTypes = func() map[string]bool {
	m := make(map[string]bool)
	for _, t := range github.MessageTypes() {
		m[t] = true
	}
	return m
}()

// knownEvent reports whether go-github can parse events of type t.
func knownEvent(t string) bool { return knownTypes[t] }

// Shutdown stops accepting deliveries (they are answered 503), lets the
// queue drain and returns once every handler has finished. If ctx ends
// first, it cancels the handlers' context, drops what is still queued and
// returns ctx's error.
func (s *Server) Shutdown(ctx context.Context) error {
	idle := s.queue.drain()
	select {
	case <-idle:
		s.queue.stop()
		s.queue.wait()
		s.cancel()
		return nil
	case <-ctx.Done():
		// The queue stops before the handlers are cancelled: a worker
		// whose handler returned on the cancellation would otherwise
		// take the next event, and run it with a cancelled context.
		n := s.queue.stop()
		s.cancel()
		if n > 0 {
			s.logger.Warn("webhook queue not drained", "dropped", n)
		}
		return fmt.Errorf("draining webhook queue: %w", ctx.Err())
	}
}
