package githubapp

import (
	"container/list"
	"sync"
)

// lruCache is an httpcache.Cache holding at most maxBytes of keys and
// values, dropping the least recently used entries first. It is safe for
// concurrent use.
type lruCache struct {
	mu       sync.Mutex
	maxBytes int
	size     int
	order    *list.List // front: most recently used
	entries  map[string]*list.Element
}

// lruEntry is one cached response.
type lruEntry struct {
	key   string
	value []byte
}

// newLRUCache returns an empty cache bounded by maxBytes.
func newLRUCache(maxBytes int) *lruCache {
	return &lruCache{maxBytes: maxBytes, order: list.New(), entries: map[string]*list.Element{}}
}

// Get returns the value stored under key and marks it recently used.
func (c *lruCache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruEntry).value, true
}

// Set stores value under key, evicting old entries to stay in bounds. A
// value larger than the whole cache is not stored.
func (c *lruCache) Set(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.remove(key)
	if entrySize(key, value) > c.maxBytes {
		return
	}
	c.entries[key] = c.order.PushFront(&lruEntry{key: key, value: value})
	c.size += entrySize(key, value)
	for c.size > c.maxBytes {
		c.remove(c.order.Back().Value.(*lruEntry).key)
	}
}

// Delete removes key.
func (c *lruCache) Delete(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.remove(key)
}

// Size returns the bytes held.
func (c *lruCache) Size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// remove deletes key; the caller holds mu.
func (c *lruCache) remove(key string) {
	el, ok := c.entries[key]
	if !ok {
		return
	}
	e := c.order.Remove(el).(*lruEntry)
	delete(c.entries, key)
	c.size -= entrySize(e.key, e.value)
}

// entrySize is what one entry counts against the bound.
func entrySize(key string, value []byte) int {
	return len(key) + len(value)
}
