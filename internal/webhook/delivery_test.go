package webhook_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

func TestDeliveryAnswers(t *testing.T) {
	body := issuePayload("octo/hello", 1)
	sha1 := "sha1=" + strings.Repeat("ab", 20)
	cases := []struct {
		name     string
		event    string
		body     []byte
		edit     func(*http.Request)
		status   int
		wantText string
	}{
		{"signed", "issues", body, nil, 202, "accepted"},
		{"no signature", "issues", body, del("X-Hub-Signature-256"), 401, "missing X-Hub-Signature-256"},
		{"SHA-1 only", "issues", body, sha1Only(sha1), 401, "SHA-1 signatures are refused"},
		{"wrong secret", "issues", body, set("X-Hub-Signature-256", webhooktest.Sign([]byte("guess"), body)), 401, "signature does not match"},
		{"not sha256", "issues", body, set("X-Hub-Signature-256", sha1), 401, "must start with sha256="},
		{"bad hex", "issues", body, set("X-Hub-Signature-256", "sha256=zz"), 401, "malformed"},
		{"short digest", "issues", body, set("X-Hub-Signature-256", "sha256=abcd"), 401, "malformed"},
		{"no event", "", body, nil, 400, "missing X-GitHub-Event"},
		{"bad JSON", "issues", []byte(`{"action":`), nil, 400, "not a valid issues event"},
		{"JSON of the wrong shape", "issues", []byte(`{"issue":"seven"}`), nil, 400, "not a valid issues event"},
		{"unsupported content type", "issues", body, set("Content-Type", "text/plain"), 400, "not a valid"},
		{"event go-github lacks", "made_up", body, nil, 202, "ignored"},
		{"event nobody handles", "star", []byte(`not even JSON`), nil, 202, "ignored"},
		{"JSON with charset", "issues", body, set("Content-Type", "application/json; charset=utf-8"), 202, "accepted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{newCollector("issues")}})
			req := webhooktest.Request(t, webhook.Path, secret, c.event, c.body)
			if c.event == "" {
				req.Header.Del("X-GitHub-Event")
			}
			if c.edit != nil {
				c.edit(req)
			}
			rec := serve(s.Handler(), req)
			if rec.Code != c.status || !strings.Contains(rec.Body.String(), c.wantText) {
				t.Errorf("got %d %q, want %d containing %q", rec.Code, rec.Body.String(), c.status, c.wantText)
			}
		})
	}
}

// set returns a request edit that sets a header.
func set(key, value string) func(*http.Request) {
	return func(r *http.Request) { r.Header.Set(key, value) }
}

// del returns a request edit that removes a header.
func del(key string) func(*http.Request) {
	return func(r *http.Request) { r.Header.Del(key) }
}

// sha1Only replaces the SHA-256 signature with a SHA-1 one.
func sha1Only(sig string) func(*http.Request) {
	return func(r *http.Request) {
		r.Header.Del("X-Hub-Signature-256")
		r.Header.Set("X-Hub-Signature", sig)
	}
}

func TestFormEncodedDelivery(t *testing.T) {
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	form := []byte(url.Values{"payload": {string(issuePayload("octo/form", 7))}}.Encode())
	req := webhooktest.Request(t, webhook.Path, secret, "issues", form)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if rec := serve(s.Handler(), req); rec.Code != 202 {
		t.Fatalf("got %d %q, want 202", rec.Code, rec.Body)
	}
	if got := c.wait(t, 1)[0].Repo; got != "octo/form" {
		t.Errorf("got repo %q, want octo/form", got)
	}
}

