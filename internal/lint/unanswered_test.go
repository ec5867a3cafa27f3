package lint

import (
	"strings"
	"testing"
)

// An issue form's question answered "_No response_" is one finding that
// the question was left unanswered, as a missing field; a section with
// nothing under its heading is still empty.
func TestUnansweredFormQuestion(t *testing.T) {
	opt := DefaultOptions()
	opt.RequiredFields = []string{"short_summary"}
	form := "# Courier app outage\n\n### Short summary\n\n_No response_\n\n### Timeline\n\n- 09:20 Queue age passes 4 minutes.\n"
	fs := lintText(t, opt, form)
	missing, empty := findingsOf(fs, ruleFieldMissing), findingsOf(fs, ruleFieldEmpty)
	if len(missing) != 1 || len(empty) != 0 || missing[0].Line != 3 {
		t.Fatalf("got %s, want one fields/missing on line 3", describe(fs))
	}
	if msg := missing[0].Message; !strings.Contains(msg, "unanswered") || !strings.Contains(msg, "Short summary") {
		t.Errorf("message %q does not say the question was left unanswered", msg)
	}
	blank := strings.Replace(form, "_No response_\n\n", "", 1)
	if fs := lintText(t, opt, blank); len(findingsOf(fs, ruleFieldEmpty)) != 1 || len(findingsOf(fs, ruleFieldMissing)) != 0 {
		t.Errorf("blank section: got %s, want one fields/empty", describe(fs))
	}
}
