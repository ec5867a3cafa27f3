package weekly_test

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/browsertest"
)

// TestMermaidRendersTheChart runs the Mermaid that GitHub uses on the
// weekly summary's chart. A broken chart must fail, or the test proves
// nothing.
func TestMermaidRendersTheChart(t *testing.T) {
	f := setupWeeklySample(t, weeklyConfig)
	f.run(false)
	browsertest.CheckMermaid(t, "weekly.png", map[string]string{"weekly summary": summaries(f.repo)[0].Body})
}
