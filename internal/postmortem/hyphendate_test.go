package postmortem

import "testing"

// The year of a due date written without one comes from the dates a
// chat's export stamps its messages with, day first with hyphens.
func TestWrittenDayHyphenated(t *testing.T) {
	doc := mustParse(t, []byte("# Chat\n\n[03-02-2027 10:00] Ana: hallo\n"))
	p := &parser{doc: doc}
	if got := p.writtenDay(false).Format("2006-01-02"); got != "2027-02-03" {
		t.Errorf("written day %s, want 2027-02-03", got)
	}
}
