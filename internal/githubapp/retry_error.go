package githubapp

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// RetryError is returned when a request still failed after retrying for as
// long as Config.MaxRetryWait, the request's context or the retry policy
// allowed.
type RetryError struct {
	Method string
	// URL is the request URL without its query.
	URL string
	// Attempts counts the requests sent.
	Attempts int
	// LastStatus is the last response's status code; 0 if the last attempt
	// got no response.
	LastStatus int
	// RateLimited is true when the last response was a primary or
	// secondary rate limit.
	RateLimited bool
	// Reset is when GitHub said the rate limit resets; zero when unknown.
	Reset time.Time
	// Waited is the total time spent waiting between attempts.
	Waited time.Duration
	// NextWait is the wait that was not allowed (over the budget, past the
	// context's deadline, or after the last permitted attempt); zero when
	// the wait itself was interrupted.
	NextWait time.Duration
	// Err is the last transport error or the context's error, if any.
	Err error
}

// Error says what was tried, how it ended and when the limit resets.
func (e *RetryError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: gave up after %d attempt%s", e.Method, e.URL, e.Attempts, plural(e.Attempts))
	if e.Waited > 0 {
		fmt.Fprintf(&b, " and %s of waiting", e.Waited)
	}
	if e.LastStatus != 0 {
		fmt.Fprintf(&b, ", last status %d %s", e.LastStatus, http.StatusText(e.LastStatus))
	}
	if e.RateLimited {
		b.WriteString(" (rate limited)")
	}
	if !e.Reset.IsZero() {
		fmt.Fprintf(&b, ", rate limit resets at %s", e.Reset.UTC().Format(time.RFC3339))
	}
	if e.NextWait > 0 {
		fmt.Fprintf(&b, ", the next wait of %s was not allowed", e.NextWait)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns the last transport or context error.
func (e *RetryError) Unwrap() error { return e.Err }

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// redactedURL returns req's URL without query or credentials.
func redactedURL(req *http.Request) string {
	u := *req.URL
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}
