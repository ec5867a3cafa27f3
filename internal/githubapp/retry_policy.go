package githubapp

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/bradleyfalzon/ghinstallation/v2"
)

// Response headers the retry policy reads.
const (
	headerRetryAfter    = "Retry-After"
	headerRateRemaining = "X-RateLimit-Remaining"
	headerRateReset     = "X-RateLimit-Reset"
)

// Backoff bounds when GitHub does not say how long to wait.
const (
	backoffBase = 500 * time.Millisecond
	backoffCap  = 30 * time.Second
	maxAttempts = 10
	// resetSlack is added to X-RateLimit-Reset to allow for clock skew.
	resetSlack = time.Second
	// bodyPeek bounds how much of a 403 body is read to recognise a
	// secondary rate limit.
	bodyPeek = 64 << 10
)

// verdict is what the policy makes of one attempt.
type verdict struct {
	retry       bool
	rateLimited bool
	status      int
	reset       time.Time     // zero when unknown
	wait        time.Duration // what GitHub asked for; see hasWait
	hasWait     bool
}

// classify decides whether an attempt may be repeated. It reads (and
// restores) the body of a 403 to recognise secondary rate limits.
func classify(req *http.Request, resp *http.Response, err error, now time.Time) verdict {
	if err != nil {
		return verdict{retry: req.Context().Err() == nil && safeToRepeat(req) && !permanentTokenError(err)}
	}
	v := verdict{status: resp.StatusCode, reset: rateReset(resp.Header)}
	v.wait, v.hasWait = serverWait(resp.Header, now)
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		v.retry, v.rateLimited = true, true
	case resp.StatusCode == http.StatusForbidden:
		v.rateLimited = isRateLimit403(resp)
		v.retry = v.rateLimited
	case resp.StatusCode >= 500:
		v.retry = safeToRepeat(req)
	}
	return v
}

// permanentTokenError reports whether err is ghinstallation failing to get
// an installation token for a reason retrying cannot fix (a 4xx such as a
// wrong key or an uninstalled app). It closes the body ghinstallation leaves
// open.
func permanentTokenError(err error) bool {
	var herr *ghinstallation.HTTPError
	if !errors.As(err, &herr) || herr.Response == nil {
		return false
	}
	discard(herr.Response)
	code := herr.Response.StatusCode
	return code < 500 && code != http.StatusTooManyRequests
}

// safeToRepeat reports whether repeating req after an unknown outcome is
// safe: an idempotent method, or the creation of a git database object
// (a blob, tree or commit). Those are named by their content and nothing
// refers to them until a reference moves, so one made twice changes
// nothing.
func safeToRepeat(req *http.Request) bool {
	if idempotent(req.Method) {
		return true
	}
	return req.Method == http.MethodPost && gitObjectRe().MatchString(req.URL.Path)
}

// gitObjectRe matches the paths that create git database objects.
// It is compiled on first use, not at every start of the command line.
var gitObjectRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/repos/[^/]+/[^/]+/git/(?:blobs|trees|commits)$`) })

// idempotent reports whether repeating method after an unknown outcome is
// safe. POST and PATCH are only repeated after rate limits, which GitHub
// guarantees did nothing, or when they make git objects (safeToRepeat).
func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// isRateLimit403 recognises GitHub's primary (no requests remaining) and
// secondary (Retry-After, or the message says so) rate limits.
func isRateLimit403(resp *http.Response) bool {
	if resp.Header.Get(headerRateRemaining) == "0" || resp.Header.Get(headerRetryAfter) != "" {
		return true
	}
	return bytes.Contains(bytes.ToLower(peekBody(resp)), []byte("secondary rate limit"))
}

// peekBody returns up to bodyPeek bytes of resp's body and puts them back.
func peekBody(resp *http.Response) []byte {
	if resp.Body == nil {
		return nil
	}
	head, _ := io.ReadAll(io.LimitReader(resp.Body, bodyPeek))
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(head), resp.Body), resp.Body}
	return head
}

// serverWait is the wait GitHub asked for: Retry-After (seconds or a
// date), else the rate-limit reset when no requests remain.
func serverWait(h http.Header, now time.Time) (time.Duration, bool) {
	if ra := h.Get(headerRetryAfter); ra != "" {
		if secs, err := strconv.Atoi(ra); err == nil && secs >= 0 {
			return time.Duration(secs) * time.Second, true
		}
		if at, err := http.ParseTime(ra); err == nil {
			return max(at.Sub(now), 0), true
		}
	}
	reset := rateReset(h)
	if h.Get(headerRateRemaining) == "0" && !reset.IsZero() {
		return max(reset.Sub(now), 0) + resetSlack, true
	}
	return 0, false
}

// rateReset parses X-RateLimit-Reset (Unix seconds); zero when absent.
func rateReset(h http.Header) time.Time {
	secs, err := strconv.ParseInt(h.Get(headerRateReset), 10, 64)
	if err != nil || secs <= 0 {
		return time.Time{}
	}
	return time.Unix(secs, 0)
}

// fullJitter returns a random wait in [0, min(cap, base·2^(attempt-1))).
func fullJitter(attempt int) time.Duration {
	ceiling := backoffCap
	if attempt < 16 {
		ceiling = min(backoffBase<<(attempt-1), backoffCap)
	}
	return rand.N(ceiling)
}
