package postmortem

import "testing"

// A form's numbered question in bold over its answer is a field: the
// number, the note in parentheses, the question mark and the mark of a
// required question are no part of the label, a hint in parentheses
// under the question is skipped, and of a line of choices the one
// marked is the answer.
func TestFormQuestionFields(t *testing.T) {
	src := "# Incident debrief\n\n### Section A\n\n**A1. Date of the incident**\nSaturday 28/11/2026\n\n" +
		"**A3. How would you rate it?**\n🔴 Red – trading affected in 10 or more stores\n\n" +
		"**How bad was it?** *\n*(1 = a blip · 5 = off air for over 30 min)*\n◯ 1  ◯ 2  ◯ 3  ◉ 4  ◯ 5\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldIncidentDate); !ok || f.Value != "Saturday 28/11/2026" {
		t.Errorf("incident date %+v", f)
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "🔴 Red – trading affected in 10 or more stores" {
		t.Errorf("severity %+v", f)
	}
	for label, want := range map[string]string{"A2. Who ran it? (duty manager)": "Who ran it", "Q3) Severity": "Severity", "2. Impact": "Impact", "AB. Notes": "AB. Notes", "How bad was it?": "How bad was it"} {
		if got := formQuestion(label); got != want {
			t.Errorf("formQuestion(%q) = %q, want %q", label, got, want)
		}
	}
	src2 := "# Off air\n\n**How bad was it?** *\n*(1 = a blip · 5 = off air)*\n◯ 1  ◯ 2  ◯ 3  ◉ 4  ◯ 5\n"
	if f, ok := mustParse(t, []byte(src2)).Field(FieldSeverity); !ok || f.Value != "4" {
		t.Errorf("chosen severity %+v, want 4", f)
	}
}

// A council's report grades the incident with its rank's name in
// parentheses: "graded a **Category 2 (major) incident**".
func TestCategoryWithRankNameIncident(t *testing.T) {
	src := "# Card payments\n\n## Summary\n\nThe incident was graded a **Category 2 (major) incident** under the procedure.\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldSeverity); !ok || f.Value != "Category 2" {
		t.Errorf("severity %+v, want Category 2", f)
	}
}
