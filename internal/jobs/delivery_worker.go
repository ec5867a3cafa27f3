package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Store implements webhook.Store: the delivery is a job once it returns
// nil.
func (q *Queue) Store(ctx context.Context, env webhook.Envelope, payload []byte) (bool, error) {
	return q.Deliver(ctx, Delivery{
		ID: env.DeliveryID, Event: env.Event, Action: env.Action, Repo: env.Repo,
		InstallationID: env.InstallationID, Payload: payload,
	})
}

// Work is what the workers do.
type Work struct {
	// Handlers run on the deliveries of the events they handle, each
	// that wants the delivery's action, in this order.
	Handlers []webhook.Handler
	Logger   *slog.Logger // default: discard
}

// Workers are the River workers of w.
func (w Work) Workers() *river.Workers {
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
	ws := river.NewWorkers()
	river.AddWorker(ws, &deliveryWorker{handlers: byEvent(w.Handlers), logger: w.Logger})
	return ws
}

// byEvent indexes handlers by the events they handle.
func byEvent(hs []webhook.Handler) map[string][]webhook.Handler {
	m := map[string][]webhook.Handler{}
	for _, h := range hs {
		for _, t := range h.Handles() {
			m[t] = append(m[t], h)
		}
	}
	return m
}

// deliveryWorker decodes a stored delivery once and hands it to the
// handlers that want it.
type deliveryWorker struct {
	river.WorkerDefaults[DeliveryArgs]
	handlers map[string][]webhook.Handler
	logger   *slog.Logger
}

// Work implements river.Worker. A payload that cannot be decoded is
// cancelled: no attempt would do better.
func (w *deliveryWorker) Work(ctx context.Context, job *river.Job[DeliveryArgs]) error {
	ev, err := decode(job)
	if err != nil {
		w.logger.ErrorContext(ctx, "undecodable delivery", "delivery", job.Args.DeliveryID, "event", job.Args.Event, "error", err.Error())
		return river.JobCancel(err)
	}
	var errs []error
	for _, h := range w.handlers[ev.Type] {
		if !webhook.Wants(h, ev.Type, ev.Action) {
			continue
		}
		if err := w.handle(ctx, h, ev); err != nil {
			errs = append(errs, fmt.Errorf("%T: %w", h, err))
		}
	}
	return outcomeOf(errors.Join(errs...))
}

// handle runs one handler and logs its outcome.
func (w *deliveryWorker) handle(ctx context.Context, h webhook.Handler, ev webhook.Event) error {
	start := time.Now()
	err := h.Handle(ctx, ev)
	attrs := []slog.Attr{
		slog.String("event", ev.Type), slog.String("action", ev.Action), slog.String("delivery", ev.DeliveryID),
		slog.String("repo", ev.Repo), slog.Int64("installation", ev.InstallationID),
		slog.String("handler", fmt.Sprintf("%T", h)), slog.Duration("duration", time.Since(start)),
	}
	if err != nil {
		w.logger.LogAttrs(ctx, slog.LevelWarn, "event handler failed", append(attrs, slog.String("error", err.Error()))...)
		return err
	}
	w.logger.LogAttrs(ctx, slog.LevelInfo, "event handled", attrs...)
	return nil
}

// decode turns a stored delivery into the event its handlers take.
func decode(job *river.Job[DeliveryArgs]) (webhook.Event, error) {
	a := job.Args
	payload, err := github.ParseWebHook(a.Event, a.Payload)
	if err != nil {
		return webhook.Event{}, fmt.Errorf("decoding %s delivery %s: %w", a.Event, a.DeliveryID, err)
	}
	return webhook.Event{
		Type: a.Event, DeliveryID: a.DeliveryID, Action: a.Action, Repo: a.Repo,
		InstallationID: a.InstallationID, Payload: payload, Raw: a.Payload, Received: job.CreatedAt,
	}, nil
}
