package postmortem

import "testing"

// A table under a record of what was done holds steps, not actions:
// "Actions taken" with an Action column, "Steps taken" with a Step and a
// "Done by" column; so do the lists of an issue form's "What did you do
// to mitigate?" and an on-call tool's "Responder actions".
func TestRecordTablesAndHeadings(t *testing.T) {
	src := "# T\n\n## Actions taken\n\n| Action | Owner |\n|---|---|\n| Rolled back the deploy | @a |\n\n" +
		"## Steps taken\n\n| Step | Done by | When |\n|---|---|---|\n| Moved sessions to the other edge | @w | 07:52 |\n\n" +
		"### What did you do to mitigate?\n\n- Raised the consumer pool to 120.\n\n## Responder actions\n\n- Drained two pods.\n\n" +
		"## Follow-ups\n\n| Step | Owner |\n|---|---|\n| Alert on queue age | @a |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Steps) != 4 {
		t.Errorf("steps %+v, want 4", doc.Steps)
	}
	if len(doc.Actions) != 1 || doc.Actions[0].Title != "Alert on queue age" {
		t.Errorf("actions %+v, want the follow-up only", doc.Actions)
	}
}
