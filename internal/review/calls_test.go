package review_test

import "testing"

// listings counts the requests that list the pull request's review
// comments and reviews.
func listings(sent []string) (comments, reviews int) {
	for _, s := range sent {
		switch s {
		case "GET /repos/octo/docs/pulls/1/comments":
			comments++
		case "GET /repos/octo/docs/pulls/1/reviews":
			reviews++
		}
	}
	return comments, reviews
}

func TestFirstReviewListsNothingRepeatDoes(t *testing.T) {
	f, sent := setupEdits(t)
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("fail_on: error\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.srv.ResetCalls()
	sent.Sent()
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	first, _ := f.apiCalls()
	if c, r := listings(sent.Sent()); c+r != 0 {
		t.Errorf("first review listed %d comment and %d review pages, want none: %v", c, r, first)
	}
	// A push that adds one blameful line: a repeat review of a new head.
	sha2 := f.openPull(1, "pm2", map[string][]byte{docPath: []byte(outage + "\nAlice failed to check the lag.\n")})
	f.srv.ResetCalls()
	sent.Sent()
	f.deliver("pull_request", f.pullEvent("synchronize", 1, sha2, false))
	again, cached := f.apiCalls()
	if c, _ := listings(sent.Sent()); c != 1 {
		t.Errorf("repeat review listed %d comment pages, want 1: %v", c, again)
	}
	if rv := f.repo.Reviews(1); len(rv) != 2 || len(rv[1].Comments) != 1 {
		t.Errorf("reviews: got %d, want a second with only the new line's comment", len(rv))
	}
	t.Logf("first review (opened, repository config): %d calls: %v", len(first), first)
	t.Logf("repeat review (synchronize, new head): %d calls, %d of them 304: %v", len(again), cached, again)
}

func TestReopenedListsEarlierComments(t *testing.T) {
	f, sent := setupEdits(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	sha2 := f.openPull(1, "pm2", map[string][]byte{docPath: []byte(outage), "README.md": []byte("# Docs\n")})
	sent.Sent()
	f.deliver("pull_request", f.pullEvent("reopened", 1, sha2, false))
	calls := sent.Sent()
	if c, _ := listings(calls); c != 1 {
		t.Errorf("reopened review listed %d comment pages, want 1: %v", c, calls)
	}
	if n := len(f.repo.Reviews(1)); n != 1 {
		t.Errorf("reviews after reopening: got %d, want 1 (nothing new to say)", n)
	}
}
