package postmortem

import (
	"strings"
	"testing"
)

// An action whose nested field lines give its status ("- Status: Won't
// do") takes that status, and an edit writes the new status into that
// line: marked done or open again, the item reads back as asked, with
// no stale status left below it.
func TestNestedStatusLine(t *testing.T) {
	const src = "# T\n\n## Action items\n\n- Add a lag alert\n  - Owner: @dana\n  - Status: Won't do\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Status != NotPlanned {
		t.Fatalf("got %+v, want one action not planned", doc.Actions)
	}
	for _, st := range []Status{Done, Open, NotPlanned} {
		out, err := doc.Edit(ActionEdit{Status: ptr(st)})
		if err != nil {
			t.Fatalf("%v: %v", st, err)
		}
		doc = mustParse(t, out)
		if a := doc.Actions[0]; a.Status != st || !strings.HasSuffix(string(out), "  - Status: "+st.String()+"\n") {
			t.Fatalf("marked %v: read back %v, document:\n%s", st, a.Status, out)
		}
	}
}
