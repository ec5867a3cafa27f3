package githubapp

import (
	"bytes"
	"testing"
)

func TestLRUCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := newLRUCache(30) // three entries of 1-byte key + 9-byte value
	val := bytes.Repeat([]byte("v"), 9)
	c.Set("a", val)
	c.Set("b", val)
	c.Set("c", val)
	c.Get("a") // a is now more recent than b
	c.Set("d", val)
	for key, want := range map[string]bool{"a": true, "b": false, "c": true, "d": true} {
		if _, ok := c.Get(key); ok != want {
			t.Errorf("Get(%q): got present=%v, want %v", key, ok, want)
		}
	}
	if c.Size() != 30 {
		t.Errorf("Size: got %d, want 30", c.Size())
	}
}

func TestLRUCacheReplaceDeleteAndOversize(t *testing.T) {
	c := newLRUCache(20)
	c.Set("k", []byte("12345"))
	c.Set("k", []byte("123"))
	if got, _ := c.Get("k"); string(got) != "123" || c.Size() != 4 {
		t.Errorf("after replace: got %q and size %d, want \"123\" and 4", got, c.Size())
	}
	c.Set("k", bytes.Repeat([]byte("x"), 50))
	if _, ok := c.Get("k"); ok || c.Size() != 0 {
		t.Errorf("oversize value: got present=%v size %d, want absent and 0", ok, c.Size())
	}
	c.Set("j", []byte("1"))
	c.Delete("j")
	c.Delete("missing")
	if c.Size() != 0 {
		t.Errorf("after delete: got size %d, want 0", c.Size())
	}
}
