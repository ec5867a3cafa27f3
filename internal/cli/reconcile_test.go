package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// reconcileDoc is a merged post-mortem with one action and no issue.
const reconcileDoc = `# Cache stampede

| Incident    | Value                |
| ----------- | -------------------- |
| Start Time  | 2026-11-02 14:02 UTC |
| End Time    | 2026-11-02 15:40 UTC |
| Detect Time | 2026-11-02 14:09 UTC |

> Severity: SEV2

## Remediation

- [ ] Add request coalescing to the cache — owner: @dana, due: 2026-12-15, priority: P1
`

// reconcileNow is the fake's clock: two days after reconcileDoc's
// incident, when the app was installed.
var reconcileNow = time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC)

// runWithApp runs a command with the app's environment pointing at srv.
func runWithApp(t *testing.T, srv *githubtest.Server, args ...string) (int, string, string) {
	t.Helper()
	getenv := envVars(t, map[string]string{"GITHUB_APP_ID": "12345", "GITHUB_PRIVATE_KEY": string(testKey(t)), "GITHUB_API_URL": srv.URL})
	var out, errOut bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errOut, Now: func() time.Time { return time.Date(2026, 11, 4, 10, 0, 0, 0, time.UTC) }, Version: "test", Getenv: getenv}
	return Main(env, args), out.String(), errOut.String()
}

func TestReconcileCommand(t *testing.T) {
	srv := githubtest.New(t, githubtest.WithClock(func() time.Time { return reconcileNow }))
	repo := srv.AddRepo("octo", "docs", githubtest.Installation(3), githubtest.Assignable("dana"))
	repo.PutFile("main", "postmortems/2026-11-02-cache.md", []byte(reconcileDoc))
	srv.AddRepo("other", "empty", githubtest.Installation(4))

	code, out, errOut := runWithApp(t, srv, "reconcile", "--repo", "octo/docs")
	if code != ExitOK || !strings.Contains(out, "octo/docs: 1 post-mortems, 1 issues opened, 0 found by their marker, 1 commits") {
		t.Fatalf("reconcile --repo: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if is := repo.Issues(); len(is) != 1 || len(is[0].Assignees) != 1 || is[0].Assignees[0] != "dana" {
		t.Errorf("issues: %+v, want one assigned to dana", is)
	}
	if doc, _ := repo.File("main", "postmortems/2026-11-02-cache.md"); !strings.Contains(string(doc), "priority: P1 (#1)") {
		t.Errorf("document: the issue number was not written back:\n%s", doc)
	}

	code, out, errOut = runWithApp(t, srv, "reconcile")
	if code != ExitOK || !strings.Contains(out, "octo/docs: 1 post-mortems, 0 issues opened, 0 found by their marker, 0 commits") ||
		!strings.Contains(out, "other/empty: 0 post-mortems") {
		t.Errorf("reconcile (all): exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
}

func TestReconcileCommandErrors(t *testing.T) {
	srv := githubtest.New(t)
	srv.AddRepo("octo", "docs", githubtest.Installation(3))
	if code, _, errOut := runWithApp(t, srv, "reconcile", "--repo", "octo/missing"); code != ExitUsage || !strings.Contains(errOut, "not installed on octo/missing") {
		t.Errorf("unknown repository: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runWithApp(t, srv, "reconcile", "--repo", "octo"); code != ExitUsage || !strings.Contains(errOut, "want OWNER/NAME") {
		t.Errorf("bad --repo: exit %d, stderr %q", code, errOut)
	}
	var out, errOut bytes.Buffer
	if code := Main(&Env{Stdout: &out, Stderr: &errOut, Getenv: envVars(t, map[string]string{})}, []string{"reconcile"}); code != ExitUsage || !strings.Contains(errOut.String(), "GITHUB_APP_ID") {
		t.Errorf("no credentials: exit %d, stderr %q", code, errOut.String())
	}
}
