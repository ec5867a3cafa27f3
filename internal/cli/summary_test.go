package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// summaryNow is the clock of the summary command's tests: a Wednesday of
// ISO week 2026-W50.
var summaryNow = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

// summaryDoc is a post-mortem with one action, whose issue is #1.
const summaryDoc = "# DNS outage\n\n| Meeting | Value |\n| --- | --- |\n| Date | 2026-11-20 |\n\n## Timeline\n\n" +
	"| Incident | Value |\n| --- | --- |\n| Start Time | 2026-11-19 08:00 UTC |\n| End Time | 2026-11-19 12:00 UTC |\n" +
	"| Detect Time | 2026-11-19 08:30 UTC |\n\n> Severity: SEV1\n\n## Remediation\n\n- [ ] Lower the DNS TTL — owner: @frank, due: 2026-12-04 (#1)\n"

// summaryFake is a fake GitHub with octo/docs holding summaryDoc and its
// open action issue, the app's environment pointing at it.
func summaryFake(t *testing.T) (*githubtest.Server, *githubtest.Repo, func(string) string) {
	t.Helper()
	srv := githubtest.New(t, githubtest.WithClock(func() time.Time { return summaryNow }))
	repo := srv.AddRepo("octo", "docs", githubtest.Assignable("frank"))
	repo.PutFile("main", "postmortems/2026-11-20-dns.md", []byte(summaryDoc))
	body := fmt.Sprintf("An action.\n\n**Incident:** DNS outage\n**Severity:** SEV1\n**Date:** 2026-11-20\n**Due:** 2026-12-04, as the post-mortem says.\n\n"+
		"<!-- postmortem-bot:action doc=%s key=0123456789ab -->\n", "postmortems/2026-11-20-dns.md")
	repo.AddIssue(githubtest.Issue{Title: "Lower the DNS TTL", User: "postmortem-bot[bot]", Body: body, Labels: []string{"postmortem-action"},
		Assignees: []string{"frank"}, CreatedAt: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)})
	getenv := envVars(t, map[string]string{"GITHUB_APP_ID": "12345", "GITHUB_PRIVATE_KEY": string(testKey(t)), "GITHUB_API_URL": srv.URL})
	srv.ResetCalls()
	return srv, repo, getenv
}

// runSummaryCommand runs the summary command with args.
func runSummaryCommand(getenv func(string) string, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errOut, Now: func() time.Time { return summaryNow }, Version: "test", Getenv: getenv}
	code = Main(env, append([]string{"summary"}, args...))
	return code, out.String(), errOut.String()
}

// repoWrites counts the calls that wrote to a repository.
func repoWrites(srv *githubtest.Server) int {
	n := 0
	for _, c := range srv.Calls() {
		if c.Method != "GET" && strings.HasPrefix(c.Path, "/repos/") {
			n++
		}
	}
	return n
}

func TestSummaryDryRunPrintsAndWritesNothing(t *testing.T) {
	srv, repo, getenv := summaryFake(t)
	code, out, errOut := runSummaryCommand(getenv, "--repo", "octo/docs", "--dry-run")
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"**1 open action** from 1 post-mortem of octo/docs: **1 overdue**", "| Incidents | 1 | 1 |",
		"```mermaid\nxychart-beta\n", "<!-- postmortem-bot:summary repo=octo/docs week=2026-W50 -->"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q\n%s", want, out)
		}
	}
	if w := repoWrites(srv); w != 0 || len(repo.Issues()) != 1 {
		t.Errorf("dry run: %d writes, %d issues; want none written", w, len(repo.Issues()))
	}
}

func TestSummaryPostsOnceAWeek(t *testing.T) {
	srv, repo, getenv := summaryFake(t)
	code, out, errOut := runSummaryCommand(getenv, "--repo", "octo/docs")
	if code != ExitOK || out != "octo/docs: week 2026-W50: summary opened as octo/docs#2\n" {
		t.Fatalf("first: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	issues := repo.Issues()
	if len(issues) != 2 || issues[1].Title != "Post-mortem actions: week 2026-W50" {
		t.Fatalf("issues: %+v", issues)
	}
	srv.ResetCalls()
	code, out, _ = runSummaryCommand(getenv, "--repo", "octo/docs")
	if code != ExitOK || out != "octo/docs: week 2026-W50: summary unchanged as octo/docs#2\n" || repoWrites(srv) != 0 || len(repo.Issues()) != 2 {
		t.Errorf("second: exit %d, stdout %q, %d writes, %d issues", code, out, repoWrites(srv), len(repo.Issues()))
	}
}

func TestSummaryRefusesBadUse(t *testing.T) {
	_, _, getenv := summaryFake(t)
	cases := []struct {
		args []string
		want string
	}{
		{nil, `--repo "": want OWNER/NAME`},
		{[]string{"--repo", "docs"}, `--repo "docs": want OWNER/NAME`},
		{[]string{"--repo", "octo/docs", "extra"}, "summary takes no arguments"},
		{[]string{"--repo", "octo/elsewhere"}, "the app is not installed on octo/elsewhere"},
	}
	for _, c := range cases {
		code, out, errOut := runSummaryCommand(getenv, c.args...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errOut, ExitUsage, c.want)
		}
	}
	if code, _, errOut := runSummaryCommand(envVars(t, map[string]string{}), "--repo", "octo/docs"); code != ExitUsage ||
		!strings.Contains(errOut, "missing environment variables: GITHUB_APP_ID, GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH\n") {
		t.Errorf("no environment: exit %d, stderr %q", code, errOut)
	}
}
