package githubapp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"
)

// reply is one scripted answer.
type reply struct {
	status  int
	headers map[string]string
	body    string
}

// script answers API calls with replies in order, repeating the last one,
// and records the request bodies it saw.
type script struct {
	mu      sync.Mutex
	replies []reply
	bodies  []string
}

func (s *script) handle(w http.ResponseWriter, r *http.Request, _ int64) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	n := len(s.bodies)
	s.bodies = append(s.bodies, string(body))
	rep := s.replies[min(n, len(s.replies)-1)]
	s.mu.Unlock()
	for k, v := range rep.headers {
		w.Header().Set(k, v)
	}
	w.WriteHeader(rep.status)
	_, _ = io.WriteString(w, rep.body)
}

func (s *script) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bodies)
}

// scripted starts a fake answering with replies and clients for it.
func scripted(t *testing.T, edit func(*Config), replies ...reply) (*Clients, *script, *recordingSleep) {
	f := newFakeGitHub(t, "")
	s := &script{replies: replies}
	f.setAPI(s.handle)
	c, sleeps := newTestClients(t, f, edit)
	return c, s, sleeps
}

var (
	ok200      = reply{status: 200, body: `{"ok":true}`}
	created201 = reply{status: 201, body: `{"number":1}`}
	bad502     = reply{status: 502, body: `{"message":"Server Error"}`}
)

func TestRetriesGETOn502ThenSucceeds(t *testing.T) {
	c, s, sleeps := scripted(t, nil, bad502, bad502, ok200)
	body, _, err := getJSON(context.Background(), c, 1, "repos/o/r")
	if err != nil || body["ok"] != true {
		t.Fatalf("GET: got %v, %v; want success", body, err)
	}
	if s.calls() != 3 {
		t.Errorf("attempts: got %d, want 3", s.calls())
	}
	waits := sleeps.recorded()
	if len(waits) != 2 || waits[0] >= backoffBase || waits[1] >= 2*backoffBase {
		t.Errorf("backoff waits: got %v, want two in [0,500ms) and [0,1s)", waits)
	}
}

func TestRetryAfterHonouredAndPOSTBodyReplayed(t *testing.T) {
	secondary := reply{status: 403, headers: map[string]string{"Retry-After": "7"},
		body: `{"message":"You have exceeded a secondary rate limit."}`}
	c, s, sleeps := scripted(t, nil, secondary, created201)
	issue := map[string]string{"title": "Add a replication-lag alert"}
	if _, err := sendJSON(context.Background(), c, 1, http.MethodPost, "repos/o/r/issues", issue); err != nil {
		t.Fatalf("POST: %v", err)
	}
	if got := sleeps.recorded(); len(got) != 1 || got[0] != 7*time.Second {
		t.Errorf("waits: got %v, want [7s]", got)
	}
	if s.calls() != 2 || s.bodies[0] != s.bodies[1] || !strings.Contains(s.bodies[1], "replication-lag") {
		t.Errorf("bodies sent: got %q, want the same issue twice", s.bodies)
	}
}

func TestSecondaryLimitRecognisedByMessage(t *testing.T) {
	secondary := reply{status: 403, body: `{"message":"You have exceeded a secondary rate limit. Please wait."}`}
	c, s, sleeps := scripted(t, nil, secondary, ok200)
	if _, _, err := getJSON(context.Background(), c, 1, "repos/o/r"); err != nil {
		t.Fatalf("GET: %v", err)
	}
	if s.calls() != 2 || len(sleeps.recorded()) != 1 {
		t.Errorf("got %d attempts and waits %v, want 2 attempts and one wait", s.calls(), sleeps.recorded())
	}
}

func TestRateLimitResetHonoured(t *testing.T) {
	now := testClock()()
	primary := reply{status: 403, body: `{"message":"API rate limit exceeded"}`, headers: map[string]string{
		headerRateRemaining: "0", headerRateReset: fmt.Sprint(now.Add(42 * time.Second).Unix())}}
	c, s, sleeps := scripted(t, nil, primary, ok200)
	if _, _, err := getJSON(context.Background(), c, 1, "repos/o/r"); err != nil {
		t.Fatalf("GET: %v", err)
	}
	want := 42*time.Second + resetSlack
	if got := sleeps.recorded(); s.calls() != 2 || len(got) != 1 || got[0] != want {
		t.Errorf("got %d attempts and waits %v, want 2 and [%v]", s.calls(), got, want)
	}
}

func TestPlainForbiddenNotRetried(t *testing.T) {
	c, s, _ := scripted(t, nil, reply{status: 403, body: `{"message":"Resource not accessible by integration"}`})
	_, _, err := getJSON(context.Background(), c, 1, "repos/o/r")
	var gerr *github.ErrorResponse
	if !errors.As(err, &gerr) || gerr.Response.StatusCode != 403 || s.calls() != 1 {
		t.Errorf("got %v after %d attempts, want a 403 ErrorResponse after 1", err, s.calls())
	}
}

