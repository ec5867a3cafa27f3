package postmortem

import "testing"

// A struck task whose note says it is not needed is closed as not
// planned even where a synced table's Status still says it was not
// started; a struck title with another note keeps the open Status.
func TestStruckTaskNotNeededOverStaleStatus(t *testing.T) {
	src := "# T\n\n## Tasks\n\n| ✓ | Task | Assigned to | Progress |\n| --- | --- | --- | --- |\n" +
		"| | ~~Buy a spare router~~ (not needed — the vendor swaps it next day) | @ivo | Not started |\n" +
		"| | ~~Cache the routes~~ (see the next row) | @ivo | Not started |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 || doc.Actions[0].Status != NotPlanned || doc.Actions[1].Status != Open {
		t.Fatalf("actions %+v, want the first not planned and the second open", doc.Actions)
	}
}
