package postmortem

import "testing"

// Under the action section, a list titled as done holds done actions
// where its items have a task box, an owner or a status; items written
// as steps (a check mark, "(done)") stay steps. Nothing there is open.
func TestDoneListUnderActions(t *testing.T) {
	src := "# DNS outage\n\n## Action items\n\n- [ ] Cache negative answers — owner: @kim\n\n" +
		"!!! success \"Done\"\n    - [x] Size the resolver pool for twice the peak — owner: @sam\n    - Pin the sidecar in the manifest — owner: @kwa — Status: Shipped\n    - ✅ Flushed the caches\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 3 {
		t.Fatalf("actions %+v, want the open one and two done", doc.Actions)
	}
	for _, a := range doc.Actions[1:] {
		if a.Status != Done {
			t.Errorf("%q is %v, want done", a.Title, a.Status)
		}
	}
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the flush", doc.Steps)
	}
}
