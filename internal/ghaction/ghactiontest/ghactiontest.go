// Package ghactiontest builds what a GitHub Actions step finds on a
// runner, for tests: a repository holding a pull request merged as GitHub
// merges it for a workflow, checkouts of it, and an event payload.
package ghactiontest

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// Files maps slash paths to contents; a nil content deletes the file.
type Files map[string]*string

// Text returns a pointer to s, for Files.
func Text(s string) *string { return &s }

// PullRequest is a repository, Origin, in which the branch "feature" was
// made from "main" at Base, changed by the pull request, and "main" moved
// on after; its merge commit (refs/pull/N/merge on GitHub, the branch
// "merge" here) joins Head to the newest main, BaseTip.
type PullRequest struct {
	Origin  string
	Base    string // where feature branched off
	Head    string // the pull request's head
	BaseTip string // main's commit when the event happened
	Merge   string
}

// NewPullRequest makes the repository: main gets base, the feature branch
// then gets change, and main gets later.
func NewPullRequest(t testing.TB, base, change, later Files) *PullRequest {
	t.Helper()
	dir := t.TempDir()
	Git(t, dir, "init", "-q", "-b", "main")
	p := &PullRequest{Origin: dir}
	p.Base = commit(t, dir, base, "base")
	Git(t, dir, "checkout", "-q", "-b", "feature")
	p.Head = commit(t, dir, change, "the pull request")
	Git(t, dir, "checkout", "-q", "main")
	p.BaseTip = commit(t, dir, later, "main moves on")
	Git(t, dir, "checkout", "-q", "-b", "merge")
	Git(t, dir, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature")
	p.Merge = strings.TrimSpace(Git(t, dir, "rev-parse", "HEAD"))
	Git(t, dir, "checkout", "-q", "main")
	return p
}

// Clone checks out branch of the origin in a new directory, as
// actions/checkout does: depth 0 is the whole history, 1 the default
// single commit.
func (p *PullRequest) Clone(t testing.TB, branch string, depth int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "workspace")
	args := []string{"clone", "-q", "--no-tags", "--branch", branch}
	if depth > 0 {
		args = append(args, "--depth", strconv.Itoa(depth))
	}
	Git(t, "", append(args, "file://"+filepath.ToSlash(p.Origin), dir)...)
	return dir
}

// commit writes files and commits them, returning the commit id.
func commit(t testing.TB, dir string, files Files, msg string) string {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if content == nil {
			Git(t, dir, "rm", "-q", rel)
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(*content), 0o644); err != nil {
			t.Fatal(err)
		}
		Git(t, dir, "add", rel)
	}
	Git(t, dir, "commit", "-q", "--allow-empty", "-m", msg)
	return strings.TrimSpace(Git(t, dir, "rev-parse", "HEAD"))
}

// Git runs git in dir ("" is the working directory) with a fixed
// identity and no user configuration, failing the test when it fails.
func Git(t testing.TB, dir string, args ...string) string {
	t.Helper()
	if dir != "" {
		args = append([]string{"-C", dir}, args...)
	}
	cmd := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Event writes GitHub's example payload of a pull request being opened,
// with its base and head commits set to base and head, to a file and
// returns its path.
func Event(t testing.TB, base, head string) string {
	t.Helper()
	var body map[string]any
	for _, ex := range webhooktest.Examples(t, "pull_request") {
		if ex.Action == "opened" {
			if err := json.Unmarshal(ex.Body, &body); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	pr, ok := body["pull_request"].(map[string]any)
	if !ok {
		t.Fatal("no pull_request.opened example with a pull request")
	}
	pr["base"].(map[string]any)["sha"] = base
	pr["head"].(map[string]any)["sha"] = head
	data, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "event.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// ReadOutputs reads a runner's output file as the runner does: name=value
// lines, and name<<DELIMITER blocks ending at a line holding DELIMITER.
func ReadOutputs(t testing.TB, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	if len(data) == 0 {
		return out
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		if name, delim, ok := strings.Cut(lines[i], "<<"); ok {
			end := slices.Index(lines[i+1:], delim)
			if end < 0 {
				t.Fatalf("output %s: no closing delimiter %q", name, delim)
			}
			out[name] = strings.Join(lines[i+1:i+1+end], "\n")
			i += end + 1
			continue
		}
		name, value, ok := strings.Cut(lines[i], "=")
		if !ok {
			t.Fatalf("output line %q: want name=value or name<<DELIMITER", lines[i])
		}
		out[name] = value
	}
	return out
}
