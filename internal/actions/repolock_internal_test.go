package actions

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestRepoLocksExcludeAndAreForgotten(t *testing.T) {
	unlock := lockRepo("Octo", "Docs")
	got := make(chan struct{})
	go func() { lockRepo("octo", "docs")(); close(got) }()
	select {
	case <-got:
		t.Fatal("a second writer of octo/docs got in while the first held it")
	case <-time.After(20 * time.Millisecond):
	}
	unlock()
	<-got
	var wg sync.WaitGroup
	for i := range 500 {
		wg.Go(func() { lockRepo("octo", fmt.Sprint("r", i%50))() })
	}
	wg.Wait()
	if n := heldRepoLocks(); n != 0 {
		t.Errorf("mutexes kept once nobody writes: got %d, want 0", n)
	}
}
