package jobs

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// BenchmarkQueueStored measures making River jobs of stored deliveries,
// a batch at a time as the pump does, on SQLite: the work each delivery
// costs after its acknowledgement, before a worker reads it.
func BenchmarkQueueStored(b *testing.B) {
	q, err := Open(context.Background(), Config{StatePath: filepath.Join(b.TempDir(), "state.db"), TestOnly: true, Poll: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	q.pump.stop()
	q.pump = nil // the benchmark queues
	ctx := context.Background()
	ds := make([]pendingDelivery, b.N)
	for i := range ds {
		if ds[i], err = deliveryOf(Delivery{ID: strconv.Itoa(i), Event: "pull_request", Action: "opened", Repo: "o/r", Payload: []byte(`{}`)}); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < len(ds); i += maxBatch {
		if _, err := q.db.insertDeliveries(ctx, ds[i:min(i+maxBatch, len(ds))]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for queued := 0; queued < b.N; {
		n, err := q.db.queueStored(ctx, queueBatch)
		if err != nil || n == 0 {
			b.Fatalf("queued %d of %d: %v", queued, b.N, err)
		}
		queued += n
	}
}