func TestPOSTNotRetriedOn502(t *testing.T) {
	c, s, sleeps := scripted(t, nil, bad502, created201)
	_, err := sendJSON(context.Background(), c, 1, http.MethodPost, "repos/o/r/issues", map[string]string{"title": "t"})
	var gerr *github.ErrorResponse
	if !errors.As(err, &gerr) || gerr.Response.StatusCode != 502 {
		t.Errorf("POST: got %v, want the 502 ErrorResponse", err)
	}
	if s.calls() != 1 || len(sleeps.recorded()) != 0 {
		t.Errorf("got %d attempts and waits %v, want 1 and none", s.calls(), sleeps.recorded())
	}
}

func TestPOSTOfAGitObjectRetriedOn502(t *testing.T) {
	for _, path := range []string{"repos/o/r/git/trees", "repos/o/r/git/commits", "repos/o/r/git/blobs"} {
		c, s, _ := scripted(t, nil, bad502, created201)
		if _, err := sendJSON(context.Background(), c, 1, http.MethodPost, path, map[string]string{"message": "m"}); err != nil {
			t.Errorf("POST %s: %v", path, err)
		}
		if s.calls() != 2 || s.bodies[0] != s.bodies[1] {
			t.Errorf("POST %s: got %d attempts with bodies %q, want the same body twice", path, s.calls(), s.bodies)
		}
	}
	c, s, _ := scripted(t, nil, bad502, ok200)
	_, _ = sendJSON(context.Background(), c, 1, http.MethodPatch, "repos/o/r/git/refs/heads/main", map[string]string{"sha": "abc"})
	if s.calls() != 1 {
		t.Errorf("PATCH git/refs: got %d attempts, want 1 (a reference update is not repeated blindly)", s.calls())
	}
}

func TestPOSTRetriedOn429(t *testing.T) {
	tooMany := reply{status: 429, headers: map[string]string{"Retry-After": "1"}, body: `{"message":"slow down"}`}
	c, s, sleeps := scripted(t, nil, tooMany, created201)
	if _, err := sendJSON(context.Background(), c, 1, http.MethodPost, "repos/o/r/issues", map[string]string{"title": "t"}); err != nil {
		t.Fatalf("POST: %v", err)
	}
	if s.calls() != 2 || len(sleeps.recorded()) != 1 || sleeps.recorded()[0] != time.Second {
		t.Errorf("got %d attempts and waits %v, want 2 and [1s]", s.calls(), sleeps.recorded())
	}
}

func TestGivesUpWhenBudgetSpent(t *testing.T) {
	busy := reply{status: 503, headers: map[string]string{"Retry-After": "4"}, body: `{}`}
	c, s, sleeps := scripted(t, func(cfg *Config) { cfg.MaxRetryWait = 10 * time.Second }, busy)
	_, _, err := getJSON(context.Background(), c, 1, "repos/o/r?per_page=100")
	var rerr *RetryError
	if !errors.As(err, &rerr) {
		t.Fatalf("GET: got %v, want a *RetryError", err)
	}
	want := RetryError{Method: "GET", Attempts: 3, LastStatus: 503, Waited: 8 * time.Second, NextWait: 4 * time.Second}
	if rerr.Attempts != want.Attempts || rerr.LastStatus != want.LastStatus || rerr.Waited != want.Waited ||
		rerr.NextWait != want.NextWait || rerr.RateLimited || rerr.Method != want.Method {
		t.Errorf("RetryError: got %+v, want %+v", *rerr, want)
	}
	if strings.Contains(rerr.URL, "per_page") || !strings.HasSuffix(rerr.URL, "/repos/o/r") {
		t.Errorf("URL: got %q, want the path without query", rerr.URL)
	}
	if s.calls() != 3 || len(sleeps.recorded()) != 2 {
		t.Errorf("got %d attempts and %d waits, want 3 and 2", s.calls(), len(sleeps.recorded()))
	}
	for _, part := range []string{"3 attempts", "last status 503", "8s of waiting"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("error %q does not say %q", err, part)
		}
	}
}

func TestGivesUpAtOnceWhenResetIsBeyondBudget(t *testing.T) {
	reset := testClock()().Add(time.Hour)
	limited := reply{status: 403, body: `{"message":"API rate limit exceeded"}`, headers: map[string]string{
		headerRateRemaining: "0", headerRateReset: fmt.Sprint(reset.Unix())}}
	c, s, sleeps := scripted(t, nil, limited)
	_, _, err := getJSON(context.Background(), c, 1, "repos/o/r")
	var rerr *RetryError
	if !errors.As(err, &rerr) || !rerr.RateLimited || !rerr.Reset.Equal(reset) || rerr.Attempts != 1 || rerr.LastStatus != 403 {
		t.Fatalf("got %#v, want a rate-limited RetryError after 1 attempt resetting at %v", err, reset)
	}
	if !strings.Contains(err.Error(), "resets at "+reset.UTC().Format(time.RFC3339)) {
		t.Errorf("error %q does not say when the limit resets", err)
	}
	if s.calls() != 1 || len(sleeps.recorded()) != 0 {
		t.Errorf("got %d attempts and waits %v, want 1 and none", s.calls(), sleeps.recorded())
	}
}