func TestTooLarge(t *testing.T) {
	const limit = 1000
	body := issuePayload("octo/big", 1)
	body = append(body[:len(body)-1], []byte(`,"pad":"`+strings.Repeat("x", 2*limit)+`"}`)...)
	for _, chunked := range []bool{false, true} {
		s, _ := newServer(t, webhook.Config{MaxBody: limit, Handlers: []webhook.Handler{newCollector("issues")}})
		src := &countingReader{r: strings.NewReader(string(body))}
		req := webhooktest.Request(t, webhook.Path, secret, "issues", body)
		req.Body = io.NopCloser(src)
		if chunked {
			req.ContentLength = -1
		}
		rec := serve(s.Handler(), req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("chunked=%v: got %d, want 413", chunked, rec.Code)
		}
		if src.n > limit+1 {
			t.Errorf("chunked=%v: read %d bytes, want at most %d", chunked, src.n, limit+1)
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestBodyAtLimitAccepted(t *testing.T) {
	body := issuePayload("octo/exact", 1)
	s, _ := newServer(t, webhook.Config{MaxBody: int64(len(body)), Handlers: []webhook.Handler{newCollector("issues")}})
	if rec := deliver(t, s.Handler(), "issues", body); rec.Code != 202 {
		t.Errorf("got %d, want 202", rec.Code)
	}
}

func TestLargeBodyAccepted(t *testing.T) {
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	body := issuePayload("octo/large", 1)
	body = append(body[:len(body)-1], []byte(`,"pad":"`+strings.Repeat("x", 3<<20)+`"}`)...)
	if rec := deliver(t, s.Handler(), "issues", body); rec.Code != 202 {
		t.Fatalf("3 MiB payload: got %d %q, want 202", rec.Code, rec.Body)
	}
	if got := c.wait(t, 1)[0].Raw; len(got) != len(body) {
		t.Errorf("handler got %d bytes, want %d", len(got), len(body))
	}
}

func TestDuplicateDelivery(t *testing.T) {
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	req := webhooktest.Request(t, webhook.Path, secret, "issues", issuePayload("octo/dup", 1))
	again := req.Clone(req.Context())
	again.Body = bodyOf(issuePayload("octo/dup", 1))
	if rec := serve(s.Handler(), req); rec.Code != 202 {
		t.Fatalf("first: got %d, want 202", rec.Code)
	}
	if rec := serve(s.Handler(), again); rec.Code != 200 || !strings.Contains(rec.Body.String(), "duplicate") {
		t.Fatalf("second: got %d %q, want 200 duplicate", rec.Code, rec.Body)
	}
	c.wait(t, 1)
	if got := metric(t, s.Handler(), `webhook_deliveries_total{event="issues",outcome="duplicate"}`); got != "1" {
		t.Errorf("duplicates counted: got %q, want 1", got)
	}
}

func TestMethodsAndRoutes(t *testing.T) {
	s, _ := newServer(t, webhook.Config{})
	cases := []struct {
		method, path string
		status       int
	}{
		{"GET", webhook.Path, 405},
		{"GET", "/healthz", 200},
		{"GET", "/readyz", 200},
		{"GET", "/metrics", 200},
		{"GET", "/", 404},
	}
	for _, c := range cases {
		rec := serve(s.Handler(), httptest.NewRequest(c.method, c.path, nil))
		if rec.Code != c.status {
			t.Errorf("%s %s: got %d, want %d", c.method, c.path, rec.Code, c.status)
		}
	}
}

func TestNewRefuses(t *testing.T) {
	if _, err := webhook.New(webhook.Config{}); err == nil {
		t.Error("no secret: got no error")
	}
	bad := handlerFunc{types: []string{"not_an_event"}}
	if _, err := webhook.New(webhook.Config{Secret: secret, Handlers: []webhook.Handler{bad}}); err == nil {
		t.Error("unknown event type: got no error")
	}
}

func TestRedeliveryOfFailedDeliveryRuns(t *testing.T) {
	var mu sync.Mutex
	runs, fail := 0, true
	done := make(chan error, 10)
	h := handlerFunc{types: []string{"issues"}, fn: func(context.Context, webhook.Event) error {
		mu.Lock()
		defer mu.Unlock()
		runs++
		var err error
		if fail {
			err = errors.New("GitHub answered 502")
		}
		done <- err
		return err
	}}
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{h}})
	req := webhooktest.Request(t, webhook.Path, secret, "issues", issuePayload("octo/redo", 1))
	redeliver := func() *httptest.ResponseRecorder {
		again := req.Clone(req.Context()) // same X-GitHub-Delivery, as GitHub's Redeliver
		again.Body = bodyOf(issuePayload("octo/redo", 1))
		return serve(s.Handler(), again)
	}
	if rec := redeliver(); rec.Code != http.StatusAccepted {
		t.Fatalf("first delivery: got %d, want 202", rec.Code)
	}
	<-done
	mu.Lock()
	fail = false
	mu.Unlock()
	eventually(t, "the failed delivery to be forgotten", func() bool {
		rec := redeliver()
		return rec.Code == http.StatusAccepted
	})
	if err := <-done; err != nil {
		t.Fatalf("redelivery: handler failed: %v", err)
	}
	// Handled now: the next redelivery is a duplicate, once the run is over.
	if rec := redeliver(); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "duplicate") {
		t.Errorf("redelivery of a handled delivery: got %d %q, want 200 duplicate", rec.Code, rec.Body)
	}
	mu.Lock()
	defer mu.Unlock()
	if runs != 2 {
		t.Errorf("handler runs: got %d, want 2", runs)
	}
}

