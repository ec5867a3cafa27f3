package postmortem

import "testing"

// A table of numbered steps that gives each step's time in its last
// column, under a section of what was done, is in the order of the
// steps: a later step taken earlier is not out of order. The same rows
// under the timeline are.
func TestStepsTableOrder(t *testing.T) {
	const table = "| Step | Emergency action | Done by | Time |\n| --- | --- | --- | --- |\n" +
		"| E1 | Stopped line 4 | Shift lead | 06:30 |\n| E2 | Switched to the spare printer | Maintenance | 06:52 |\n" +
		"| E3 | Told the warehouse to hold cartons | Shift lead | 06:35 |\n"
	doc := mustParse(t, []byte("# Printer outage\n\n## Emergency response\n\n"+table))
	if len(doc.Events) != 3 {
		t.Fatalf("%d events, want 3", len(doc.Events))
	}
	if late := lateLines(doc); len(late) != 0 {
		t.Errorf("steps read as out of order on lines %v", late)
	}
	doc = mustParse(t, []byte("# Printer outage\n\n## Timeline\n\n"+table))
	if late := lateLines(doc); len(late) != 1 {
		t.Errorf("timeline rows out of order on lines %v, want one", late)
	}
}

// A pasted sheet's tab of steps heads its first column "Step", with the
// time in a middle column; a log tab headed "Date" and "Time" beside it
// stays a timeline whose order is checked.
func TestStepColumnOrder(t *testing.T) {
	const steps = "## Containment\n\n| Step | Done By | Time (ET) | Result |\n| --- | --- | --- | --- |\n" +
		"| Stopped the sync job | J. Ruiz | 9:40 AM | Stopped |\n| Moved traffic to the spare | J. Ruiz | 9:05 AM | OK |\n"
	const log = "## Log\n\n| Date | Time (ET) | What happened |\n| --- | --- | --- |\n" +
		"| 3/2/2026 | 9:40 AM | Sync job stopped |\n| 3/2/2026 | 9:05 AM | Traffic moved |\n"
	doc := mustParse(t, []byte("# Sync outage\n\n"+steps+"\n"+log))
	if late := lateLines(doc); len(late) != 1 || late[0] < 12 {
		t.Errorf("out of order on lines %v, want the log's second row only", late)
	}
}
