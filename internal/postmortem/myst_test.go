package postmortem

import "testing"

// A MyST page writes its notes as directives in fences of backticks: an
// admonition's body is read as the page's text (its zone note here), a
// list table as a table whose rows name the milestone of each time in a
// note after what happened, and a directive of code stays code.
func TestMySTDirectives(t *testing.T) {
	src := "# PIR: ingest lag on the archive\n\n:Review date: 2026-07-02\n:Incident lead: Ana Ruiz\n\n" +
		"````{note}\nAll times on this page are Japan time (JST, UTC+9).\n````\n\n" +
		"## Key times\n\n```{list-table}\n:header-rows: 1\n\n* - Event\n  - Time\n" +
		"* - Disk alarm on the ingest node (detection)\n  - 2026-06-28 09:10\n" +
		"* - First frames written late (impact start)\n  - 2026-06-28 09:40\n" +
		"* - Ingest caught up (impact end)\n  - 2026-06-28 11:05\n```\n\n" +
		"```{code-block} text\nDetected: 2026-06-28 23:59 UTC\n```\n\n## Follow-up\n\nNo follow-up actions were opened.\n\n" +
		"```{seealso}\n- {doc}`/runbooks/ingest-disk`\n- {doc}`pir-2026-02-11-ingest` (the previous review)\n```\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-06-28T00:40Z", FieldDetect: "2026-06-28T00:10Z", FieldEnd: "2026-06-28T02:05Z"})
	wantStated(t, doc)
	if len(doc.CodeBlocks) != 1 || doc.CodeBlocks[0].Info != "{code-block}" {
		t.Errorf("code blocks %+v, want the code directive alone", doc.CodeBlocks)
	}
	if len(doc.Actions) != 0 {
		t.Errorf("the links a seealso lists read as actions: %+v", doc.Actions)
	}
}

// A list table of fields, with no header row, is read as a table of
// fields; an admonition titled by its argument opens a section so named.
func TestMySTListTableOfFields(t *testing.T) {
	src := "# PIR: ingest lag\n\n```{list-table}\n* - Severity\n  - SEV-3\n* - Incident lead\n  - Ana Ruiz\n```\n\n" +
		"```{admonition} Lessons learned\n:class: dropdown\n\nThe disk alarm was too quiet.\n```\n"
	doc := mustParse(t, []byte(src))
	if doc.Severity != "SEV3" {
		t.Errorf("severity %q, want SEV3", doc.Severity)
	}
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Ana Ruiz" {
		t.Errorf("contact %+v", f)
	}
	if s, ok := doc.Section("lessons"); !ok || s.Empty {
		t.Errorf("lessons section %+v", s)
	}
}
