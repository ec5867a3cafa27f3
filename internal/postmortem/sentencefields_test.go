package postmortem

import (
	"strings"
	"testing"
	"time"
)

// A numbered follow-up whose owner and due date are sentences after it
// ("Owner: @ana. Due 2026-10-16.") has both, the owner without the full
// stop; one opening with a verb whose past is the same word ("Put") is
// still an action when it names its owner.
func TestOwnerAndDueSentences(t *testing.T) {
	src := "# Disk full\n\n## Follow-ups\n\n" +
		"1. Clean up temp files on start-up. Owner: @ana-k. Due 2026-10-16.\n" +
		"2. Put the temp files on a volume of their own. Owner: @li-wei. Due 2026-11-13.\n" +
		"3. Add a panel for temp file use. Owner: @ana-k.\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		owner string
		due   time.Time
	}{
		{"ana-k", time.Date(2026, 10, 16, 0, 0, 0, 0, time.UTC)},
		{"li-wei", time.Date(2026, 11, 13, 0, 0, 0, 0, time.UTC)},
		{"ana-k", time.Time{}},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Owner != w.owner || !a.Due.Equal(w.due) || a.Status != Open {
			t.Errorf("action %d %q: owner %q due %v status %v, want %q %v open", i+1, a.Title, a.Owner, a.Due, a.Status, w.owner, w.due)
		}
	}
}

// Changing the owner of "Owner: @ana-k." keeps the full stop.
func TestOwnerSentenceEditKeepsStop(t *testing.T) {
	src := "# Disk full\n\n## Follow-ups\n\n1. Add a panel for temp file use. Owner: @ana-k.\n"
	out, err := mustParse(t, []byte(src)).Edit(ActionEdit{Owner: ptr("li-wei")})
	if err != nil {
		t.Fatal(err)
	}
	if a := readOne(t, string(out)); a.Owner != "li-wei" || !strings.Contains(string(out), "Owner: @li-wei.\n") {
		t.Fatalf("owner %q after the edit:\n%s", a.Owner, out)
	}
}

// A title struck through in HTML or Markdown, with a note after it on
// why, is done (dropped), not open; its title reads without the marks.
// Text struck inside the title leaves it open.
func TestStruckTitleWithNote(t *testing.T) {
	for src, want := range map[string]Status{
		"1. <s>Raise the volume limit</s> — not possible on this storage class": Done,
		"1. <del>Raise the volume limit</del>: covered by the next item":        Done,
		"1. ~~Raise the volume limit~~ — not possible on this storage class":    Done,
		"1. ~~Raise~~ Lower the volume limit for the metadata shards (@ana-k)":  Open,
	} {
		a := readOne(t, "# Disk full\n\n## Follow-ups\n\n"+src+"\n")
		if a.Status != want {
			t.Errorf("%q read as %v, want %v", src, a.Status, want)
		}
		if want == Done && a.Title[:5] != "Raise" {
			t.Errorf("%q has the title %q", src, a.Title)
		}
	}
}
