package githubtest_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/google/go-github/v62/github"
	"github.com/gregjones/httpcache"
)

func TestETagRoundTrip(t *testing.T) {
	s, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte("v1\n"))
	ctx := context.Background()
	get := func(etag string) *http.Response {
		req, err := c.NewRequest("GET", "repos/octo/docs/contents/"+docPath, nil)
		if err != nil {
			t.Fatal(err)
		}
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, _ := c.Do(ctx, req, nil) // a 304 is an error to go-github
		if resp == nil {
			t.Fatal("no response")
		}
		return resp.Response
	}
	first := get("")
	etag := first.Header.Get("ETag")
	if etag == "" || first.Header.Get("Cache-Control") != "private, max-age=60, s-maxage=60" {
		t.Fatalf("headers: got ETag %q Cache-Control %q", etag, first.Header.Get("Cache-Control"))
	}
	remaining := first.Header.Get("X-RateLimit-Remaining")
	second := get(etag)
	if second.StatusCode != http.StatusNotModified || second.ContentLength > 0 {
		t.Fatalf("revalidation: got %d (length %d), want 304 without body", second.StatusCode, second.ContentLength)
	}
	if got := second.Header.Get("X-RateLimit-Remaining"); got != remaining {
		t.Errorf("304 used rate limit: remaining %s, then %s", remaining, got)
	}
	repo.PutFile("main", docPath, []byte("v2\n"))
	if third := get(etag); third.StatusCode != http.StatusOK {
		t.Errorf("after a change: got %d, want 200", third.StatusCode)
	}
	calls := s.Calls()
	if !calls[1].Cached || calls[0].Cached || calls[2].Cached {
		t.Errorf("cached flags: got %v, want only the second", calls)
	}
	if n, _ := strconv.Atoi(remaining); n != 5000-1 {
		t.Errorf("remaining after one request: got %s, want 4999", remaining)
	}
}

// TestHTTPCacheServesStaleReads shows how reads that must be fresh behave
// behind gregjones/httpcache: a repeat GET is served from memory for 60 s;
// request Cache-Control max-age=0 revalidates with the ETag (a 304, free);
// no-cache bypasses the cache entirely (a full 200 that counts).
func TestHTTPCacheServesStaleReads(t *testing.T) {
	s, repo, _ := setup(t)
	repo.PutFile("main", docPath, []byte("v1\n"))
	hc := &http.Client{Transport: httpcache.NewMemoryCacheTransport()}
	c := github.NewClient(hc).WithAuthToken(s.InstallationToken(1))
	c.BaseURL, _ = url.Parse(s.URL)
	get := func(cacheControl string) string {
		req, _ := c.NewRequest("GET", "repos/octo/docs/contents/"+docPath, nil)
		if cacheControl != "" {
			req.Header.Set("Cache-Control", cacheControl)
		}
		var file github.RepositoryContent
		if _, err := c.Do(context.Background(), req, &file); err != nil {
			t.Fatal(err)
		}
		body, _ := file.GetContent()
		return body
	}
	get("")
	repo.PutFile("main", docPath, []byte("v2\n"))
	if got := get(""); got != "v1\n" || len(s.Calls()) != 1 {
		t.Errorf("cached read: got %q after %d calls, want stale v1 after 1", got, len(s.Calls()))
	}
	for _, cc := range []string{"max-age=0", "max-age=0", "no-cache"} {
		if got := get(cc); got != "v2\n" {
			t.Errorf("%s read: got %q, want v2", cc, got)
		}
	}
	calls := s.Calls()
	if got := []bool{calls[1].Cached, calls[2].Cached, calls[3].Cached}; got[0] || !got[1] || got[2] {
		t.Errorf("cached: got %v, want [false true false] (max-age=0 revalidates, no-cache does not)", got)
	}
}
