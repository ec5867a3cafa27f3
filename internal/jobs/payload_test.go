package jobs

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

func TestPayloadsArePrunedByAge(t *testing.T) {
	q, err := Open(context.Background(), Config{StatePath: filepath.Join(t.TempDir(), "state.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ctx := context.Background()
	if _, err := q.Deliver(ctx, Delivery{ID: "old", Event: "issues", Payload: []byte(`{"action":"closed"}`)}); err != nil {
		t.Fatal(err)
	}
	ref := &queueRef{}
	ref.q.Store(q)
	if p, err := ref.get(ctx, "old"); err != nil || string(p) != `{"action":"closed"}` {
		t.Fatalf("stored payload: got %q, %v", p, err)
	}
	if err := q.db.prunePayloads(ctx, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if p, _ := ref.get(ctx, "old"); p == nil {
		t.Fatal("a payload younger than the limit was pruned")
	}
	if err := q.db.prunePayloads(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if p, err := ref.get(ctx, "old"); err != nil || p != nil {
		t.Errorf("after pruning: got %q, %v; want no payload", p, err)
	}
}