func TestCancelStopsWaiting(t *testing.T) {
	busy := reply{status: 503, headers: map[string]string{"Retry-After": "30"}, body: `{}`}
	// The real sleep, cancelled once it has begun: the test passes only if
	// cancelling ends the 30 s wait.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, s, _ := scripted(t, func(cfg *Config) {
		cfg.Sleep = func(ctx context.Context, d time.Duration) error {
			time.AfterFunc(time.Millisecond, cancel)
			return sleepContext(ctx, d)
		}
	}, busy)
	start := time.Now()
	_, _, err := getJSON(ctx, c, 1, "repos/o/r")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second || s.calls() != 1 {
		t.Errorf("got %v and %d attempts, want a prompt return after 1", elapsed, s.calls())
	}
}

func TestDeadlineShorterThanWaitGivesUp(t *testing.T) {
	busy := reply{status: 503, headers: map[string]string{"Retry-After": "30"}, body: `{}`}
	c, _, sleeps := scripted(t, nil, busy)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _, err := getJSON(ctx, c, 1, "repos/o/r")
	var rerr *RetryError
	if !errors.As(err, &rerr) || rerr.NextWait != 30*time.Second || len(sleeps.recorded()) != 0 {
		t.Errorf("got %v with waits %v, want a RetryError before waiting", err, sleeps.recorded())
	}
}

func TestTokenRefusalNotRetried(t *testing.T) {
	f := newFakeGitHub(t, "")
	f.tokenStatus = http.StatusNotFound // e.g. the app was uninstalled
	c, sleeps := newTestClients(t, f, nil)
	if _, _, err := getJSON(context.Background(), c, 1, "repos/o/r"); err == nil {
		t.Fatal("GET: got success, want the token error")
	}
	if len(sleeps.recorded()) != 0 {
		t.Errorf("waits: got %v, want none", sleeps.recorded())
	}
}

// roundTripFunc adapts a function to http.RoundTripper.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// flaky fails the first call with a connection error, then answers 200.
func flaky(calls *int) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		*calls++
		if *calls == 1 {
			return nil, errors.New("connection reset by peer")
		}
		return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("{}")), Request: r}, nil
	})
}

// testRetry returns a retryTransport over next that records its waits.
func testRetry(next http.RoundTripper, sleeps *recordingSleep) *retryTransport {
	return &retryTransport{next: next, maxWait: time.Minute, now: testClock(), sleep: sleeps.sleep,
		jitter: fullJitter, logger: discardLogger()}
}

func TestConnectionErrorsRetriedOnlyWhenSafe(t *testing.T) {
	for _, tc := range []struct {
		method string
		want   int
	}{{http.MethodGet, 2}, {http.MethodPut, 2}, {http.MethodDelete, 2}, {http.MethodPost, 1}, {http.MethodPatch, 1}} {
		var calls int
		rt := testRetry(flaky(&calls), &recordingSleep{})
		req, _ := http.NewRequest(tc.method, "https://api.github.com/repos/o/r", strings.NewReader("{}"))
		resp, err := rt.RoundTrip(req)
		if resp != nil {
			resp.Body.Close()
		}
		if calls != tc.want || (tc.want == 2) != (err == nil) {
			t.Errorf("%s: got %d attempts and %v, want %d", tc.method, calls, err, tc.want)
		}
	}
}

func TestBodyWithoutGetBodyNotReplayed(t *testing.T) {
	var calls int
	rt := testRetry(flaky(&calls), &recordingSleep{})
	req, _ := http.NewRequest(http.MethodPut, "https://api.github.com/x", io.NopCloser(strings.NewReader("{}")))
	if _, err := rt.RoundTrip(req); err == nil || calls != 1 {
		t.Errorf("got %v after %d attempts, want the error after 1", err, calls)
	}
}

func TestFullJitterBounds(t *testing.T) {
	for attempt := 1; attempt <= 40; attempt++ {
		ceiling := min(backoffBase<<min(attempt-1, 15), backoffCap)
		for range 50 {
			if d := fullJitter(attempt); d < 0 || d >= ceiling {
				t.Fatalf("fullJitter(%d): got %v, want [0, %v)", attempt, d, ceiling)
			}
		}
	}
}

func TestRetryAfterAsHTTPDate(t *testing.T) {
	now := testClock()()
	h := http.Header{headerRetryAfter: {now.Add(90 * time.Second).UTC().Format(http.TimeFormat)}}
	if got, ok := serverWait(h, now); !ok || got != 90*time.Second {
		t.Errorf("serverWait: got %v, %v; want 1m30s", got, ok)
	}
}
