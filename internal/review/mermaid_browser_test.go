package review_test

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/browsertest"
)

// TestMermaidRendersTheTimeline runs the Mermaid that GitHub uses on the
// check run's timeline chart. A broken chart must fail, or the test
// proves nothing.
func TestMermaidRendersTheTimeline(t *testing.T) {
	review := setup(t)
	sha := review.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	review.deliver("pull_request", review.pullEvent("opened", 1, sha, false))
	browsertest.CheckMermaid(t, "timeline.png", map[string]string{"check run": review.repo.CheckRuns()[0].Summary})
}
