package githubapp

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// retryTransport repeats requests that failed for reasons that pass: 5xx
// and connection errors (idempotent methods only), 429 and GitHub's rate
// limits (any method). The waits of one request add up to at most maxWait.
type retryTransport struct {
	next    http.RoundTripper
	maxWait time.Duration
	now     func() time.Time
	sleep   func(ctx context.Context, d time.Duration) error
	jitter  func(attempt int) time.Duration
	logger  *slog.Logger
}

// RoundTrip sends req until it succeeds, fails for good, or the retry
// budget runs out; then it returns a *RetryError.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		resp, err := t.send(req, attempt)
		v := classify(req, resp, err, t.now())
		if !v.retry || !replayable(req) {
			return resp, err
		}
		wait := t.waitFor(v, attempt)
		if t.exhausted(req, attempt, waited, wait) {
			discard(resp)
			return nil, newRetryError(req, attempt, waited, v, err, wait)
		}
		discard(resp)
		t.logRetry(req, attempt, v, wait)
		if serr := t.sleep(req.Context(), wait); serr != nil {
			return nil, newRetryError(req, attempt, waited, v, serr, 0)
		}
		waited += wait
	}
}

// send makes one attempt with a copy of req (the layers below may set
// headers on it), replaying the body on later attempts.
func (t *retryTransport) send(req *http.Request, attempt int) (*http.Response, error) {
	r := req.Clone(req.Context())
	if attempt > 1 && req.Body != nil && req.Body != http.NoBody {
		body, err := req.GetBody()
		if err != nil {
			return nil, err
		}
		r.Body = body
	}
	return t.next.RoundTrip(r)
}

// replayable reports whether req's body, if any, can be sent again.
func replayable(req *http.Request) bool {
	return req.Body == nil || req.Body == http.NoBody || req.GetBody != nil
}

// waitFor is the wait before the next attempt.
func (t *retryTransport) waitFor(v verdict, attempt int) time.Duration {
	if v.hasWait {
		return v.wait
	}
	return t.jitter(attempt)
}

// exhausted reports whether another attempt after wait is not allowed: too
// many attempts, over the budget, or past the context's deadline.
func (t *retryTransport) exhausted(req *http.Request, attempt int, waited, wait time.Duration) bool {
	if attempt >= maxAttempts || waited+wait > t.maxWait {
		return true
	}
	deadline, ok := req.Context().Deadline()
	return ok && t.now().Add(wait).After(deadline)
}

// logRetry notes a retry; it never logs headers, bodies or queries.
func (t *retryTransport) logRetry(req *http.Request, attempt int, v verdict, wait time.Duration) {
	t.logger.LogAttrs(req.Context(), slog.LevelInfo, "retrying GitHub request",
		slog.String("method", req.Method), slog.String("url", redactedURL(req)),
		slog.Int("attempt", attempt), slog.Int("status", v.status),
		slog.Bool("rate_limited", v.rateLimited), slog.Duration("wait", wait))
}

// newRetryError describes a request given up on.
func newRetryError(req *http.Request, attempts int, waited time.Duration, v verdict, err error, next time.Duration) *RetryError {
	return &RetryError{
		Method: req.Method, URL: redactedURL(req), Attempts: attempts,
		LastStatus: v.status, RateLimited: v.rateLimited, Reset: v.reset,
		Waited: waited, NextWait: next, Err: err,
	}
}

// discard drains a little of resp's body so the connection can be reused,
// then closes it.
func discard(resp *http.Response) {
	if resp == nil || resp.Body == nil {
		return
	}
	_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
	resp.Body.Close()
}
