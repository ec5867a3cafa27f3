package postmortem

import "testing"

// A line dating the state of the list below it is no action, its date
// no due date.
func TestAsOfLineIsNoAction(t *testing.T) {
	src := "# T\n\n## Follow-ups\n\nStatus as of the review (2026-10-02). Each item: state, then owner.\n\n" +
		"As of 2026-10-02 all of these are tracked.\n\n- [ ] Alert on lag (@ivo)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Alert on lag|ivo|||Open"})
}
