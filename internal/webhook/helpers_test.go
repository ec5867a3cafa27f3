package webhook_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// secret is the webhook secret of every test server.
var secret = []byte("It's a Secret to Everybody")

// handlerFunc is a Handler made of a function.
type handlerFunc struct {
	types []string
	fn    func(context.Context, webhook.Event) error
}

func (h handlerFunc) Handles() []string { return h.types }

func (h handlerFunc) Handle(ctx context.Context, ev webhook.Event) error { return h.fn(ctx, ev) }

// collector is a Handler that records the events it gets.
type collector struct {
	types []string
	mu    sync.Mutex
	got   []webhook.Event
	n     chan struct{} // one value per event handled
}

func newCollector(types ...string) *collector {
	return &collector{types: types, n: make(chan struct{}, 10000)}
}

func (c *collector) Handles() []string { return c.types }

func (c *collector) Handle(_ context.Context, ev webhook.Event) error {
	c.mu.Lock()
	c.got = append(c.got, ev)
	c.mu.Unlock()
	c.n <- struct{}{}
	return nil
}

// wait blocks until n events have been handled, failing after 10 s.
func (c *collector) wait(t *testing.T, n int) []webhook.Event {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for range n {
		select {
		case <-c.n:
		case <-timeout:
			t.Fatalf("timed out waiting for %d events", n)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]webhook.Event(nil), c.got...)
}

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// newServer starts a Server with cfg (Secret and a debug-level logger
// into the returned buffer filled in) and shuts it down when the test ends.
func newServer(t *testing.T, cfg webhook.Config) (*webhook.Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	if cfg.Secret == nil {
		cfg.Secret = secret
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	s, err := webhook.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
	})
	return s, logs
}

// deliver sends a signed delivery of body through h and returns the response.
func deliver(t *testing.T, h http.Handler, event string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	return serve(h, webhooktest.Request(t, webhook.Path, secret, event, body))
}

// serve runs req through h.
func serve(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// issuePayload is a minimal issues event of repo with the issue number n.
func issuePayload(repo string, n int) []byte {
	owner, name, _ := strings.Cut(repo, "/")
	return fmt.Appendf(nil, `{"action":"opened","issue":{"number":%d},"repository":{"full_name":%q,"name":%q,"owner":{"login":%q}},"installation":{"id":42}}`,
		n, repo, name, owner)
}

// metric returns the value of the sample name{labels} on /metrics, or ""
// if there is none; labels are written as Prometheus prints them.
func metric(t *testing.T, h http.Handler, sample string) string {
	t.Helper()
	rec := serve(h, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /metrics: got %d, want 200", rec.Code)
	}
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			return v
		}
	}
	return ""
}

// eventually retries check until it returns true, failing after 5 s.
func eventually(t *testing.T, what string, check func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !check() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// bodyOf is a request body of b.
func bodyOf(b []byte) io.ReadCloser { return io.NopCloser(bytes.NewReader(b)) }
