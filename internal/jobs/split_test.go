package jobs_test

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// sources reviews every pull request not closed at its head, and counts
// the reviews and (through merges) the merges.
type sources struct {
	mu      sync.Mutex
	reviews map[string]int // repo#pull@sha → runs
	merges  map[string]int // repo#pull → runs
}

func (s *sources) Handles() []string                           { return []string{"pull_request"} }
func (s *sources) Handle(context.Context, webhook.Event) error { return fmt.Errorf("handled inline") }
func (s *sources) MergeRequestOf(webhook.Event) (actions.MergeRequest, bool) {
	return actions.MergeRequest{}, false
}

func (s *sources) ReviewRequests(_ context.Context, ev webhook.Event) ([]review.Request, error) {
	p := ev.Payload.(*github.PullRequestEvent)
	if ev.Action == "closed" {
		return nil, nil
	}
	return []review.Request{{Owner: "octo", Repo: "docs", PullNumber: p.GetNumber(), HeadSHA: p.GetPullRequest().GetHead().GetSHA()}}, nil
}

func (s *sources) ReviewOne(_ context.Context, _ int64, req review.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reviews[fmt.Sprintf("%s/%s#%d@%s", req.Owner, req.Repo, req.PullNumber, req.HeadSHA)]++
	return nil
}

// merges is a merge source alone.
type merges struct{ s *sources }

func (m merges) Handles() []string                           { return []string{"pull_request"} }
func (m merges) Handle(context.Context, webhook.Event) error { return fmt.Errorf("handled inline") }
func (m merges) MergeRequestOf(ev webhook.Event) (actions.MergeRequest, bool) {
	p := ev.Payload.(*github.PullRequestEvent)
	return actions.MergeRequest{Owner: "octo", Repo: "docs", PullNumber: p.GetNumber()}, ev.Action == "closed"
}
func (m merges) MergeOne(_ context.Context, _ int64, req actions.MergeRequest) error {
	m.s.mu.Lock()
	defer m.s.mu.Unlock()
	m.s.merges[fmt.Sprintf("%s/%s#%d", req.Owner, req.Repo, req.PullNumber)]++
	return nil
}

func (s *sources) counts() (reviews, merges map[string]int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return clone(s.reviews), clone(s.merges)
}

func clone(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestDeliveriesBecomeReviewAndMergeJobsUniqueWhereTheWorkIs: two
// deliveries asking for the review of one head make one review; another
// head makes another; a merge delivered twice under two ids merges once.
func TestDeliveriesBecomeReviewAndMergeJobsUniqueWhereTheWorkIs(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		s := &sources{reviews: map[string]int{}, merges: map[string]int{}}
		cfg.Handlers = []webhook.Handler{s, merges{s}}
		q := open(t, cfg)
		url, stop := serveDurable(t, q, s, merges{s})
		defer stop()
		opened := webhooktest.First(t, "pull_request", "opened").Body
		moved := webhooktest.Edit(t, opened, func(p map[string]any) {
			p["action"] = "synchronize"
			p["pull_request"].(map[string]any)["head"].(map[string]any)["sha"] = "0000000000000000000000000000000000000001"
		})
		closed := webhooktest.First(t, "pull_request", "closed").Body
		for i, body := range [][]byte{opened, opened, moved, closed, closed} {
			if got := deliver(t, url, fmt.Sprintf("delivery-%d", i), body); got != http.StatusAccepted {
				t.Fatalf("delivery %d: got %d, want 202", i, got)
			}
		}
		start(t, q)
		// The queue can look empty while a delivery is being turned into
		// its jobs, so the work is awaited first, then the queue's end,
		// after which no duplicate may have run.
		waitFor(t, "two reviews and a merge", func() bool { r, m := s.counts(); return len(r) >= 2 && len(m) >= 1 })
		waitFor(t, "an empty queue", func() bool { l, _ := q.List(context.Background(), 20); return len(l) == 0 })
		reviews, merged := s.counts()
		if len(reviews) != 2 || len(merged) != 1 {
			t.Fatalf("got reviews %v and merges %v; want two heads reviewed and one merge", reviews, merged)
		}
		for k, n := range reviews {
			if n != 1 {
				t.Errorf("review %s ran %d times, want 1", k, n)
			}
		}
		for k, n := range merged {
			if n != 1 {
				t.Errorf("merge %s ran %d times, want 1", k, n)
			}
		}
	})
}
