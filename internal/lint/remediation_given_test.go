package lint

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// A document whose actions stand somewhere other than under a
// remediation heading (the plans of its prose) has its remediation; one
// with neither has not.
func TestRemediationGivenByActions(t *testing.T) {
	wantMissing(t, "remediation", map[string]bool{
		"# Outage\n\nThe queue stalled for an hour. Next, we will add an alert on consumer lag for every queue.\n": false,
		"# Outage\n\nThe queue stalled for an hour and came back on its own.\n":                                    true,
	})
}

// wantMissing checks, for each document, whether the lint reports the
// field key missing.
func wantMissing(t *testing.T, key string, docs map[string]bool) {
	t.Helper()
	for src, missing := range docs {
		doc, err := postmortem.Parse([]byte(src), postmortem.Options{})
		if err != nil {
			t.Fatal(err)
		}
		opt := DefaultOptions()
		opt.RequiredFields = []string{key}
		got := false
		for _, f := range New(opt).Lint(doc) {
			got = got || f.Rule == ruleFieldMissing
		}
		if got != missing {
			t.Errorf("%s missing %v, want %v in\n%s", key, got, missing, src)
		}
	}
}
