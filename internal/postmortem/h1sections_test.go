package postmortem

import "testing"

// A page exported from a notes tool writes its sections as H1s under the
// title H1, with no H2: they are its sections, and the task list under
// its "Action items" H1 holds its actions.
func TestH1Sections(t *testing.T) {
	src := "# Ingress evicted\n\nIncident lead: Ama Boateng\n\n# Context\n\nThe pool was upgraded.\n\n" +
		"# What happened\n\nThe drain evicted every ingress pod.\n\n# Action items\n\n" +
		"- [ ] Add a PodDisruptionBudget @Ama Boateng\n- [x] Re-add the node selector @Oskari Laine\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "# Ingress evicted" && doc.Title != "Ingress evicted" {
		t.Errorf("title %q", doc.Title)
	}
	for _, key := range []string{"what_happened", "remediation"} {
		if _, ok := doc.Section(key); !ok {
			t.Errorf("no %s section", key)
		}
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Status != Open || doc.Actions[1].Status != Done {
		t.Errorf("actions %+v, want one open and one done", doc.Actions)
	}
}

// An H1 after the title in a document with H2 sections is not a section
// of its own: "# Appendix" in a document of "##" sections, or a second
// document pasted after the first.
func TestH1AfterTitleWithH2Sections(t *testing.T) {
	src := "# Ingress evicted\n\n## Summary\n\nThe drain evicted every pod.\n\n## Action items\n\n- [ ] Add a budget @ama\n\n" +
		"# Appendix\n\n# Action items of another review\n\n- [ ] Rotate the keys @lee\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Errorf("%d actions, want the two of the Action items section: %+v", len(doc.Actions), doc.Actions)
	}
	for _, s := range doc.Sections {
		if s.Level == 1 {
			t.Errorf("H1 %q read as a section", s.Name)
		}
	}
}
