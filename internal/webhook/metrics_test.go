package webhook_test

import (
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

func TestMetrics(t *testing.T) {
	c := newCollector("issues")
	s, _ := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	h := s.Handler()
	deliver(t, h, "issues", issuePayload("octo/m", 1))
	deliver(t, h, "issues", issuePayload("octo/m", 2))
	deliver(t, h, "star", []byte(`{}`))
	bad := webhooktest.Request(t, webhook.Path, []byte("wrong"), "a\"b", []byte(`{}`))
	serve(h, bad)
	c.wait(t, 2)
	okCount := `webhook_handler_duration_seconds_count{event="issues",result="ok"}`
	eventually(t, "the last handler's duration", func() bool { return metric(t, h, okCount) == "2" })
	checks := map[string]string{
		`webhook_deliveries_total{event="issues",outcome="accepted"}`:          "2",
		`webhook_deliveries_total{event="star",outcome="ignored"}`:             "1",
		`webhook_deliveries_total{event="unverified",outcome="bad_signature"}`: "1",
		`webhook_queue_depth`:              "0",
		`webhook_queue_wait_seconds_count`: "2",
		`webhook_handler_duration_seconds_count{event="issues",result="ok"}`: "2",
		`webhook_handler_panics_total{event="issues"}`:                       "",
	}
	for sample, want := range checks {
		if got := metric(t, h, sample); got != want {
			t.Errorf("%s: got %q, want %q", sample, got, want)
		}
	}
}

func TestMetricsOnGivenRegistry(t *testing.T) {
	reg := prometheus.NewRegistry()
	s, _ := newServer(t, webhook.Config{Registerer: reg})
	deliver(t, s.Handler(), "star", []byte(`{}`))
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range families {
		names = append(names, f.GetName())
	}
	if !strings.Contains(strings.Join(names, " "), "webhook_deliveries_total") {
		t.Errorf("registry has %v, want webhook_deliveries_total", names)
	}
	if _, err := webhook.New(webhook.Config{Secret: secret, Registerer: reg}); err == nil {
		t.Error("second Server on one registry: got no error")
	}
}

func TestLogsHoldNoSecrets(t *testing.T) {
	c := newCollector("issues")
	s, logs := newServer(t, webhook.Config{Handlers: []webhook.Handler{c}})
	h := s.Handler()
	body := issuePayload("octo/private-repo-body-marker", 1)
	req := webhooktest.Request(t, webhook.Path, secret, "issues", body)
	req.Header.Set("Authorization", "Bearer ghs_leakyleakyleaky")
	serve(h, req)
	bad := webhooktest.Request(t, webhook.Path, []byte("wrong"), "issues", body)
	serve(h, bad)
	c.wait(t, 1)
	out := logs.String()
	if !strings.Contains(out, "webhook delivery") {
		t.Fatalf("no delivery logged:\n%s", out)
	}
	for _, leak := range []string{string(secret), "ghs_", `"number":1`, req.Header.Get("X-Hub-Signature-256")[7:], bad.Header.Get("X-Hub-Signature-256")[7:]} {
		if strings.Contains(out, leak) {
			t.Errorf("logs contain %q:\n%s", leak, out)
		}
	}
}
