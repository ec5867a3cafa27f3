package postmortem

import "testing"

// A report converted by pandoc: the metadata's abstract is the summary,
// and the facts are a loose definition list, each label a paragraph of
// its own and its value the paragraph after it, opened by a colon.
func TestPandocLooseDefinitionsAndAbstract(t *testing.T) {
	src := "---\nabstract: |\n  The tape library stopped accepting writes for a night.\ntitle: Tape library full\ndate: 4 March 2026\n---\n\n" +
		"# Facts {#sec:facts}\n\nIncident lead\n\n:   Dr. Ruth Amsel, on call\n\nEinstufung / Incident class\n\n:   C -- no data lost\n\n" +
		"Beginn / Impact start\n\n:   02.03.2026, 22:15 MEZ\n\nEnde / Impact end\n\n:   03.03.2026, 01:40 MEZ\n\n# Causes\n\nThe robot's arm jammed.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldContact: "Dr. Ruth Amsel, on call", FieldSeverity: "C -- no data lost"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
	for key, want := range map[string]string{FieldStart: "2026-03-02 21:15", FieldEnd: "2026-03-03 00:40"} {
		if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != want {
			t.Errorf("%s read as %s UTC, want %s", key, got, want)
		}
	}
	if _, ok := doc.Section("short_summary"); !ok {
		t.Error("the abstract is not read as the summary")
	}
}

// Where the metadata gives the title, as pandoc writes a converted
// report, its level-one headings are the sections, though a table's
// border makes a line of the body a setext heading of level two.
func TestMetadataTitleMakesH1Sections(t *testing.T) {
	src := "---\ntitle: Dock portal silent\nauthor: Ines Roy\n---\n\n# Summary\n\nConfirmations stopped for two hours.\n\n" +
		"# Timeline\n\n  05:10        First confirmation fails.\n  -----------------------------------\n\n" +
		"# Follow-up actions\n\n1.  Page the DBA at 90 % disk use. Owner: @kroy. Due: 11 March 2026.\n"
	doc := mustParse(t, []byte(src))
	for _, key := range []string{"short_summary", "timeline", "remediation"} {
		if _, ok := doc.Section(key); !ok {
			t.Errorf("no %s section in %+v", key, doc.Sections)
		}
	}
	one := mustParse(t, []byte("---\ntitle: Dock portal silent\n---\n\n# Dock portal silent\n\n## Summary\n\nConfirmations stopped.\n"))
	if len(one.Sections) != 1 || one.Sections[0].Key != "short_summary" {
		t.Errorf("sections %+v: a level-one heading that repeats the title is none", one.Sections)
	}
}

// An item wholly deleted with tracked changes kept is not in the
// document; one inserted is.
func TestTrackedDeletionIsNoAction(t *testing.T) {
	src := "# Dock portal silent\n\n## Follow-up actions\n\n" +
		"1.  Page the DBA at 90 % disk use. Owner: @kroy. Due: 11 March 2026.\n\n" +
		"2.  [Buy a second log volume. Owner: Infrastructure. Due:\n    April 2026.]{.deletion author=\"Ines Roy\" date=\"2026-03-05T10:00:00Z\"}\n\n" +
		"3.  Size the log volume for the nightly rebuild [and test it]{.insertion author=\"Ines Roy\"}. Owner: @kroy.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Errorf("actions %+v, want the two not deleted", doc.Actions)
	}
	for _, a := range doc.Actions {
		if a.Owner == "Infrastructure" {
			t.Errorf("the deleted item read as %+v", a)
		}
	}
}
