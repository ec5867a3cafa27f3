package webhook

import "testing"

func TestDedupeForgetsLeastRecentlySeen(t *testing.T) {
	d := newDedupe(2)
	steps := []struct {
		op, id string
		want   bool // add's result
	}{
		{"add", "a", true},
		{"add", "b", true},
		{"add", "a", false}, // a is now the most recent
		{"add", "c", true},  // evicts b
		{"add", "a", false},
		{"add", "b", true}, // b was forgotten; evicts c
		{"add", "c", true},
		{"remove", "c", false},
		{"add", "c", true},
	}
	for i, s := range steps {
		if s.op == "remove" {
			d.remove(s.id)
			continue
		}
		if got := d.add(s.id); got != s.want {
			t.Errorf("step %d: add(%q) got %v, want %v", i, s.id, got, s.want)
		}
	}
	if n := len(d.ids); n > 2 || d.order.Len() != n {
		t.Errorf("size: map %d, list %d; want equal and at most 2", n, d.order.Len())
	}
}
