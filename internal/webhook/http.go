package webhook

import (
	"io"
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Path is where GitHub delivers webhooks.
const Path = "/api/github/webhooks"

// Handler returns the HTTP interface: POST /api/github/webhooks, and
// GET /healthz, /readyz and /metrics.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+Path, s.serveDelivery)
	mux.HandleFunc("GET /healthz", serveHealth)
	mux.HandleFunc("GET /readyz", s.serveReady)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.gatherer, promhttp.HandlerOpts{}))
	return mux
}

// serveHealth answers 200 while the process can answer at all.
func serveHealth(w http.ResponseWriter, _ *http.Request) {
	writeText(w, http.StatusOK, "ok")
}

// serveReady answers 503 while shutting down or while Ready fails.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	if s.queue.isDraining() {
		writeText(w, http.StatusServiceUnavailable, "shutting down")
		return
	}
	if s.ready != nil {
		if err := s.ready(); err != nil {
			s.logger.WarnContext(r.Context(), "not ready", "error", err)
			writeText(w, http.StatusServiceUnavailable, "not ready")
			return
		}
	}
	writeText(w, http.StatusOK, "ready")
}

// writeText answers with status and a one-line plain-text body.
func writeText(w http.ResponseWriter, status int, body string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	io.WriteString(w, body+"\n")
}
