package cli_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/cli"
	"github.com/postmortem-bot/postmortem-bot/internal/ghaction"
	"github.com/postmortem-bot/postmortem-bot/internal/ghaction/ghactiontest"
)

// actionRepo is a pull request on a repository of post-mortems: main has
// a clean one and one full of problems; the pull request adds one with
// warnings only and edits a note; main then gets another with errors.
func actionRepo(t *testing.T) *ghactiontest.PullRequest {
	t.Helper()
	read := func(name string) *string { return ghactiontest.Text(string(readSample(t, name))) }
	return ghactiontest.NewPullRequest(t,
		ghactiontest.Files{"postmortems/clean.md": read("clean-template.md"), "postmortems/old.md": read("blameful.md"), "notes.md": ghactiontest.Text("notes\n")},
		ghactiontest.Files{"postmortems/new.md": read("pasted-logs.md"), "notes.md": ghactiontest.Text("more notes\n")},
		ghactiontest.Files{"postmortems/later.md": read("placeholders.md")},
	)
}

// actionStep is what one run of the action's command did.
type actionStep struct {
	result
	outputs map[string]string
	summary string
}

// runActionStep runs `postmortem-bot action` as the action's step does:
// in the workspace, with the variables the runner sets and an INPUT_
// variable for every input, empty where the workflow gives none. An empty
// eventPath is an event without a pull request.
func runActionStep(t *testing.T, workspace, eventPath string, inputs map[string]string) actionStep {
	t.Helper()
	runner := t.TempDir()
	vars := map[string]string{
		"GITHUB_WORKSPACE":    workspace,
		"GITHUB_EVENT_NAME":   "pull_request",
		"GITHUB_EVENT_PATH":   eventPath,
		"GITHUB_OUTPUT":       filepath.Join(runner, "output"),
		"GITHUB_STEP_SUMMARY": filepath.Join(runner, "summary"),
	}
	if eventPath == "" {
		vars["GITHUB_EVENT_NAME"] = "push"
		vars["GITHUB_EVENT_PATH"] = writeJSONFile(t, runner, `{"ref":"refs/heads/main","commits":[]}`)
	}
	for _, id := range cli.ActionInputs {
		vars[ghaction.InputVar(id)] = inputs[id]
	}
	for k, v := range vars {
		t.Setenv(k, v)
	}
	for _, f := range []string{"output", "summary"} {
		writeFile(t, runner, f, nil) // the runner makes both files before the step
	}
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, Now: func() time.Time { return fixedNow }, Dir: workspace, Version: "test"}
	code := cli.Main(env, []string{"action"})
	summary, err := os.ReadFile(vars["GITHUB_STEP_SUMMARY"])
	if err != nil {
		t.Fatal(err)
	}
	return actionStep{result{code, out.String(), errOut.String()}, ghactiontest.ReadOutputs(t, vars["GITHUB_OUTPUT"]), string(summary)}
}

func writeJSONFile(t *testing.T, dir, data string) string {
	t.Helper()
	p := filepath.Join(dir, "event.json")
	writeFile(t, dir, "event.json", []byte(data))
	return p
}

// annotatedFiles returns the files the workflow commands on stdout name.
func annotatedFiles(stdout string) map[string]int {
	files := map[string]int{}
	for _, line := range strings.Split(stdout, "\n") {
		if _, rest, ok := strings.Cut(line, " file="); ok && strings.HasPrefix(line, "::") {
			name, _, _ := strings.Cut(rest, ",")
			name, _, _ = strings.Cut(name, "::")
			files[name]++
		}
	}
	return files
}

// On a pull request the action lints what it adds or changes under the
// configured paths, and nothing else: not the post-mortems already on main,
// not the one main got since.
func TestActionLintsWhatThePullRequestChanges(t *testing.T) {
	pr := actionRepo(t)
	event := ghactiontest.Event(t, pr.BaseTip, pr.Head)
	for _, depth := range []int{1, 0} {
		step := runActionStep(t, pr.Clone(t, "merge", depth), event, nil)
		if step.code != cli.ExitOK {
			t.Fatalf("depth %d: exit %d, want 0 (warnings only, fail_on error)\n%s%s", depth, step.code, step.stdout, step.stderr)
		}
		if got := annotatedFiles(step.stdout); len(got) != 1 || got["postmortems/new.md"] != 4 {
			t.Errorf("depth %d: annotations by file: got %v, want 4 on postmortems/new.md only\n%s", depth, got, step.stdout)
		}
		want := map[string]string{"files": "1", "errors": "0", "warnings": "4", "notices": "0"}
		if !maps.Equal(step.outputs, want) {
			t.Errorf("depth %d: outputs: got %v, want %v", depth, step.outputs, want)
		}
		if !strings.Contains(step.summary, "1 file, 0 errors, 4 warnings") || strings.Count(step.summary, "| `postmortems/new.md:") != 4 {
			t.Errorf("depth %d: summary: got\n%s\nwant the counts and a row per finding", depth, step.summary)
		}
	}
}

