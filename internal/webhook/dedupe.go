package webhook

import (
	"container/list"
	"sync"
)

// dedupe remembers the most recently seen delivery ids, at most size of
// them: the least recently seen is forgotten first.
type dedupe struct {
	mu    sync.Mutex
	size  int
	order *list.List // of string, most recent first
	ids   map[string]*list.Element
}

// newDedupe returns an empty set that remembers size ids.
func newDedupe(size int) *dedupe {
	return &dedupe{size: size, order: list.New(), ids: make(map[string]*list.Element, size)}
}

// add records id and reports whether it was new.
func (d *dedupe) add(id string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.ids[id]; ok {
		d.order.MoveToFront(e)
		return false
	}
	d.ids[id] = d.order.PushFront(id)
	if d.order.Len() > d.size {
		oldest := d.order.Back()
		d.order.Remove(oldest)
		delete(d.ids, oldest.Value.(string))
	}
	return true
}

// remove forgets id, so a redelivery of it is accepted.
func (d *dedupe) remove(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.ids[id]; ok {
		d.order.Remove(e)
		delete(d.ids, id)
	}
}
