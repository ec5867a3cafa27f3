package ghaction_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/ghaction"
	"github.com/postmortem-bot/postmortem-bot/internal/ghaction/ghactiontest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// actionMetadata is the part of action.yml a runner reads for a composite
// action.
type actionMetadata struct {
	Name        string
	Description string
	Author      string
	Branding    struct{ Icon, Color string }
	Inputs      map[string]struct {
		Description string
		Required    bool
		Default     string
	}
	Outputs map[string]struct {
		Description string
		Value       string
	}
	Runs struct {
		Using string
		Steps []actionStep
	}
}

type actionStep struct {
	Name  string
	ID    string
	Shell string
	Env   map[string]string
	Run   string
	Uses  string
}

func readAction(t *testing.T) actionMetadata {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(webhooktest.Root(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var m actionMetadata
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return m
}

func TestMain(m *testing.M) {
	code := m.Run()
	if releaseBuilt {
		if dir, err := release(); err == nil {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

// releaseBuilt is whether a test asked for the release archives.
var releaseBuilt bool

// release builds the release archives for this machine once per test
// binary, with scripts/release, as version v9.8.7.
var release = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "postmortem-bot-release-")
	if err != nil {
		return "", err
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		return "", err
	}
	cmd := exec.Command(filepath.Join(root, "scripts", "release"), "v9.8.7", dir)
	cmd.Env = append(os.Environ(), "TARGETS="+runtime.GOOS+"/"+runtime.GOARCH)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%w: %s", err, out)
	}
	return dir, nil
})

// releaseServer serves the release archives as GitHub serves release
// assets, at /OWNER/NAME/releases/download/TAG/FILE and
// /OWNER/NAME/releases/latest/download/FILE; tamper changes what it serves.
// requested collects the paths asked for.
func releaseServer(t *testing.T, tamper func(name string, data []byte) []byte) (url string, requested *[]string) {
	t.Helper()
	releaseBuilt = true
	dir, err := release()
	if err != nil {
		t.Fatalf("scripts/release: %v", err)
	}
	var mu sync.Mutex
	var paths []string
	asset := regexp.MustCompile(`^/postmortem-bot/postmortem-bot/releases/(?:download/v9\.8\.7|latest/download)/([A-Za-z0-9_.-]+)$`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		m := asset.FindStringSubmatch(r.URL.Path)
		if m == nil {
			http.NotFound(w, r)
			return
		}
		data, err := os.ReadFile(filepath.Join(dir, m[1]))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if tamper != nil {
			data = tamper(m[1], data)
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &paths
}

// runner runs a composite action's steps as the GitHub Actions runner
// does: each run script with bash -eo pipefail in the workspace, the
// step's env with its expressions evaluated, GITHUB_PATH additions in
// front of PATH for the later steps, and step outputs read back.
type runner struct {
	t         *testing.T
	action    actionMetadata
	with      map[string]string // the workflow's inputs
	github    map[string]string // the github context the action uses
	vars      map[string]string // the runner's variables
	paths     []string          // GITHUB_PATH additions so far
	outputs   map[string]map[string]string
	stdout    strings.Builder
	stepsDone int
}

func newRunner(t *testing.T, serverURL, workspace, event string, with map[string]string) *runner {
	t.Helper()
	osName := map[string]string{"linux": "Linux", "darwin": "macOS"}[runtime.GOOS]
	arch := map[string]string{"amd64": "X64", "arm64": "ARM64"}[runtime.GOARCH]
	if osName == "" || arch == "" {
		t.Skipf("no runner runs on %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	temp := t.TempDir()
	return &runner{
		t: t, action: readAction(t), with: with,
		github: map[string]string{"action_ref": "v9.8.7", "action_repository": "postmortem-bot/postmortem-bot"},
		vars: map[string]string{
			"RUNNER_OS": osName, "RUNNER_ARCH": arch, "RUNNER_TEMP": temp,
			"GITHUB_SERVER_URL": serverURL, "GITHUB_WORKSPACE": workspace,
			"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": event,
			"GITHUB_ACTION_PATH": webhooktest.Root(t), "GITHUB_STEP_SUMMARY": filepath.Join(temp, "summary"),
			"HOME": os.Getenv("HOME"), "PATH": os.Getenv("PATH"),
		},
		outputs: map[string]map[string]string{},
	}
}

var expression = regexp.MustCompile(`\$\{\{\s*([a-z_]+)\.([a-z_]+)(?:\.outputs\.([a-z_]+))?\s*\}\}`)

// eval replaces the expressions the action uses; any other fails the test.
func (r *runner) eval(s string) string {
	r.t.Helper()
	out := expression.ReplaceAllStringFunc(s, func(e string) string {
		m := expression.FindStringSubmatch(e)
		switch {
		case m[1] == "inputs" && m[3] == "":
			in, ok := r.action.Inputs[m[2]]
			if !ok {
				r.t.Errorf("action.yml: %s names an input that is not declared", e)
			}
			if v, ok := r.with[m[2]]; ok {
				return v
			}
			return in.Default
		case m[1] == "github" && m[3] == "":
			if v, ok := r.github[m[2]]; ok {
				return v
			}
		case m[1] == "steps" && m[3] != "":
			return r.outputs[m[2]][m[3]]
		}
		r.t.Errorf("action.yml: expression %s is not one this test evaluates", e)
		return ""
	})
	if strings.Contains(out, "${{") {
		r.t.Errorf("action.yml: unevaluated expression in %q", s)
	}
	return out
}

// run runs every step until one fails and returns that step's exit code
// (0 when all succeed) and the combined output of the steps.
func (r *runner) run() (failedStep string, code int) {
	for _, step := range r.action.Runs.Steps {
		r.stepsDone++
		if code := r.step(step); code != 0 {
			return step.Name, code
		}
	}
	return "", 0
}

func (r *runner) step(step actionStep) int {
	t := r.t
	if step.Shell != "bash" || step.Run == "" {
		t.Fatalf("step %q: want a bash run step, got shell %q", step.Name, step.Shell)
	}
	dir := t.TempDir()
	files := map[string]string{"GITHUB_OUTPUT": filepath.Join(dir, "output"), "GITHUB_PATH": filepath.Join(dir, "path"), "GITHUB_ENV": filepath.Join(dir, "env")}
	env := []string{}
	for k, v := range r.vars {
		if k == "PATH" {
			v = strings.Join(append(append([]string{}, r.paths...), v), string(os.PathListSeparator))
		}
		env = append(env, k+"="+v)
	}
	for k, v := range files {
		if err := os.WriteFile(v, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		env = append(env, k+"="+v)
	}
	for k, v := range step.Env {
		env = append(env, k+"="+r.eval(v))
	}
	script := filepath.Join(dir, "step.sh")
	if err := os.WriteFile(script, []byte(r.eval(step.Run)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
	cmd.Dir, cmd.Env = r.vars["GITHUB_WORKSPACE"], env
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &r.stdout, &stderr
	err := cmd.Run()
	if stderr.Len() > 0 {
		t.Logf("step %q stderr:\n%s", step.Name, stderr.String())
	}
	if step.ID != "" {
		r.outputs[step.ID] = ghactiontest.ReadOutputs(t, files["GITHUB_OUTPUT"])
	}
	added, _ := os.ReadFile(files["GITHUB_PATH"])
	r.paths = append(strings.Fields(string(added)), r.paths...)
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

// actionOutputs evaluates the action's outputs after its steps.
func (r *runner) actionOutputs() map[string]string {
	out := map[string]string{}
	for name, o := range r.action.Outputs {
		out[name] = r.eval(o.Value)
	}
	return out
}

// actionPullRequest is a pull request adding a post-mortem with an
// unresolved placeholder (an error) beside one that main already had.
func actionPullRequest(t *testing.T) (workspace, event string) {
	t.Helper()
	pr := ghactiontest.NewPullRequest(t,
		ghactiontest.Files{"postmortems/old.md": ghactiontest.Text("# Old\n\nThe on-call engineer was careless.\n")},
		ghactiontest.Files{"postmortems/new.md": ghactiontest.Text("# New\n\nTODO\n"), "README.md": ghactiontest.Text("# Repo\n")},
		nil)
	return pr.Clone(t, "merge", 1), ghactiontest.Event(t, pr.BaseTip, pr.Head)
}

// The action as a workflow uses it: the release binary for this machine
// is downloaded from the release, checked and run on what the pull request
// changes; findings come out as annotations, counts as outputs.
func TestActionRunsTheReleasedBinary(t *testing.T) {
	url, requested := releaseServer(t, nil)
	workspace, event := actionPullRequest(t)
	tests := []struct {
		name string
		with map[string]string
		code int
	}{
		{"defaults", nil, 1},
		{"fail_on never", map[string]string{"fail_on": "never"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRunner(t, url, workspace, event, tc.with)
			step, code := r.run()
			if code != tc.code || r.stepsDone != len(r.action.Runs.Steps) {
				t.Fatalf("got exit %d at step %q after %d steps, want %d from the last step\n%s", code, step, r.stepsDone, tc.code, r.stdout.String())
			}
			out := r.stdout.String()
			if !strings.Contains(out, "installed v9.8.7 from "+url+"/postmortem-bot/postmortem-bot/releases/download/v9.8.7") {
				t.Errorf("install step: got\n%s\nwant v9.8.7 installed from the action's release", out)
			}
			if !strings.Contains(out, "::error file=postmortems/new.md,") || strings.Contains(out, "file=postmortems/old.md") || strings.Contains(out, "file=README.md") {
				t.Errorf("annotations: got\n%s\nwant errors on postmortems/new.md only", out)
			}
			if got := r.actionOutputs(); got["files"] != "1" || got["errors"] == "0" || got["errors"] == "" {
				t.Errorf("outputs: got %v, want one file with errors", got)
			}
		})
	}
	if len(*requested) == 0 {
		t.Error("the release server was never asked")
	}
}

// An action ref that is not a release (a major tag, a branch) installs
// the latest release.
func TestActionInstallsTheLatestReleaseForAMajorTag(t *testing.T) {
	url, requested := releaseServer(t, nil)
	workspace, event := actionPullRequest(t)
	r := newRunner(t, url, workspace, event, nil)
	r.github["action_ref"] = "v1"
	if step, code := r.run(); code != 1 || step != r.action.Runs.Steps[len(r.action.Runs.Steps)-1].Name {
		t.Fatalf("got exit %d at %q, want the lint step to fail on the error\n%s", code, step, r.stdout.String())
	}
	for _, p := range *requested {
		if !strings.Contains(p, "/releases/latest/download/") {
			t.Errorf("asked for %s, want the latest release", p)
		}
	}
}

// An archive that does not match the release's checksums is never run.
func TestActionRefusesATamperedArchive(t *testing.T) {
	url, _ := releaseServer(t, func(name string, data []byte) []byte {
		if strings.HasSuffix(name, ".tar.gz") {
			return append(bytes.Clone(data), 0)
		}
		return data
	})
	workspace, event := actionPullRequest(t)
	r := newRunner(t, url, workspace, event, nil)
	step, code := r.run()
	if code == 0 || r.stepsDone != 1 || len(r.paths) != 0 {
		t.Fatalf("got exit %d at %q after %d steps with PATH additions %v, want the install step to fail and add nothing", code, step, r.stepsDone, r.paths)
	}
}

// The lint step passes every input of the command as the INPUT_ variable
// the runner would set for it; the install step takes the version.
func TestActionPassesEveryInput(t *testing.T) {
	m := readAction(t)
	if m.Runs.Using != "composite" || m.Name == "" || m.Description == "" {
		t.Fatalf("action.yml: got using %q, name %q, want a composite action with a name and description", m.Runs.Using, m.Name)
	}
	passed := map[string]bool{}
	for _, step := range m.Runs.Steps {
		for k, v := range step.Env {
			if id, ok := strings.CutPrefix(v, "${{ inputs."); ok {
				id = strings.TrimSuffix(id, " }}")
				passed[id] = true
				if step.ID == "lint" && k != ghaction.InputVar(id) {
					t.Errorf("lint step: input %s passed as %s, want %s", id, k, ghaction.InputVar(id))
				}
			}
		}
	}
	for id, in := range m.Inputs {
		if !passed[id] {
			t.Errorf("input %s is declared but no step receives it", id)
		}
		if in.Description == "" {
			t.Errorf("input %s has no description", id)
		}
	}
}
