package webhook

import (
	"context"
	"net/http"
)

// Store keeps a delivery before it is acknowledged: once Store returns
// nil, the delivery survives a crash. duplicate reports a delivery id
// stored before.
type Store interface {
	Store(ctx context.Context, env Envelope, payload []byte) (duplicate bool, err error)
}

// ActionFilter is a Handler that wants only some actions of its events;
// a Handler without it wants every action.
type ActionFilter interface {
	Wants(event, action string) bool
}

// outcomeStoreFailed is a delivery the store refused: 503, so that it is
// redelivered.
const outcomeStoreFailed = "store_failed"

// storeDelivery answers a verified delivery of an event some handler
// handles: at once when no handler wants its action, else once the store
// has kept it.
func (s *Server) storeDelivery(r *http.Request, typ string, body []byte) reply {
	env, payload, err := readAction(r.Header, body)
	if err != nil {
		return reply{http.StatusBadRequest, outcomeBadRequest, typ, "payload is not a valid " + typ + " event"}
	}
	if !s.wants(typ, env.Action) {
		return reply{http.StatusAccepted, outcomeIgnored, typ, "ignored"}
	}
	readRest(&env, payload)
	dup, err := s.store.Store(r.Context(), env, payload)
	switch {
	case err != nil:
		s.logger.ErrorContext(r.Context(), "storing a delivery", "delivery", env.DeliveryID, "event", typ, "error", err.Error())
		return reply{http.StatusServiceUnavailable, outcomeStoreFailed, typ, "could not store the delivery"}
	case dup:
		return reply{http.StatusOK, outcomeDuplicate, typ, "duplicate"}
	}
	return reply{http.StatusAccepted, outcomeAccepted, typ, "accepted"}
}

// wants reports whether a handler of event wants its action.
func (s *Server) wants(event, action string) bool {
	for _, h := range s.handlers[event] {
		if Wants(h, event, action) {
			return true
		}
	}
	return false
}

// Wants reports whether h, a handler of event, wants its action: it
// has no ActionFilter, or its filter wants the action.
func Wants(h Handler, event, action string) bool {
	f, ok := h.(ActionFilter)
	return !ok || f.Wants(event, action)
}
