package githubapp

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// etagServer answers GET with a per-installation body, an ETag and
// GitHub's caching headers, and 304 when If-None-Match matches. It counts
// the requests that reach it per installation.
type etagServer struct {
	mu        sync.Mutex
	hits      map[int64]int
	ifNone    []string
	remaining int
}

func newETagServer() *etagServer { return &etagServer{hits: map[int64]int{}, remaining: 5000} }

func (s *etagServer) handle(w http.ResponseWriter, r *http.Request, id int64) {
	s.mu.Lock()
	s.hits[id]++
	s.remaining--
	s.ifNone = append(s.ifNone, r.Header.Get("If-None-Match"))
	remaining := s.remaining
	s.mu.Unlock()
	etag := `"same-etag-for-everyone"` // identical on purpose: only separate caches keep installations apart
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "private, max-age=60, s-maxage=60")
	w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
	w.Header().Set(headerRateRemaining, fmt.Sprint(remaining))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	_, _ = fmt.Fprintf(w, `{"owner":"installation-%d","path":%q}`, id, r.URL.Path)
}

func (s *etagServer) hitsFor(id int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[id]
}

func TestCacheServesRepeatGETAndFreshRevalidates(t *testing.T) {
	f := newFakeGitHub(t, "")
	srv := newETagServer()
	f.setAPI(srv.handle)
	metrics := newRecordingMetrics()
	c, _ := newTestClients(t, f, func(cfg *Config) { cfg.Metrics = metrics })
	ctx := context.Background()
	for i, ctx := range []context.Context{ctx, ctx, Fresh(ctx)} {
		body, _, err := getJSON(ctx, c, 1, "repos/o/r/contents/pm.md")
		if err != nil || body["owner"] != "installation-1" {
			t.Fatalf("GET %d: got %v, %v; want installation-1's body", i, body, err)
		}
	}
	if got := srv.hitsFor(1); got != 2 {
		t.Errorf("requests reaching GitHub: got %d, want 2 (first, then the revalidation)", got)
	}
	if got := srv.ifNone[1]; got != `"same-etag-for-everyone"` {
		t.Errorf("If-None-Match on the Fresh read: got %q, want the ETag", got)
	}
	for status, want := range map[string]int{"200": 1, StatusCacheHit: 1, StatusRevalidated: 1} {
		if got := metrics.count(status); got != want {
			t.Errorf("github_requests_total{status=%q}: got %d, want %d", status, got, want)
		}
	}
	if metrics.remaining != 4998 {
		t.Errorf("rate limit remaining: got %d, want 4998 (from the 304)", metrics.remaining)
	}
}

func TestCacheIsPerInstallation(t *testing.T) {
	f := newFakeGitHub(t, "")
	srv := newETagServer()
	f.setAPI(srv.handle)
	c, _ := newTestClients(t, f, nil)
	ctx := context.Background()
	steps := []struct {
		id   int64
		ctx  context.Context
		want string
	}{
		{1, ctx, "installation-1"},        // fetched and cached for 1
		{1, ctx, "installation-1"},        // 1's cache
		{2, ctx, "installation-2"},        // not 1's cached copy
		{2, Fresh(ctx), "installation-2"}, // 2 revalidates its own copy
		{1, ctx, "installation-1"},        // 1's copy untouched
	}
	for i, s := range steps {
		body, _, err := getJSON(s.ctx, c, s.id, "repos/o/r")
		if err != nil || body["owner"] != s.want {
			t.Fatalf("step %d (installation %d): got %v, %v; want %s", i, s.id, body["owner"], err, s.want)
		}
	}
	if h1, h2 := srv.hitsFor(1), srv.hitsFor(2); h1 != 1 || h2 != 2 {
		t.Errorf("requests reaching GitHub: got %d for 1 and %d for 2, want 1 and 2", h1, h2)
	}
}

func TestCacheIsBounded(t *testing.T) {
	f := newFakeGitHub(t, "")
	srv := newETagServer()
	big := strings.Repeat("x", 1000)
	f.setAPI(func(w http.ResponseWriter, r *http.Request, id int64) {
		srv.mu.Lock()
		srv.hits[id]++
		srv.mu.Unlock()
		w.Header().Set("Cache-Control", "private, max-age=60")
		w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
		_, _ = fmt.Fprintf(w, `{"pad":%q}`, big)
	})
	const bound = 4 << 10
	c, _ := newTestClients(t, f, func(cfg *Config) { cfg.CacheBytes = bound })
	ctx := context.Background()
	for i := range 20 {
		if _, _, err := getJSON(ctx, c, 1, fmt.Sprintf("items/%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if size := c.installation(1).cache.cache.Size(); size > bound || size == 0 {
		t.Errorf("cache size: got %d bytes, want (0, %d]", size, bound)
	}
	for _, path := range []string{"items/19", "items/0"} {
		if _, _, err := getJSON(ctx, c, 1, path); err != nil {
			t.Fatal(err)
		}
	}
	if got := srv.hitsFor(1); got != 21 {
		t.Errorf("requests reaching GitHub: got %d, want 21 (items/19 cached, items/0 evicted)", got)
	}
}

func TestWriteDropsCachedRead(t *testing.T) {
	f := newFakeGitHub(t, "")
	var mu sync.Mutex
	content := "v1"
	f.setAPI(func(w http.ResponseWriter, r *http.Request, _ int64) {
		mu.Lock()
		defer mu.Unlock()
		if r.Method == http.MethodPut {
			content = "v2"
		}
		w.Header().Set("Cache-Control", "private, max-age=60")
		w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
		_, _ = fmt.Fprintf(w, `{"content":%q}`, content)
	})
	c, _ := newTestClients(t, f, nil)
	ctx := context.Background()
	const path = "repos/o/r/contents/pm.md"
	if _, _, err := getJSON(ctx, c, 1, path); err != nil {
		t.Fatal(err)
	}
	if _, err := sendJSON(ctx, c, 1, http.MethodPut, path, map[string]string{"content": "djI="}); err != nil {
		t.Fatal(err)
	}
	body, _, err := getJSON(ctx, c, 1, path)
	if err != nil || body["content"] != "v2" {
		t.Errorf("read after write: got %v, %v; want v2", body["content"], err)
	}
}

// TestCacheKeepsLargeChunkedAnswers: go-github stops reading a body once
// the JSON is decoded; a page too large for one write (sent chunked)
// must still be cached and revalidated.
func TestCacheKeepsLargeChunkedAnswers(t *testing.T) {
	f := newFakeGitHub(t, "")
	var hits, notModified int
	var mu sync.Mutex
	f.setAPI(func(w http.ResponseWriter, r *http.Request, _ int64) {
		mu.Lock()
		defer mu.Unlock()
		hits++
		w.Header().Set("ETag", `"page"`)
		w.Header().Set("Cache-Control", "private, max-age=60, s-maxage=60")
		w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
		if r.Header.Get("If-None-Match") == `"page"` {
			notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `{"owner":"installation-1","pad":%q}`+"\n", strings.Repeat("x", 200<<10))
	})
	c, _ := newTestClients(t, f, nil)
	for i, ctx := range []context.Context{context.Background(), Fresh(context.Background())} {
		body, _, err := getJSON(ctx, c, 1, "repos/o/r/issues")
		if err != nil || body["owner"] != "installation-1" {
			t.Fatalf("GET %d: got %v, %v", i, body["owner"], err)
		}
	}
	if hits != 2 || notModified != 1 {
		t.Errorf("server saw %d requests, %d answered 304; want 2 and 1 (the second a revalidation)", hits, notModified)
	}
}
