package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

// runCLI calls Main and returns the exit code, standard output and
// standard error.
func runCLI(getenv func(string) string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(&Env{Stdout: &out, Stderr: &errOut, Getenv: getenv}, args)
	return code, out.String(), errOut.String()
}

// jobsEnv is the environment that points the jobs command at cfg's
// database, as serve's would.
func jobsEnv(cfg jobs.Config) map[string]string {
	if cfg.DatabaseURL == "" {
		return map[string]string{"POSTMORTEM_BOT_STATE": cfg.StatePath}
	}
	return map[string]string{"DATABASE_URL": cfg.DatabaseURL + "&search_path=" + cfg.Schema}
}

func TestJobsListsRetriesAndCancels(t *testing.T) {
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		q, err := jobs.Open(context.Background(), cfg) // serve's queue, open (and holding the file) while the command runs
		if err != nil {
			t.Fatal(err)
		}
		defer q.Close()
		d := jobs.Delivery{ID: "d-42", Event: "pull_request", Action: "opened", Repo: "octo/docs", Payload: []byte(`{}`)}
		if _, err := q.Deliver(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		getenv := envVars(t, jobsEnv(cfg))

		var code int
		var out string
		waitFor(t, "the stored delivery listed as a job", func() bool { // stored deliveries are queued a moment later
			code, out, _ = runCLI(getenv, "jobs")
			return code == ExitOK && strings.Contains(out, "pull_request opened octo/docs (delivery d-42)")
		})
		id := regexp.MustCompile(`(?m)^(\d+)\s+delivery`).FindStringSubmatch(out)
		if id == nil {
			t.Fatalf("no job id in:\n%s", out)
		}
		for _, step := range []struct{ args, want string }{
			{"cancel " + id[1], "job " + id[1] + " (delivery): cancelled\n"},
			{"retry " + id[1], "job " + id[1] + " (delivery): available\n"},
		} {
			if code, out, errOut := runCLI(getenv, append([]string{"jobs"}, strings.Fields(step.args)...)...); code != ExitOK || out != step.want {
				t.Errorf("jobs %s: exit %d, got %q (%s), want %q", step.args, code, out, errOut, step.want)
			}
		}
		code, out, _ = runCLI(getenv, "jobs", "--state", "queued", "--format", "json")
		var listed struct {
			Jobs []struct {
				ID    int64  `json:"id"`
				State string `json:"state"`
			} `json:"jobs"`
		}
		if err := json.Unmarshal([]byte(out), &listed); code != ExitOK || err != nil || len(listed.Jobs) != 1 || listed.Jobs[0].State != "available" {
			t.Errorf("jobs --state queued --format json: exit %d, %v, got %s", code, err, out)
		}
	})
}

func TestJobsRefusesBadArguments(t *testing.T) {
	getenv := envVars(t, map[string]string{})
	for _, args := range [][]string{
		{"jobs", "--state", "done"}, {"jobs", "retry"}, {"jobs", "retry", "x"}, {"jobs", "delete", "3"}, {"jobs", "--limit", "0"},
	} {
		if code, _, errOut := runCLI(getenv, args...); code != ExitUsage || !strings.Contains(errOut, "Run 'postmortem-bot jobs -h'") {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", args, code, errOut)
		}
	}
}
