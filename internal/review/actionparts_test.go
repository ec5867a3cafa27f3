package review_test

import (
	"strings"
	"testing"
)

// When no action of the post-mortem has a due date, the check run has
// one annotation for it, on the action list's heading, a line the
// document has.
func TestCheckRunAnnotatesMissingDueDatesOnce(t *testing.T) {
	doc := strings.NewReplacer("due: 2026-12-15, ", "", " — due: 2026-12-20", "").Replace(outage)
	if strings.Contains(doc, "due:") {
		t.Fatal("the document still gives a due date")
	}
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(doc)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 {
		t.Fatalf("check runs: got %d, want 1", len(runs))
	}
	lines := strings.Split(doc, "\n")
	var got []int
	for _, a := range runs[0].Annotations {
		if a.Title == "actions/no-due-date" {
			got = append(got, a.StartLine)
		}
	}
	if len(got) != 1 || got[0] < 1 || got[0] > len(lines) || lines[got[0]-1] != "## Remediation" {
		t.Fatalf("actions/no-due-date annotations on lines %v, want one on the line of ## Remediation", got)
	}
}
