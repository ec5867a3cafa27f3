package review

import (
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// The check run shows which items become issues and which were read as
// done, so that a person can correct the reading before the merge.
func TestCheckSummaryShowsWhatWasReadAsDone(t *testing.T) {
	src := "# T\n\n## Remediation\n\n### Immediate actions (completed)\n\n- Paused the export job\n\n### Follow-ups\n\n" +
		"- Reverted `ratelimits.yaml` to the last good version\n- [x] Add a lag alert — owner: @a\n- [ ] Write a runbook — owner: @b\n"
	doc, err := postmortem.Parse([]byte(src), postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := checkSummary([]*File{{Path: "pm.md", Doc: doc}}, time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC))
	opened, done, _ := strings.Cut(got, "### Read as done")
	if !strings.Contains(opened, "| Write a runbook | @b |") || strings.Contains(opened, "Reverted") || strings.Contains(opened, "lag alert") || strings.Contains(opened, "Paused") {
		t.Errorf("issues opened on merge: got\n%s\nwant only the runbook", opened)
	}
	for _, want := range []string{"| 7 | Paused the export job | a step already taken |", "| 11 | Reverted `ratelimits.yaml` to the last good version | a step already taken |", "| 12 | Add a lag alert | action marked done |"} {
		if !strings.Contains(done, want) {
			t.Errorf("read as done: got\n%s\nwant a row %q", done, want)
		}
	}
	if strings.Contains(done, "runbook") {
		t.Errorf("read as done lists the open action:\n%s", done)
	}
}
