package postmortem

import "testing"

// An incident's priority written as a grade is its severity where no
// severity is given; a task's priority in words is not, nor is a
// priority beside a severity.
func TestPriorityGradeAsSeverity(t *testing.T) {
	for src, want := range map[string]string{
		"# Ledger lag\n\n| Incident details | |\n| --- | --- |\n| Priority | P1 - Critical |\n| Commander | @rhea |\n":                       "P1 - CRITICAL",
		"# Ledger lag\n\n| Number | PRB0100 | Opened | 2026-03-02 |\n| --- | --- | --- | --- |\n| Priority | 3 - Moderate | State | New |\n": "3 - MODERATE",
		"# Ledger lag\n\n**Status:** Resolved · **Priority:** High · **Assigned To:** @rhea\n":                                               "",
		"# Ledger lag\n\n| Field | Value |\n| --- | --- |\n| Priority | P1 - Critical |\n| Severity | SEV3 |\n":                              "SEV3",
	} {
		if got := mustParse(t, []byte(src)).Severity; got != want {
			t.Errorf("severity %q, want %q in\n%s", got, want, src)
		}
	}
}

// The person a record is assigned to, or its problem manager, is its
// contact; the author of a task is its writer.
func TestAssignedAndAuthoredBy(t *testing.T) {
	doc := mustParse(t, []byte("# Ledger lag\n\n**Status:** Resolved · **Assigned To:** @rhea · **Authored By:** @tomasz, Mar 2 2026\n"))
	for key, want := range map[string]string{FieldContact: "@rhea", FieldCreatedBy: "@tomasz, Mar 2 2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
	doc = mustParse(t, []byte("# Ledger lag\n\n| Number | PRB0100 | Opened | 2026-03-02 |\n| --- | --- | --- | --- |\n| State | New | Problem manager | Ines Duarte |\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Ines Duarte" {
		t.Errorf("contact = %+v, want the problem manager", f)
	}
}
