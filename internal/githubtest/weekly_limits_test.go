package githubtest_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// GitHub refuses issue and comment bodies over 65,536 characters, which
// its description does not say; the fake refuses them too, and takes a
// body of exactly that length (counted in characters, not bytes).
func TestBodyLengthLimit(t *testing.T) {
	body := func(n int) string {
		b, _ := json.Marshal(map[string]string{"title": "t", "body": strings.Repeat("é", n)})
		return string(b)
	}
	cases := []struct {
		name, method, path, body string
		want                     int
	}{
		{"issue at the limit", "POST", "repos/octo/docs/issues", body(65536), 201},
		{"issue over it", "POST", "repos/octo/docs/issues", body(65537), 422},
		{"issue update over it", "PATCH", "repos/octo/docs/issues/1", body(65537), 422},
		{"comment over it", "POST", "repos/octo/docs/issues/1/comments", body(65537), 422},
		{"milestone still checked first", "POST", "repos/octo/docs/issues", `{"title":"x","milestone":"1","body":"b"}`, 422},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingTB{TB: t}
			s := githubtest.New(rec)
			if !s.Validates() {
				t.Skip("GitHub's REST description is not fetched: run scripts/setup")
			}
			s.AddRepo("octo", "docs").AddIssue(githubtest.Issue{Title: "one"})
			if got := raw(t, s, tc.method, tc.path, tc.body); got != tc.want {
				t.Errorf("status: got %d, want %d", got, tc.want)
			}
			if errs := rec.errors(); (tc.want == 422) != (len(errs) == 1) {
				t.Errorf("reported errors: %q", errs)
			}
		})
	}
}
