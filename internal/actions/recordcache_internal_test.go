package actions

import "testing"

func TestLRUDropsTheLeastRecentlyUsed(t *testing.T) {
	c := newLRU[int](2)
	c.add("a", 1)
	c.add("b", 2)
	if v, ok := c.get("a"); !ok || v != 1 {
		t.Fatalf("get a: got %d, %v; want 1, true", v, ok)
	}
	c.add("c", 3) // b is the least recently used
	if _, ok := c.get("b"); ok {
		t.Error("b: still there, want dropped")
	}
	c.add("a", 10)
	if v, _ := c.get("a"); v != 10 || c.len() != 2 {
		t.Errorf("after replacing a: got a=%d, %d entries; want 10, 2", v, c.len())
	}
	if v, ok := c.get("c"); !ok || v != 3 {
		t.Errorf("get c: got %d, %v; want 3, true", v, ok)
	}
}
