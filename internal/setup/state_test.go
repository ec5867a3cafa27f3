package setup

import (
	"testing"
	"time"
)

func TestFlowsGoodOnceAndForAnHour(t *testing.T) {
	now := time.Date(2026, 11, 5, 9, 0, 0, 0, time.UTC)
	fs := &flows{m: map[string]flow{}, now: func() time.Time { return now }}
	a := fs.start(flow{apiURL: "https://api.github.com/"})
	b := fs.start(flow{})
	if len(a) < 40 || a == b {
		t.Fatalf("states %q, %q: want long and distinct", a, b)
	}
	if f, ok := fs.take(a); !ok || f.apiURL != "https://api.github.com/" {
		t.Errorf("take: got %+v, %v", f, ok)
	}
	if _, ok := fs.take(a); ok {
		t.Error("a state was good twice")
	}
	if _, ok := fs.take(""); ok {
		t.Error("the empty state was good")
	}
	now = now.Add(flowTTL)
	if _, ok := fs.take(b); ok {
		t.Error("a state was good after an hour")
	}
}

func TestFlowsAreBounded(t *testing.T) {
	now := time.Date(2026, 11, 5, 9, 0, 0, 0, time.UTC)
	fs := &flows{m: map[string]flow{}, now: func() time.Time { now = now.Add(time.Second); return now }}
	first := fs.start(flow{})
	for range maxFlows {
		fs.start(flow{})
	}
	if len(fs.m) != maxFlows {
		t.Errorf("kept %d flows, want %d", len(fs.m), maxFlows)
	}
	if _, ok := fs.take(first); ok {
		t.Error("the oldest flow was kept")
	}
}
