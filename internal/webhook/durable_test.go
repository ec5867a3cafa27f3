package webhook_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// memStore is a Store in memory, unique by delivery id.
type memStore struct {
	mu   sync.Mutex
	got  map[string]webhook.Envelope
	fail error
}

func (m *memStore) Store(_ context.Context, env webhook.Envelope, payload []byte) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return false, m.fail
	}
	if _, dup := m.got[env.DeliveryID]; dup {
		return true, nil
	}
	m.got[env.DeliveryID] = env
	return false, nil
}

// openedOnly is a pull_request handler that wants opened alone.
type openedOnly struct{ handlerFunc }

func (openedOnly) Wants(_, action string) bool { return action == "opened" }

// durableServer is a Server storing into a new memStore.
func durableServer(t testing.TB) (http.Handler, *memStore) {
	store := &memStore{got: map[string]webhook.Envelope{}}
	h := openedOnly{handlerFunc{types: []string{"pull_request"}, fn: func(context.Context, webhook.Event) error { return nil }}}
	s, err := webhook.New(webhook.Config{Secret: secret, Handlers: []webhook.Handler{h}, Store: store, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Shutdown(context.Background()) })
	return s.Handler(), store
}

// postSigned sends body as a signed delivery with id and returns the status.
func postSigned(h http.Handler, id, event string, body []byte) int {
	req := httptest.NewRequest(http.MethodPost, webhook.Path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", id)
	req.Header.Set("X-Hub-Signature-256", webhooktest.Sign(secret, body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestDurableDeliveryIsStoredBeforeItsAnswer(t *testing.T) {
	h, store := durableServer(t)
	opened := webhooktest.Edit(t, webhooktest.First(t, "pull_request", "opened").Body, func(p map[string]any) {
		p["installation"] = map[string]any{"id": 42}
	})
	closed := webhooktest.First(t, "pull_request", "closed").Body
	cases := []struct {
		name, id string
		body     []byte
		want     int
	}{
		{"wanted", "a", opened, http.StatusAccepted},
		{"redelivered", "a", opened, http.StatusOK},
		{"an action nobody wants", "b", closed, http.StatusAccepted},
	}
	for _, c := range cases {
		if got := postSigned(h, c.id, "pull_request", c.body); got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, got, c.want)
		}
	}
	if len(store.got) != 1 {
		t.Fatalf("stored: got %d deliveries, want 1", len(store.got))
	}
	env := store.got["a"]
	want := webhook.Envelope{Event: "pull_request", Action: "opened", DeliveryID: "a", InstallationID: 42, Repo: "Codertocat/Hello-World"}
	if env != want {
		t.Errorf("envelope: got %+v, want %+v", env, want)
	}
	store.fail = errors.New("disk full")
	if got := postSigned(h, "c", "pull_request", opened); got != http.StatusServiceUnavailable {
		t.Errorf("store failing: got %d, want 503", got)
	}
}

func TestReadEnvelope(t *testing.T) {
	body := webhooktest.First(t, "pull_request", "opened").Body
	form := []byte("payload=" + url.QueryEscape(string(body)))
	for _, c := range []struct {
		name, contentType string
		body              []byte
	}{{"json", "application/json", body}, {"form", "application/x-www-form-urlencoded", form}} {
		h := http.Header{"Content-Type": {c.contentType}, "X-Github-Event": {"pull_request"}, "X-Github-Delivery": {"d"}}
		env, payload, err := webhook.ReadEnvelope(h, c.body)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(payload, body) {
			t.Errorf("%s: payload differs from the JSON sent", c.name)
		}
		want := webhook.Envelope{Event: "pull_request", Action: "opened", DeliveryID: "d", Repo: "Codertocat/Hello-World"}
		if env != want {
			t.Errorf("%s: got %+v, want %+v", c.name, env, want)
		}
	}
	withInstallation := webhooktest.Edit(t, body, func(p map[string]any) {
		p["installation"] = map[string]any{"id": 42}
		delete(p["repository"].(map[string]any), "full_name")
	})
	env, _, err := webhook.ReadEnvelope(http.Header{"Content-Type": {"application/json"}}, withInstallation)
	if err != nil || env.InstallationID != 42 || env.Repo != "Codertocat/Hello-World" {
		t.Errorf("installation, and a repository named by owner and name: got %+v, %v", env, err)
	}
	if _, _, err := webhook.ReadEnvelope(http.Header{}, []byte(`["not", "an object"]`)); err == nil {
		t.Error("an array: got no error")
	}
}

// BenchmarkUnwantedDelivery measures the answer to a signed 22 KB
// delivery whose action no handler wants: verified, its action read,
// answered, nothing stored.
func BenchmarkUnwantedDelivery(b *testing.B) {
	h, _ := durableServer(b)
	body := webhooktest.Edit(b, webhooktest.PullRequestOfSize(b, 22<<10), func(p map[string]any) { p["action"] = "labeled" })
	benchDeliveries(b, h, body)
}
