package webhook

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/google/go-github/v62/github"
)

// retryAfter is the Retry-After of a 503, in seconds. GitHub does not
// redeliver by itself; the header tells whoever redelivers when to.
const retryAfter = "30"

// noEvent is the event label of a signed delivery without X-GitHub-Event.
const noEvent = "none"

// reply is the answer to one delivery and how it is counted.
type reply struct {
	status  int
	outcome string // the outcome label
	event   string // the event label
	text    string // the response body, short and safe to show
}

// serveDelivery receives one webhook delivery and answers at once: the
// handlers run later, on the queue.
func (s *Server) serveDelivery(w http.ResponseWriter, r *http.Request) {
	rep := s.receive(r)
	s.metrics.deliveries.WithLabelValues(rep.event, rep.outcome).Inc()
	s.logDelivery(r, rep)
	if rep.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", retryAfter)
	}
	writeText(w, rep.status, rep.text)
}

// receive checks, parses and enqueues a delivery.
func (s *Server) receive(r *http.Request) reply {
	if s.queue.isDraining() {
		return reply{http.StatusServiceUnavailable, outcomeShuttingDown, unverified, "shutting down"}
	}
	body, rep, ok := s.authenticate(r)
	if !ok {
		return rep
	}
	typ := github.WebHookType(r)
	switch {
	case typ == "":
		return reply{http.StatusBadRequest, outcomeBadRequest, noEvent, "missing X-GitHub-Event"}
	case !knownEvent(typ) || len(s.handlers[typ]) == 0:
		return reply{http.StatusAccepted, outcomeIgnored, typ, "ignored"}
	}
	if s.store != nil {
		return s.storeDelivery(r, typ, body)
	}
	ev, err := parse(r, typ, body)
	if err != nil {
		return reply{http.StatusBadRequest, outcomeBadRequest, typ, "payload is not a valid " + typ + " event"}
	}
	return s.enqueue(ev)
}

// authenticate checks the signature header, then reads the body within
// the budget of bodies in flight, checking its signature as it goes.
func (s *Server) authenticate(r *http.Request) (body []byte, rep reply, ok bool) {
	want, why := signature(r.Header)
	if why != "" {
		return nil, reply{http.StatusUnauthorized, outcomeBadSignature, unverified, why}, false
	}
	if r.ContentLength > s.maxBody {
		return nil, s.tooLarge(), false
	}
	body, err := readSigned(r.Body, r.ContentLength, s.maxBody, s.secret, want, s.bodies)
	switch {
	case err == nil:
		return body, reply{}, true
	case errors.Is(err, errTooLarge):
		return nil, s.tooLarge(), false
	case errors.Is(err, errBusy):
		return nil, reply{http.StatusServiceUnavailable, outcomeBusy, unverified, "too many deliveries being received"}, false
	case errors.Is(err, errBadSignature):
		return nil, reply{http.StatusUnauthorized, outcomeBadSignature, unverified, "signature does not match"}, false
	}
	return nil, reply{http.StatusBadRequest, outcomeBadRequest, unverified, "could not read the body"}, false
}

// tooLarge is the answer to a body over the limit.
func (s *Server) tooLarge() reply {
	return reply{http.StatusRequestEntityTooLarge, outcomeTooLarge, unverified, fmt.Sprintf("payload larger than %d bytes", s.maxBody)}
}

// enqueue hands ev to its lane unless its delivery id was seen before.
func (s *Server) enqueue(ev Event) reply {
	if ev.DeliveryID != "" && !s.seen.add(ev.DeliveryID) {
		return reply{http.StatusOK, outcomeDuplicate, ev.Type, "duplicate"}
	}
	err := s.queue.push(laneKey(ev), job{event: ev, enqueued: ev.Received})
	if err == nil {
		return reply{http.StatusAccepted, outcomeAccepted, ev.Type, "accepted"}
	}
	s.seen.remove(ev.DeliveryID) // not queued: a redelivery must be taken
	if errors.Is(err, errDraining) {
		return reply{http.StatusServiceUnavailable, outcomeShuttingDown, ev.Type, "shutting down"}
	}
	return reply{http.StatusServiceUnavailable, outcomeQueueFull, ev.Type, "queue full"}
}

// logDelivery logs one delivery's outcome: refusals as warnings, the rest
// at debug level. Never the body, the signature or other headers.
func (s *Server) logDelivery(r *http.Request, rep reply) {
	level := slog.LevelWarn
	switch rep.outcome {
	case outcomeAccepted, outcomeDuplicate, outcomeIgnored:
		level = slog.LevelDebug
	}
	if !s.logger.Enabled(r.Context(), level) {
		return
	}
	s.logger.LogAttrs(r.Context(), level, "webhook delivery",
		slog.String("delivery", clip(github.DeliveryID(r))),
		slog.String("event", clip(github.WebHookType(r))),
		slog.String("outcome", rep.outcome),
		slog.Int("status", rep.status),
		slog.String("reason", rep.text),
		slog.String("remote", r.RemoteAddr))
}

// clip shortens a header value from an unverified client for the log.
func clip(s string) string {
	const maxLen = 80
	if len(s) > maxLen {
		return s[:maxLen] + "…"
	}
	return s
}
