package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

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
	ref      *queueRef
	logger   *slog.Logger
}

// Work implements river.Worker. A payload that cannot be decoded is
// cancelled: no attempt would do better.
func (w *deliveryWorker) Work(ctx context.Context, job *river.Job[DeliveryArgs]) error {
	w.ref.took()
	raw, err := w.ref.get(ctx, job.Args.DeliveryID)
	if errors.Is(err, errHandled) {
		w.logger.InfoContext(ctx, "delivery handled already", "delivery", job.Args.DeliveryID)
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading the payload of delivery %s: %w", job.Args.DeliveryID, err)
	}
	if raw == nil {
		return river.JobCancel(fmt.Errorf("delivery %s: no payload", job.Args.DeliveryID))
	}
	ev, err := decode(job, raw)
	if err != nil {
		w.logger.ErrorContext(ctx, "undecodable delivery", "delivery", job.Args.DeliveryID, "event", job.Args.Event, "error", err.Error())
		w.forget(ctx, job.Args.DeliveryID)
		return river.JobCancel(err)
	}
	if err := outcomeIn(ctx, errors.Join(w.handleAll(ctx, ev)...)); err != nil {
		if final(job.JobRow, err) {
			w.forget(ctx, job.Args.DeliveryID)
		}
		return err
	}
	if err := w.ref.done(ctx, job.Args.DeliveryID); err != nil {
		w.logger.WarnContext(ctx, "forgetting a handled delivery's payload", "delivery", job.Args.DeliveryID, "error", err.Error())
	}
	return nil
}

// final reports whether err ends the job for good: cancelled, or its
// last attempt failed.
func final(job *rivertype.JobRow, err error) bool {
	var cancel *river.JobCancelError
	var snooze *river.JobSnoozeError
	return errors.As(err, &cancel) || !errors.As(err, &snooze) && job.Attempt >= job.MaxAttempts
}

// forget drops a delivery whose job ends without handling it, so that
// GitHub's redelivery of it is stored again and runs.
func (w *deliveryWorker) forget(ctx context.Context, id string) {
	if err := w.ref.failed(context.WithoutCancel(ctx), id); err != nil {
		w.logger.WarnContext(ctx, "forgetting a failed delivery", "delivery", id, "error", err.Error())
	}
}

// handleAll hands ev to the handlers that want it: the jobs the sources
// of review and merge jobs make of it are inserted together, and the
// other handlers run now.
func (w *deliveryWorker) handleAll(ctx context.Context, ev webhook.Event) []error {
	var errs []error
	var params []river.InsertManyParams
	for _, h := range w.handlers[ev.Type] {
		if !webhook.Wants(h, ev.Type, ev.Action) {
			continue
		}
		p, isSource, err := split(ctx, h, ev)
		if !isSource {
			err = w.handle(ctx, h, ev)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%T: %w", h, err))
		}
		params = append(params, p...)
	}
	if len(params) > 0 {
		if _, err := w.ref.q.Load().Insert(ctx, params...); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
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
func decode(job *river.Job[DeliveryArgs], raw []byte) (webhook.Event, error) {
	a := job.Args
	payload, err := github.ParseWebHook(a.Event, raw)
	if err != nil {
		return webhook.Event{}, fmt.Errorf("decoding %s delivery %s: %w", a.Event, a.DeliveryID, err)
	}
	return webhook.Event{
		Type: a.Event, DeliveryID: a.DeliveryID, Action: a.Action, Repo: a.Repo,
		InstallationID: a.InstallationID, Payload: payload, Raw: raw, Received: job.CreatedAt,
	}, nil
}
