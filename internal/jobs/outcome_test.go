package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

func TestOutcomeOfGitHubErrors(t *testing.T) {
	reset := time.Now().Add(40 * time.Minute)
	limited := &github.RateLimitError{Rate: github.Rate{Reset: github.Timestamp{Time: reset}}, Response: &http.Response{StatusCode: 403}}
	after := 90 * time.Second
	secondary := &github.AbuseRateLimitError{RetryAfter: &after, Response: &http.Response{StatusCode: 403}}
	refused := &github.ErrorResponse{Response: &http.Response{StatusCode: http.StatusUnprocessableEntity}}
	broken := &github.ErrorResponse{Response: &http.Response{StatusCode: http.StatusBadGateway}}

	var snooze *river.JobSnoozeError
	if err := outcomeOf(fmt.Errorf("creating issue: %w", limited)); !errors.As(err, &snooze) || snooze.Duration < 39*time.Minute || snooze.Duration > 40*time.Minute {
		t.Errorf("primary rate limit: got %v, want a snooze until its reset (40 min)", err)
	}
	if err := outcomeOf(secondary); !errors.As(err, &snooze) || snooze.Duration != after {
		t.Errorf("secondary rate limit: got %v, want a snooze of its Retry-After", err)
	}
	var cancel *river.JobCancelError
	if err := outcomeOf(refused); !errors.As(err, &cancel) {
		t.Errorf("422: got %v, want the job cancelled", err)
	}
	if err := outcomeOf(broken); err != broken {
		t.Errorf("502: got %v, want the error itself, retried with backoff", err)
	}
	if err := outcomeOf(nil); err != nil {
		t.Errorf("nil: got %v", err)
	}
}

func TestCancelledJobIsLogged(t *testing.T) {
	var logs strings.Builder
	m := &cancelLogger{logger: slog.New(slog.NewJSONHandler(&logs, nil))}
	job := &rivertype.JobRow{ID: 7, Kind: KindMerge, Attempt: 1}
	refused := &github.ErrorResponse{Response: &http.Response{StatusCode: http.StatusUnprocessableEntity}, Message: "Validation Failed"}
	err := m.Work(context.Background(), job, func(context.Context) error { return outcomeOf(refused) })
	var cancel *river.JobCancelError
	if !errors.As(err, &cancel) {
		t.Fatalf("got %v, want the cancellation passed on", err)
	}
	if !strings.Contains(logs.String(), `"msg":"job failed for good"`) || !strings.Contains(logs.String(), `"kind":"merge"`) {
		t.Errorf("logs: got %s, want the job named as failed for good", logs.String())
	}
}
