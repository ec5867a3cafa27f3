package setup

import (
	"crypto/rand"
	"encoding/base64"
	"sync"
	"time"
)

// Limits of the pending flows.
const (
	// flowTTL is how long a rendered page's form stays good: GitHub's
	// code lasts an hour, and the person may take a while on GitHub.
	flowTTL = time.Hour
	// maxFlows bounds the flows kept, so reloading the page cannot grow
	// memory without end; the oldest go first.
	maxFlows = 64
)

// flow is one start of the manifest flow: the page rendered a form with
// its state, and the callback must bring that state back.
type flow struct {
	apiURL      string    // where to exchange the code
	hookURL     string    // where the app's webhooks go, for the last page
	unreachable bool      // GitHub cannot deliver to hookURL
	expires     time.Time // when the state stops being accepted
}

// flows are the states handed out and not yet brought back. A state is
// random, good once and for flowTTL. Only the holder of the setup cookie
// gets one, and the callback wants the cookie too, so others cannot
// crowd the owner's states out (maxFlows) nor bring one back.
type flows struct {
	mu  sync.Mutex
	m   map[string]flow
	now func() time.Time
}

// start remembers f under a new random state and returns the state.
func (fs *flows) start(f flow) string {
	state := randomToken()
	fs.mu.Lock()
	defer fs.mu.Unlock()
	now := fs.now()
	for s, old := range fs.m {
		if !now.Before(old.expires) {
			delete(fs.m, s)
		}
	}
	if len(fs.m) >= maxFlows {
		delete(fs.m, fs.oldest())
	}
	f.expires = now.Add(flowTTL)
	fs.m[state] = f
	return state
}

// oldest is the state that expires first. The caller holds fs.mu.
func (fs *flows) oldest() string {
	var first string
	for s, f := range fs.m {
		if first == "" || f.expires.Before(fs.m[first].expires) {
			first = s
		}
	}
	return first
}

// take returns the flow of state and forgets it: a state is good once.
func (fs *flows) take(state string) (flow, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f, ok := fs.m[state]
	delete(fs.m, state)
	return f, ok && state != "" && fs.now().Before(f.expires)
}

// randomToken is 256 random bits, URL-safe.
func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}
