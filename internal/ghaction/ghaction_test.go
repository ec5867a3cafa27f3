package ghaction_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/ghaction"
	"github.com/postmortem-bot/postmortem-bot/internal/ghaction/ghactiontest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

func TestInputVar(t *testing.T) {
	for id, want := range map[string]string{
		"paths":      "INPUT_PATHS",
		"fail_on":    "INPUT_FAIL_ON",
		"fail-on":    "INPUT_FAIL-ON",
		"my input":   "INPUT_MY_INPUT",
		"configFile": "INPUT_CONFIGFILE",
	} {
		if got := ghaction.InputVar(id); got != want {
			t.Errorf("InputVar(%q): got %q, want %q", id, got, want)
		}
	}
}

// runtimeWith returns the runtime a runner with these variables gives.
func runtimeWith(vars map[string]string) ghaction.Runtime {
	return ghaction.FromEnv(func(k string) string { return vars[k] })
}

func TestInputs(t *testing.T) {
	rt := runtimeWith(map[string]string{
		"INPUT_FORMAT": "  sarif\n",
		"INPUT_PATHS":  "incidents/**/*.md\n\n  docs/pm/*.md , retro/*.md\n",
	})
	if got := rt.Input("format"); got != "sarif" {
		t.Errorf(`Input("format"): got %q, want "sarif"`, got)
	}
	if got := rt.Input("config"); got != "" {
		t.Errorf(`Input("config") unset: got %q, want ""`, got)
	}
	want := []string{"incidents/**/*.md", "docs/pm/*.md", "retro/*.md"}
	if got := rt.InputList("paths"); !slices.Equal(got, want) {
		t.Errorf(`InputList("paths"): got %q, want %q`, got, want)
	}
}

func TestSetOutputAndSummary(t *testing.T) {
	dir := t.TempDir()
	rt := runtimeWith(map[string]string{
		"GITHUB_OUTPUT":       filepath.Join(dir, "output"),
		"GITHUB_STEP_SUMMARY": filepath.Join(dir, "summary"),
	})
	want := map[string]string{"errors": "2", "list": "a=b\nEOF\nc<<d", "empty": ""}
	for _, name := range []string{"errors", "list", "empty"} {
		if err := rt.SetOutput(name, want[name]); err != nil {
			t.Fatal(err)
		}
	}
	if got := ghactiontest.ReadOutputs(t, rt.OutputPath); !maps.Equal(got, want) {
		t.Errorf("outputs read back: got %q, want %q", got, want)
	}
	for _, md := range []string{"### one\n", "two\n"} {
		if err := rt.AppendSummary(md); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(rt.SummaryPath); string(data) != "### one\ntwo\n" {
		t.Errorf("summary: got %q, want both parts in order", data)
	}
	if err := runtimeWith(nil).SetOutput("x", "1"); err != nil {
		t.Errorf("SetOutput outside a runner: got %v, want nothing done", err)
	}
}

// Every example payload of GitHub's pull_request event gives its base and
// head commits; a push is not a pull request.
func TestPullRequestFromExamples(t *testing.T) {
	dir := t.TempDir()
	for i, ex := range webhooktest.Examples(t, "pull_request") {
		var want struct {
			PullRequest struct {
				Number int
				Base   struct{ SHA string }
				Head   struct{ SHA string }
			} `json:"pull_request"`
		}
		if err := json.Unmarshal(ex.Body, &want); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, ex.Event+".json")
		if err := os.WriteFile(path, ex.Body, 0o644); err != nil {
			t.Fatal(err)
		}
		pr, err := runtimeWith(map[string]string{"GITHUB_EVENT_PATH": path}).PullRequest()
		w := want.PullRequest
		if err != nil || pr == nil || pr.BaseSHA != w.Base.SHA || pr.HeadSHA != w.Head.SHA || pr.Number != w.Number || len(pr.BaseSHA) != 40 {
			t.Errorf("example %d (%s): got %+v, %v; want base %s, head %s, number %d", i, ex.Name, pr, err, w.Base.SHA, w.Head.SHA, w.Number)
		}
	}
	push := webhooktest.Examples(t, "push")[0]
	path := filepath.Join(dir, "push.json")
	if err := os.WriteFile(path, push.Body, 0o644); err != nil {
		t.Fatal(err)
	}
	if pr, err := runtimeWith(map[string]string{"GITHUB_EVENT_PATH": path}).PullRequest(); pr != nil || err != nil {
		t.Errorf("push event: got %+v, %v; want no pull request", pr, err)
	}
}

// pullRequest: main has two post-mortems and a note; the pull request adds
// one, edits one and deletes the other; main then gets a post-mortem of its
// own that the pull request did not touch.
func pullRequest(t *testing.T) *ghactiontest.PullRequest {
	return ghactiontest.NewPullRequest(t,
		ghactiontest.Files{"postmortems/a.md": ghactiontest.Text("# A\n"), "postmortems/b.md": ghactiontest.Text("# B\n"), "notes.txt": ghactiontest.Text("n\n")},
		ghactiontest.Files{"postmortems/new.md": ghactiontest.Text("# New\n"), "postmortems/a.md": ghactiontest.Text("# A, edited\n"), "postmortems/b.md": nil},
		ghactiontest.Files{"postmortems/later.md": ghactiontest.Text("# Later on main\n")},
	)
}

func TestChangedFiles(t *testing.T) {
	pr := pullRequest(t)
	want := []string{"postmortems/a.md", "postmortems/new.md"}
	tests := []struct {
		name   string
		branch string
		depth  int
		base   string
	}{
		// The default checkout: the merge commit alone; the base commit is
		// fetched, and the diff runs from it.
		{"merge commit, one commit deep", "merge", 1, pr.BaseTip},
		{"merge commit, full history", "merge", 0, pr.BaseTip},
		// The head checked out with history: from the merge base, so main's
		// later post-mortem is not the pull request's.
		{"head, full history", "feature", 0, pr.BaseTip},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := pr.Clone(t, tc.branch, tc.depth)
			got, err := ghaction.ChangedFiles(context.Background(), dir, tc.base)
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestChangedFilesRefusesWhatIsNotACommitID(t *testing.T) {
	dir := pullRequest(t).Clone(t, "merge", 1)
	for _, base := range []string{"", "--upload-pack=touch /tmp/x", "main", "HEAD~1", strings.Repeat("g", 40)} {
		if _, err := ghaction.ChangedFiles(context.Background(), dir, base); err == nil || !strings.Contains(err.Error(), "not a commit id") {
			t.Errorf("base %q: got %v, want it refused", base, err)
		}
	}
	if _, err := ghaction.ChangedFiles(context.Background(), dir, strings.Repeat("ab", 20)); err == nil || !strings.Contains(err.Error(), "fetching the base commit") {
		t.Errorf("unknown base commit: got %v, want the failed fetch reported", err)
	}
}
