package postmortem

import "testing"

// A mention by name after an item, as notes tools and wikis write one,
// is its owner as written, and the title ends before it.
func TestNameMentionOwner(t *testing.T) {
	src := "# Ingress outage\n\n## Action items\n\n" +
		"- [ ] Add a disruption budget to the ingress chart @Dana Kim Due: October 20, 2026\n" +
		"- [ ] Alert when fewer than two ingress pods are ready @Lee Park 04 Nov 2026\n" +
		"- [ ] Ask @Sam to review the chart — @sam-o\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner string }{
		{"Add a disruption budget to the ingress chart", "Dana Kim"},
		{"Alert when fewer than two ingress pods are ready", "Lee Park"},
		{"Ask @Sam to review the chart", "sam-o"},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner {
			t.Errorf("action %d: got %q owned by %q, want %q by %q", i, a.Title, a.Owner, w.title, w.owner)
		}
	}
}
