package lint

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// A document with no date field is dated by any stated moment or
// timeline entry that names its day; one whose times name no day is
// not.
func TestDateGivenByDatedMoments(t *testing.T) {
	for name, c := range map[string]struct {
		src     string
		missing bool
	}{
		"detection":     {"# Queue stall\n\nDetected: 2026-11-03 14:19 UTC\n\nThe queue stalled until someone restarted the consumer.\n", false},
		"end":           {"# Queue stall\n\n- Resolved: 3 November 2026, 15:40 UTC\n\nThe queue stalled.\n", false},
		"timeline day":  {"# Queue stall\n\n## Timeline\n\n### 3 November 2026\n\n- 14:02 UTC Consumer stops\n- 14:19 UTC Alert fires\n", false},
		"no day at all": {"# Queue stall\n\n## Timeline\n\n- 14:02 UTC Consumer stops\n- 14:19 UTC Alert fires\n", true},
	} {
		doc, err := postmortem.Parse([]byte(c.src), postmortem.Options{})
		if err != nil {
			t.Fatal(err)
		}
		opt := DefaultOptions()
		opt.RequiredFields = []string{postmortem.FieldDate}
		got := false
		for _, f := range New(opt).Lint(doc) {
			got = got || f.Rule == ruleFieldMissing
		}
		if got != c.missing {
			t.Errorf("%s: date missing %v, want %v in\n%s", name, got, c.missing, c.src)
		}
	}
}
