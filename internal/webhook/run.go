package webhook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"
)

// run hands one queued event to each of its handlers in turn. When one
// fails, the delivery id is forgotten: GitHub's "Redeliver" keeps the id,
// and a redelivery of a delivery whose handling failed must run again.
// Only a delivery every handler took is a duplicate.
func (s *Server) run(ctx context.Context, j job) {
	s.metrics.wait.Observe(time.Since(j.enqueued).Seconds())
	failed := false
	for _, h := range s.handlers[j.event.Type] {
		if s.runHandler(ctx, h, j.event) != nil {
			failed = true
		}
	}
	if failed && j.event.DeliveryID != "" {
		s.seen.remove(j.event.DeliveryID)
	}
}

// runHandler calls h, turning a panic into an error, logs and counts
// what happened, and returns the error.
func (s *Server) runHandler(ctx context.Context, h Handler, ev Event) error {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := safeHandle(ctx, h, ev)
	elapsed := time.Since(start)
	result := resultOK
	var pe *panicError
	switch {
	case errors.As(err, &pe):
		result = resultPanic
		s.metrics.panics.WithLabelValues(ev.Type).Inc()
	case err != nil:
		result = resultError
	}
	s.metrics.duration.WithLabelValues(ev.Type, result).Observe(elapsed.Seconds())
	s.logHandled(ctx, h, ev, result, elapsed, err)
	return err
}

// panicError is a recovered panic and the stack where it happened.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// safeHandle calls h.Handle and recovers a panic as a *panicError.
func safeHandle(ctx context.Context, h Handler, ev Event) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return h.Handle(ctx, ev)
}

// logHandled logs a handler's outcome: errors and panics (with the stack)
// at error level, success at info.
func (s *Server) logHandled(ctx context.Context, h Handler, ev Event, result string, elapsed time.Duration, err error) {
	attrs := []slog.Attr{
		slog.String("event", ev.Type), slog.String("action", ev.Action),
		slog.String("delivery", ev.DeliveryID), slog.String("repo", ev.Repo),
		slog.Int64("installation", ev.InstallationID), slog.String("handler", fmt.Sprintf("%T", h)),
		slog.String("result", result), slog.Duration("duration", elapsed),
	}
	if err == nil {
		s.logger.LogAttrs(ctx, slog.LevelInfo, "event handled", attrs...)
		return
	}
	attrs = append(attrs, slog.String("error", err.Error()))
	if pe := (*panicError)(nil); errors.As(err, &pe) {
		attrs = append(attrs, slog.String("stack", string(pe.stack)))
	}
	s.logger.LogAttrs(ctx, slog.LevelError, "event handler failed", attrs...)
}