func TestUnsignedBodyIsNotRead(t *testing.T) {
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{newCollector("issues")}})
	for _, h := range []struct{ name, value string }{
		{"", ""},
		{"X-Hub-Signature", "sha1=" + strings.Repeat("ab", 20)},
		{"X-Hub-Signature-256", "sha256=zz"},
		{"X-Hub-Signature-256", strings.Repeat("ab", 32)},
	} {
		src := &countingReader{r: strings.NewReader(strings.Repeat("x", 1<<20))}
		req := webhooktest.Request(t, webhook.Path, secret, "issues", nil)
		req.Body, req.ContentLength = io.NopCloser(src), 1<<20
		req.Header.Del("X-Hub-Signature-256")
		if h.name != "" {
			req.Header.Set(h.name, h.value)
		}
		if rec := serve(s.Handler(), req); rec.Code != http.StatusUnauthorized {
			t.Errorf("%s %q: got %d, want 401", h.name, h.value, rec.Code)
		}
		if src.n != 0 {
			t.Errorf("%s %q: read %d bytes of the body, want none", h.name, h.value, src.n)
		}
	}
}

func TestBodyBudget(t *testing.T) {
	c := newCollector("issues")
	const limit = 256 << 10
	s, _ := newServer(t, webhook.Config{MaxBody: limit, BodyBudget: limit + 64<<10, Handlers: []webhook.Handler{c}})
	// A body being read holds its share of the budget until it ends.
	slow, unblock := io.Pipe()
	big := webhooktest.Request(t, webhook.Path, secret, "issues", nil)
	big.Body, big.ContentLength = slow, limit
	done := make(chan int)
	go func() { done <- serve(s.Handler(), big).Code }()
	if _, err := unblock.Write(make([]byte, 1000)); err != nil { // the read has begun
		t.Fatal(err)
	}
	for _, chunked := range []bool{false, true} {
		req := webhooktest.Request(t, webhook.Path, secret, "issues", issuePayload("octo/busy", 1))
		if chunked {
			req.ContentLength = -1
		}
		if rec := serve(s.Handler(), req); rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
			t.Errorf("chunked=%v while the budget is spent: got %d, want 503 with Retry-After", chunked, rec.Code)
		}
	}
	unblock.CloseWithError(io.ErrUnexpectedEOF)
	if code := <-done; code != http.StatusBadRequest {
		t.Errorf("the cut body: got %d, want 400", code)
	}
	// Returned: the next delivery is taken.
	if rec := deliver(t, s.Handler(), "issues", issuePayload("octo/busy", 2)); rec.Code != http.StatusAccepted {
		t.Errorf("after the budget came back: got %d, want 202", rec.Code)
	}
	if got := metric(t, s.Handler(), `webhook_deliveries_total{event="unverified",outcome="busy"}`); got != "2" {
		t.Errorf("busy answers counted: got %q, want 2", got)
	}
}
