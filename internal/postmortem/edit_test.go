package postmortem

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// samples returns the post-mortems under testdata, by name.
func samples(t testing.TB) map[string][]byte {
	return markdownFiles(t, "../../testdata/postmortems", 1)
}

// markdownFiles returns the Markdown files of dir but its README, by
// name, and fails the test when there are fewer than min.
func markdownFiles(t testing.TB, dir string, min int) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	out := map[string][]byte{}
	for _, p := range paths {
		if strings.EqualFold(filepath.Base(p), "README.md") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = b
	}
	if err != nil || len(out) < min {
		t.Fatalf("%s: got %d samples, want at least %d (%v)", dir, len(out), min, err)
	}
	return out
}

func mustParse(t testing.TB, src []byte) *Document {
	t.Helper()
	d, err := Parse(src, Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

func ptr[T any](v T) *T { return &v }

// editKinds are the edits later features make, each with a check of the
// re-parsed action.
var editKinds = []struct {
	name  string
	edit  ActionEdit
	check func(a Action) string
}{
	{"link-issue", ActionEdit{Issue: ptr(4242)}, func(a Action) string { return want(a.Issue, 4242) }},
	{"done", ActionEdit{Status: ptr(Done)}, func(a Action) string { return want(a.Status, Done) }},
	{"not-planned", ActionEdit{Status: ptr(NotPlanned)}, func(a Action) string { return want(a.Status, NotPlanned) }},
	{"reopen", ActionEdit{Status: ptr(Open)}, func(a Action) string { return want(a.Status, Open) }},
	{"owner", ActionEdit{Owner: ptr("new-owner")}, func(a Action) string { return want(a.Owner, "new-owner") }},
	{"unassign", ActionEdit{Owner: ptr("")}, func(a Action) string { return want(a.Owner, "") }},
	{"milestone", ActionEdit{Milestone: ptr("Q1 2027")}, func(a Action) string { return want(a.Milestone, "Q1 2027") }},
}

func want[T comparable](got, want T) string {
	if got != want {
		return fmt.Sprintf("got %v, want %v", got, want)
	}
	return ""
}

// TestEditChangesOnlyItsOwnBytes: over every sample, every action and
// every kind of edit, parse → edit → parse yields exactly that edit, and
// every byte outside the action stays where it was.
func TestEditChangesOnlyItsOwnBytes(t *testing.T) {
	checkEveryEdit(t, samples(t))
}

// checkEveryEdit runs every kind of edit on every action of every sample.
func checkEveryEdit(t *testing.T, docs map[string][]byte) {
	for name, src := range docs {
		doc := mustParse(t, src)
		for i := range doc.Actions {
			for _, k := range editKinds {
				t.Run(fmt.Sprintf("%s/%d/%s", name, i, k.name), func(t *testing.T) {
					checkEdit(t, doc, i, k.edit, k.check)
				})
			}
		}
	}
}

func checkEdit(t *testing.T, doc *Document, i int, e ActionEdit, check func(Action) string) {
	e.Action = i
	out, err := doc.Edit(e)
	if err != nil {
		if doc.Actions[i].Form == TableRow && strings.Contains(err.Error(), "has no") {
			return // a table without that column cannot record it
		}
		t.Fatalf("Edit: %v", err)
	}
	a := doc.Actions[i]
	grow := len(out) - len(doc.Source)
	if !bytes.Equal(out[:a.Span.Start], doc.Source[:a.Span.Start]) || !bytes.Equal(out[a.Span.End+grow:], doc.Source[a.Span.End:]) {
		t.Fatalf("bytes outside the action changed:\n%s", out)
	}
	again := mustParse(t, out)
	if len(again.Actions) != len(doc.Actions) {
		t.Fatalf("got %d actions after the edit, want %d:\n%s", len(again.Actions), len(doc.Actions), out)
	}
	if msg := check(again.Actions[i]); msg != "" {
		t.Fatalf("edited action: %s\n%s", msg, again.Text(again.Actions[i].Span))
	}
	compareRest(t, doc, again, i, e)
}

// compareRest checks that nothing but the edited attribute changed.
func compareRest(t *testing.T, before, after *Document, i int, e ActionEdit) {
	t.Helper()
	if !reflect.DeepEqual(summary(before), summary(after)) {
		t.Errorf("document fields changed:\n got %v\nwant %v", summary(after), summary(before))
	}
	for j := range before.Actions {
		b, a := actionFacts(before.Actions[j]), actionFacts(after.Actions[j])
		if j == i {
			a = unedited(a, b, e)
		}
		if a != b {
			t.Errorf("action %d changed:\n got %+v\nwant %+v", j, a, b)
		}
	}
}

type facts struct {
	Title, Owner, Due, Priority, Milestone string
	Issue                                  int
	Status                                 Status
	Line                                   int
}

func actionFacts(a Action) facts {
	return facts{a.Title, a.Owner, a.DueRaw, a.Priority, a.Milestone, a.Issue, a.Status, a.Line}
}

// unedited copies the edited attributes from want so the rest compare.
func unedited(got, want facts, e ActionEdit) facts {
	if e.Issue != nil {
		got.Issue = want.Issue
	}
	if e.Status != nil {
		got.Status = want.Status
	}
	if e.Owner != nil {
		got.Owner = want.Owner
	}
	if e.Milestone != nil {
		got.Milestone = want.Milestone
	}
	return got
}

func summary(d *Document) []string {
	out := []string{d.Title, d.Severity}
	for _, f := range d.Fields {
		out = append(out, f.Key+"="+f.Value)
	}
	for _, s := range d.Sections {
		out = append(out, "section "+s.Name)
	}
	return out
}

// TestEditGolden applies the edits a merge makes (an issue number on every
// action) and a tracking update (first done, last reassigned) to each
// sample, and compares with testdata/edits/NAME.
func TestEditGolden(t *testing.T) {
	for name, src := range samples(t) {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, src)
			var edits []ActionEdit
			for i := range doc.Actions {
				edits = append(edits, ActionEdit{Action: i, Issue: ptr(100 + i)})
			}
			if n := len(doc.Actions); n > 0 {
				edits[0].Status = ptr(Done)
				edits[n-1].Owner = ptr("new-owner")
			}
			out, err := doc.Edit(edits...)
			if err != nil {
				edits[0].Status = nil // a table without a Status column
				out, err = doc.Edit(edits...)
			}
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "edits", name), out)
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantB, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, wantB) {
		t.Errorf("%s differs from the golden file; got:\n%s", path, got)
	}
}

func TestEditErrors(t *testing.T) {
	doc := mustParse(t, []byte("## Remediation\n- [ ] Add an alert — owner: @a\n"))
	if _, err := doc.Edit(ActionEdit{Action: 3, Issue: ptr(1)}); err == nil {
		t.Errorf("got no error for a missing action, want one")
	}
	if _, err := doc.Edit(ActionEdit{Action: 0, Issue: ptr(1)}, ActionEdit{Action: 0, Owner: ptr("b"), Issue: ptr(2)}); err != nil {
		t.Errorf("two insertions at one point: got %v, want none", err)
	}
}