func TestActionInputs(t *testing.T) {
	pr := actionRepo(t)
	event := ghactiontest.Event(t, pr.BaseTip, pr.Head)
	workspace := pr.Clone(t, "merge", 1)
	writeFile(t, workspace, "ci/strict.yml", []byte("fail_on: warning\n"))
	tests := []struct {
		name      string
		event     string
		inputs    map[string]string
		code      int
		annotated map[string]int // nil: not checked
	}{
		{"fail_on warning", event, map[string]string{"fail_on": "warning"}, cli.ExitFindings, map[string]int{"postmortems/new.md": 4}},
		{"fail_on from the config input", event, map[string]string{"config": "ci/strict.yml"}, cli.ExitFindings, nil},
		{"fail_on never", event, map[string]string{"fail_on": "never", "files": "postmortems/old.md"}, cli.ExitOK, nil},
		{"files given, filtered by paths", event, map[string]string{"files": "postmortems/old.md\nnotes.md"}, cli.ExitFindings, map[string]int{"postmortems/old.md": 12}},
		{"paths matching nothing changed", event, map[string]string{"paths": "docs/**/*.md, retro/*.md"}, cli.ExitOK, map[string]int{}},
		{"not a pull request: every post-mortem", "", nil, cli.ExitFindings, map[string]int{"postmortems/new.md": 4, "postmortems/old.md": 12, "postmortems/later.md": 6}},
		{"unknown format", event, map[string]string{"format": "xml"}, cli.ExitUsage, map[string]int{}},
		{"unknown fail_on", event, map[string]string{"fail_on": "sometimes"}, cli.ExitUsage, map[string]int{}},
		{"text format", event, map[string]string{"format": "text"}, cli.ExitOK, map[string]int{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			step := runActionStep(t, workspace, tc.event, tc.inputs)
			if step.code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", step.code, tc.code, step.stdout, step.stderr)
			}
			if got := annotatedFiles(step.stdout); tc.annotated != nil && !maps.Equal(got, tc.annotated) {
				t.Errorf("annotations by file: got %v, want %v\n%s", got, tc.annotated, step.stdout)
			}
		})
	}
}

// A pull request that changes no post-mortem passes and says so.
func TestActionNoPostmortemChanged(t *testing.T) {
	pr := ghactiontest.NewPullRequest(t,
		ghactiontest.Files{"postmortems/a.md": ghactiontest.Text("# A\n")},
		ghactiontest.Files{"src/main.go": ghactiontest.Text("package main\n")},
		nil)
	step := runActionStep(t, pr.Clone(t, "merge", 1), ghactiontest.Event(t, pr.BaseTip, pr.Head), nil)
	if step.code != cli.ExitOK || step.stdout != "" {
		t.Errorf("got exit %d and output %q, want 0 and nothing", step.code, step.stdout)
	}
	if !strings.Contains(step.summary, "changes no post-mortem") || step.outputs["files"] != "0" {
		t.Errorf("summary %q, outputs %v: want it said and files=0", step.summary, step.outputs)
	}
}

// With an output file the report goes there and the annotations still
// go to the log; the file is relative to the workspace.
func TestActionOutputFile(t *testing.T) {
	pr := actionRepo(t)
	workspace := pr.Clone(t, "merge", 1)
	step := runActionStep(t, workspace, ghactiontest.Event(t, pr.BaseTip, pr.Head), map[string]string{"format": "sarif", "output": "results.sarif"})
	if step.code != cli.ExitOK {
		t.Fatalf("exit %d\n%s", step.code, step.stderr)
	}
	data, err := os.ReadFile(filepath.Join(workspace, "results.sarif"))
	if err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) || !bytes.Contains(data, []byte("postmortems/new.md")) {
		t.Errorf("results.sarif: got %v and\n%.300s\nwant a SARIF log of new.md", err, data)
	}
	if got := annotatedFiles(step.stdout); got["postmortems/new.md"] != 4 {
		t.Errorf("annotations: got %v, want 4 on new.md", got)
	}
}
