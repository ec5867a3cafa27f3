package postmortem

import "testing"

// A table whose header says who did each row records steps, under any
// heading, with or without a column of times; a table of actions with
// an owner column does not.
func TestDoneByTableIsARecord(t *testing.T) {
	src := "# T\n\n## Containment\n\n| Step | Done By | Time |\n| --- | --- | --- |\n| Rolled back the template pack | K. Brandt | 8:20 AM |\n| Paused the print wave | J. Ode | 8:31 AM |\n\n" +
		"## D3 Interim containment\n\n| No. | Containment action | Responsible | Implemented |\n| --- | --- | --- | --- |\n| ICA-1 | Registry set to FULL compatibility | L. Fisk | 10.11.2026 |\n\n" +
		"## Actions\n\n| Action | Owner |\n| --- | --- |\n| Test each template pack on a printer | @kb |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Test each template pack on a printer|kb|||Open"})
	if len(doc.Steps) != 3 {
		t.Errorf("steps %+v, want the three rows done", doc.Steps)
	}
}

// The tables of steps and the timeline's tables of steps share one test
// of their headers: a "Task" column is what was done in a table whose
// header says who did each row.
func TestDoneByTableOfTasks(t *testing.T) {
	src := "# T\n\n## Containment\n\n| Task | Done By |\n| --- | --- |\n| Paused the print wave | J. Ode |\n| Rolled back the template pack | K. Brandt |\n\n" +
		"## Actions\n\n| Action | Owner |\n| --- | --- |\n| Test each template pack on a printer | @kb |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Test each template pack on a printer|kb|||Open"})
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the two rows done", doc.Steps)
	}
}
