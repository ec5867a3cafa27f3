package postmortem

import (
	"testing"
	"time"
)

// An issue form's questions are headings that name the fields; an
// unanswered one ("_No response_") leaves its section empty and marked
// as unanswered.
func TestIssueFormQuestions(t *testing.T) {
	src := "### Date of the review\n\n2026-06-03\n\n### When did customer impact start? (UTC)\n\n2026-06-01 09:10\n\n" +
		"### When did we find out? (UTC)\n\n2026-06-01 09:25\n\n### When did customer impact end? (UTC)\n\n2026-06-01 10:40\n\n" +
		"### Short summary\n\n_No response_\n\n### Timeline\n\n- 09:20 Queue age passes 4 minutes; no alert.\n- 09:25 A depot lead phones support.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]time.Time{
		FieldStart:  time.Date(2026, 6, 1, 9, 10, 0, 0, time.UTC),
		FieldDetect: time.Date(2026, 6, 1, 9, 25, 0, 0, time.UTC),
		FieldEnd:    time.Date(2026, 6, 1, 10, 40, 0, 0, time.UTC),
	} {
		if e, ok := doc.Time(key); !ok || !e.Time.Equal(want) {
			t.Errorf("%s = %+v, want %v", key, e, want)
		}
	}
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "2026-06-03" {
		t.Errorf("date %+v", f)
	}
	if s, ok := doc.Section("short_summary"); !ok || !s.Empty || !s.Unanswered {
		t.Errorf("summary %+v, want empty and unanswered", s)
	}
	if s, ok := doc.Section("timeline"); !ok || s.Empty || s.Unanswered {
		t.Errorf("timeline %+v, want neither empty nor unanswered", s)
	}
}
