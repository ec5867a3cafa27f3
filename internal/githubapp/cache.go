package githubapp

import (
	"context"
	"io"
	"net/http"

	"github.com/gregjones/httpcache"
)

// HeaderRevalidated is set to "1" on a response that came from the cache
// after GitHub confirmed it with 304 Not Modified.
const HeaderRevalidated = "X-Postmortem-Revalidated"

type freshKey struct{}

// Fresh returns a context under which GET requests are not answered from
// the cache without asking GitHub: a cached copy is revalidated with its
// ETag (a 304 costs no rate limit) and a changed resource is fetched anew.
// Use it for reads that must see the app's own recent writes.
//
// It sends "Cache-Control: max-age=0", not "no-cache": httpcache treats a
// no-cache request as uncacheable and sends it without the ETag.
func Fresh(ctx context.Context) context.Context {
	return context.WithValue(ctx, freshKey{}, true)
}

// isFresh reports whether ctx came from Fresh.
func isFresh(ctx context.Context) bool {
	v, _ := ctx.Value(freshKey{}).(bool)
	return v
}

// cacheTransport is one installation's HTTP cache: httpcache over a
// bounded LRU store, plus Fresh, write invalidation and the revalidation
// marker that metrics read.
type cacheTransport struct {
	cache *lruCache
	http  *httpcache.Transport
}

// newCacheTransport returns a cache holding at most maxBytes, in front of next.
func newCacheTransport(maxBytes int, next http.RoundTripper) *cacheTransport {
	store := newLRUCache(maxBytes)
	ht := &httpcache.Transport{Transport: &notModifiedSpy{next: next}, Cache: store, MarkCachedResponses: true}
	return &cacheTransport{cache: store, http: ht}
}

type revalidatedKey struct{}

// RoundTrip answers req from the cache where httpcache allows it.
func (t *cacheTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var notModified bool
	r := req.Clone(context.WithValue(req.Context(), revalidatedKey{}, &notModified))
	if isFresh(req.Context()) && (req.Method == http.MethodGet || req.Method == http.MethodHead) {
		r.Header.Set("Cache-Control", "max-age=0")
	}
	resp, err := t.http.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	if notModified && resp.Header.Get(httpcache.XFromCache) != "" {
		resp.Header.Set(HeaderRevalidated, "1")
	}
	t.invalidateAfterWrite(req, resp)
	if resp.Body != nil {
		resp.Body = drainOnClose{resp.Body}
	}
	return resp, nil
}

// drainLimit bounds what closing a response body reads: after a JSON
// decoder is done, only a trailing newline is left.
const drainLimit = 64 << 10

// drainOnClose reads what is left of a body (up to drainLimit) before
// closing it. go-github decodes a JSON body and closes it without
// reading to EOF, and httpcache stores a response only when its body
// reaches EOF: a small answer with a Content-Length reports EOF with its
// last bytes and is kept, but a larger, chunked one (a page of issues)
// would never be, and every later read of it would cost a full answer
// instead of a 304.
type drainOnClose struct{ io.ReadCloser }

// Close implements io.Closer.
func (d drainOnClose) Close() error {
	_, _ = io.Copy(io.Discard, io.LimitReader(d.ReadCloser, drainLimit))
	return d.ReadCloser.Close()
}

// invalidateAfterWrite drops the cached GET of a URL the app has just
// written to, so that reading it back does not return the old copy.
func (t *cacheTransport) invalidateAfterWrite(req *http.Request, resp *http.Response) {
	switch req.Method {
	case http.MethodGet, http.MethodHead:
		return
	}
	if resp.StatusCode < 400 {
		t.cache.Delete(req.URL.String())
	}
}

// notModifiedSpy sits below httpcache and notes whether GitHub answered 304.
type notModifiedSpy struct {
	next http.RoundTripper
}

// RoundTrip forwards req and records a 304 in the flag RoundTrip set.
func (s *notModifiedSpy) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := s.next.RoundTrip(req)
	if flag, ok := req.Context().Value(revalidatedKey{}).(*bool); ok {
		*flag = err == nil && resp.StatusCode == http.StatusNotModified
	}
	return resp, err
}
