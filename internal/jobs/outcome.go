package jobs

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/riverqueue/river"
)

// minSnooze is the shortest wait for a rate limit's reset: the clocks
// of GitHub and this machine may differ by a little.
const minSnooze = time.Second

// outcomeOf turns a job's error into River's verdict:
//   - nil: done;
//   - GitHub's primary rate limit: snoozed until its reset, spending no
//     attempt (a secondary limit's Retry-After likewise);
//   - a refusal no retry changes (410, 422): cancelled, logged and
//     counted as such;
//   - anything else: retried with River's backoff.
func outcomeOf(err error) error {
	if err == nil {
		return nil
	}
	if wait, ok := rateLimitWait(err); ok {
		return river.JobSnooze(max(wait, minSnooze))
	}
	if permanent(err) {
		return river.JobCancel(err)
	}
	return err
}

// outcomeIn is outcomeOf for a job whose context is ctx: a job that the
// process's stop interrupted is snoozed for no time, so that the next
// process runs it at once without spending an attempt.
func outcomeIn(ctx context.Context, err error) error {
	if err != nil && errors.Is(context.Cause(ctx), context.Canceled) {
		return river.JobSnooze(0)
	}
	return outcomeOf(err)
}

// rateLimitWait is how long err's rate limit lasts, if err is one.
func rateLimitWait(err error) (time.Duration, bool) {
	var primary *github.RateLimitError
	if errors.As(err, &primary) {
		return time.Until(primary.Rate.Reset.Time), true
	}
	var secondary *github.AbuseRateLimitError
	if errors.As(err, &secondary) && secondary.RetryAfter != nil {
		return *secondary.RetryAfter, true
	}
	return 0, false
}

// permanent reports whether err is GitHub refusing what a retry would
// ask again: a resource gone, or a request it will not process.
func permanent(err error) bool {
	var resp *github.ErrorResponse
	if !errors.As(err, &resp) || resp.Response == nil {
		return false
	}
	switch resp.Response.StatusCode {
	case http.StatusGone, http.StatusUnprocessableEntity:
		return true
	}
	return false
}
