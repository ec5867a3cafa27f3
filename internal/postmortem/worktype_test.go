package postmortem

import "testing"

// A kind of work a tracker writes before a colon ("Spike: …", "Bug:
// …") opens the title; it is no lead that the title is cut to.
func TestWorkTypeTitle(t *testing.T) {
	src := "# Review\n\n## Action items\n\n" +
		"- **Spike: leader election with the existing Postgres** — @ana.k — due 2026-12-11\n" +
		"- Bug: retries double the queue on every restart of the worker — @bo\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Spike: leader election with the existing Postgres", "Bug: retries double the queue on every restart of the worker"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d", len(doc.Actions), len(want))
	}
	for i, a := range doc.Actions {
		if a.Title != want[i] {
			t.Errorf("title %q, want %q", a.Title, want[i])
		}
	}
}
