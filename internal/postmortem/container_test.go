package postmortem

import "testing"

// An admonition's indented blocks are read as a section its title names:
// fields on bold-label lines, and the task list of a titled admonition
// under an action heading, after a blank line.
func TestAdmonitionBlocks(t *testing.T) {
	src := "# Broker outage\n\n" +
		"!!! info \"Key facts\"\n    **Severity:** SEV2\n    **Incident lead:** @rae-o\n    **Impact started:** 2026-03-02 10:00 UTC\n    **Impact ended:** 2026-03-02 11:30 UTC\n\n" +
		"## Follow-up\n\n" +
		"???+ todo \"Still to do\"\n\n    - [ ] Add a disk alert on the brokers — owner: @rae-o, due: 2026-03-20\n    - [ ] Document the failover — owner: @li-p\n\n" +
		"Nothing else is planned.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldSeverity: "SEV2", FieldContact: "@rae-o"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if e, ok := doc.Time(FieldEnd); !ok || e.Err != nil || e.Time.Hour() != 11 {
		t.Errorf("end = %+v, want 11:30", e)
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "rae-o" || doc.Actions[1].Owner != "li-p" {
		t.Fatalf("actions %+v, want two with their owners", doc.Actions)
	}
}

// An admonition titled as a record of what was done holds steps, and the
// section of the heading above it goes on after it ends.
func TestAdmonitionRecordEnds(t *testing.T) {
	src := "# DNS outage\n\n## Action items\n\n" +
		"!!! success \"Steps taken\"\n    - Rolled the resolver back.\n    - Flushed the caches.\n\n" +
		"- [ ] Cache negative answers — @kim\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the two in the admonition", doc.Steps)
	}
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "kim" {
		t.Errorf("actions %+v, want the task after the admonition", doc.Actions)
	}
}

// A fenced div's blocks are read under a section its class names, and a
// nested div's closing fence does not end the outer one.
func TestFencedDivs(t *testing.T) {
	src := "# Queue outage\n\n## Actions\n\n::: {#later .todo}\n::: note\nThese are tracked weekly.\n:::\n\n- [ ] Split the replication queue — @pal\n:::\n\n" +
		"::: {.abstract}\nFor an hour the queue held every page back.\n:::\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "pal" {
		t.Errorf("actions %+v, want the task in the nested div's parent", doc.Actions)
	}
	s, ok := doc.Section("short_summary")
	if !ok || s.Empty {
		t.Errorf("summary %+v, want the abstract div", s)
	}
}

// A Docusaurus admonition names its section by the title after its type
// (":::tip Lessons learned", ":::note[Summary]"); a GitHub alert is a
// quote whose fields and tasks are read as elsewhere.
func TestTitledDivsAndAlerts(t *testing.T) {
	src := "# Outage\n\n> [!IMPORTANT]\n> **Severity:** SEV1\n> **Incident lead:** @ana\n\n" +
		":::note[Summary]\nThe queue stalled for an hour.\n:::\n\n:::tip Lessons learned\nQueues need age alerts.\n:::\n\n" +
		"## Action items\n\n> [!TIP]\n> - [ ] Alert on lag — owner: @ana\n"
	doc := mustParse(t, []byte(src))
	if s, ok := doc.Section("short_summary"); !ok || s.Name != "Summary" {
		t.Errorf("summary %+v", s)
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "SEV1" {
		t.Errorf("severity %+v", f)
	}
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "ana" {
		t.Errorf("actions %+v", doc.Actions)
	}
	for _, s := range doc.Sections {
		if s.Name == "tip" {
			t.Errorf("section named by the type, not its title: %+v", s)
		}
	}
}

// A div whose attributes carry a title, as Quarto writes its callouts,
// is named by that title rather than its class: a callout of facts gives
// fields, and one titled as follow-ups holds the actions.
func TestDivTitleAttribute(t *testing.T) {
	src := "# Cache outage\n\n::: {.callout-tip title=\"Key facts\"}\n- **Severity:** SEV3\n- **Incident lead:** @omar\n:::\n\n" +
		"## Summary\n\nThe cache emptied twice.\n\n" +
		"::: {#todo .callout-warning title='Next steps'}\n- [ ] Warm the cache before a deploy (@omar, due 9 Mar 2026)\n- [ ] Page on a cold cache\n:::\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "SEV3" {
		t.Errorf("severity %+v, want SEV3", f)
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "omar" {
		t.Fatalf("actions %+v, want the callout's two tasks", doc.Actions)
	}
	for _, s := range doc.Sections {
		if s.Name == "callout-warning" || s.Name == "callout-tip" {
			t.Errorf("section named by its class, not its title: %+v", s)
		}
	}
}
