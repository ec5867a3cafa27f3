package review_test

import (
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// orgConfigReads lists the calls that read the configuration of the
// owner's .github repository.
func orgConfigReads(calls []githubtest.Call) []githubtest.Call {
	var out []githubtest.Call
	for _, c := range calls {
		if c.Path == "/repos/octo/.github/contents/.github/postmortem.yml" {
			out = append(out, c)
		}
	}
	return out
}

func TestOrgConfigAppliesWithoutRepoConfig(t *testing.T) {
	f := setup(t)
	org := f.srv.AddRepo("octo", ".github", githubtest.DefaultBranch("trunk"))
	org.PutFile("trunk", ".github/postmortem.yml", []byte("review:\n  event: request_changes\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	rv := f.repo.Reviews(1)
	if len(rv) != 1 || rv[0].State != "CHANGES_REQUESTED" {
		t.Fatalf("reviews: got %+v, want one requesting changes, as the organisation's configuration says", rv)
	}
	calls, _ := f.apiCalls()
	if reads := orgConfigReads(calls); len(reads) != 1 || reads[0].Query != "" {
		t.Errorf("reads of octo/.github: got %v, want one, of its default branch (no ref)", reads)
	}
}

func TestRepoConfigWinsOverOrgConfig(t *testing.T) {
	f := setup(t)
	org := f.srv.AddRepo("octo", ".github")
	org.PutFile("main", ".github/postmortem.yml", []byte("review:\n  event: request_changes\n"))
	f.repo.PutFile("main", ".github/postmortem.yml", []byte("review:\n  event: comment\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	if rv := f.repo.Reviews(1); len(rv) != 1 || rv[0].State != "COMMENTED" {
		t.Errorf("reviews: got %+v, want one comment, as the repository's configuration says", rv)
	}
	calls, _ := f.apiCalls()
	if reads := orgConfigReads(calls); len(reads) != 0 {
		t.Errorf("octo/.github read although the repository has a configuration: %v", reads)
	}
}

func TestBrokenOrgConfigFailsCheck(t *testing.T) {
	f := setup(t)
	org := f.srv.AddRepo("octo", ".github")
	org.PutFile("main", ".github/postmortem.yml", []byte("fail_onn: error\n"))
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	runs := f.repo.CheckRuns()
	if len(runs) != 1 || runs[0].Conclusion != "failure" {
		t.Fatalf("check runs: got %+v, want one failure", runs)
	}
	for _, want := range []string{"`octo/.github`", ".github/postmortem.yml:1:1: fail_onn"} {
		if !strings.Contains(runs[0].Summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, runs[0].Summary)
		}
	}
}

func TestNoConfigAnywhereGivesDefaults(t *testing.T) {
	f := setup(t)
	sha := f.openPull(1, "pm", map[string][]byte{docPath: []byte(outage)})
	f.deliver("pull_request", f.pullEvent("opened", 1, sha, false))
	if rv := f.repo.Reviews(1); len(rv) != 1 || rv[0].State != "COMMENTED" {
		t.Errorf("reviews: got %+v, want one comment (the default)", rv)
	}
	calls, _ := f.apiCalls()
	if reads := orgConfigReads(calls); len(reads) != 1 || reads[0].Status != 404 {
		t.Errorf("reads of octo/.github: got %v, want one 404", reads)
	}
}
