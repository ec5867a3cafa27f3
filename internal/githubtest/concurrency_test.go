package githubtest_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// TestConcurrentClients drives the fake from many goroutines; run it with
// -race.
func TestConcurrentClients(t *testing.T) {
	s, repo, c := setup(t, githubtest.Assignable("dana"))
	repo.PutFile("main", docPath, []byte(baseDoc))
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := c.Issues.Create(ctx, "octo", "docs", &github.IssueRequest{
				Title: github.String(fmt.Sprintf("action %d", i)), Assignees: &[]string{"dana"}, Labels: &[]string{"action"},
			})
			if err != nil {
				t.Error(err)
			}
			if _, _, _, err := c.Repositories.GetContents(ctx, "octo", "docs", docPath, nil); err != nil {
				t.Error(err)
			}
			_ = repo.Issues()
			_ = s.Calls()
		}()
	}
	wg.Wait()
	issues := repo.Issues()
	seen := map[int]bool{}
	for _, is := range issues {
		seen[is.Number] = true
	}
	if len(issues) != 16 || len(seen) != 16 || len(repo.Labels()) != 1 {
		t.Errorf("got %d issues (%d numbers), %d labels; want 16, 16, 1", len(issues), len(seen), len(repo.Labels()))
	}
}
