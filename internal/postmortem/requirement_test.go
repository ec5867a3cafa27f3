package postmortem

import (
	"testing"
	"time"
)

// A memo's numbered requirements in RFC 2119 words are its actions, with
// the owner and target on the line below; its section becomes the action
// section. Times in epoch seconds are UTC; the chair and a "Severity:"
// sentence give the fields.
func TestMemoRequirements(t *testing.T) {
	src := "# Readings dropped\n\n## Status\n\nReviewed on 2 May 2027, chaired by J. Otieno (@j-otieno). Severity: 3.\n\n" +
		"## Key times\n\n- Impact start: 1809302400\n- Impact end: 1809306000\n\n" +
		"## Timeline\n\n- 1809302400 Schema 12 published.\n- 1809306000 Schema 11 restored.\n\n" +
		"## Outcomes\n\nR1. The gateway MUST store a reading before it acknowledges it.\n    Owner: @kim-o. Target: 2027-06-01.\n\n" +
		"R2. Alerts SHOULD fire on the stored/received ratio.\n    Owner: @lu-w. Status: Implemented.\n\n" +
		"R3 is left for the next review.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v, want R1 and R2", doc.Actions)
	}
	a, b := doc.Actions[0], doc.Actions[1]
	if a.Owner != "kim-o" || a.Status != Open || a.Due.Format(time.DateOnly) != "2027-06-01" || a.Title[:11] != "The gateway" {
		t.Errorf("R1 %+v", a)
	}
	if b.Owner != "lu-w" || b.Status != Done {
		t.Errorf("R2 %+v, want done by lu-w", b)
	}
	if s, ok := doc.Section("remediation"); !ok || s.Name != "Outcomes" {
		t.Errorf("remediation %+v, want the requirements' section", s)
	}
	want := time.Date(2027, 5, 3, 0, 0, 0, 0, time.UTC)
	if e, ok := doc.Time(FieldStart); !ok || !e.Time.Equal(want) {
		t.Errorf("start %+v, want %v", e, want)
	}
	if len(doc.Events) != 2 || !doc.Events[1].Time.Equal(want.Add(time.Hour)) {
		t.Errorf("events %+v, want two an hour apart", doc.Events)
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "3" {
		t.Errorf("severity %+v, want 3", f)
	}
	if f, ok := doc.Field(FieldFacilitatedBy); !ok || f.Value != "J. Otieno (@j-otieno)" {
		t.Errorf("chair %+v", f)
	}
}

// Capitals alone, or an id without a key word, make no requirement; a
// number of ten digits that is no time of this century is no time.
func TestNotRequirements(t *testing.T) {
	src := "# Readings dropped\n\n## Notes\n\nR1. The old gateway is retired.\n\nThe MUST list is in the wiki.\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
	if _, ok := epoch("0999999999"); ok {
		t.Error("0999999999 read as a time")
	}
}

// An essay's sign-off names its author and its date.
func TestSignOff(t *testing.T) {
	src := "# The night the stream went quiet\n\nFor an hour nobody could hear us, and this is how it happened and what we learnt from it.\n\n— Ria Moss (@ria-m), head of broadcast, 6 November 2026.\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldCreatedBy); !ok || f.Value != "Ria Moss (@ria-m)" {
		t.Errorf("author %+v", f)
	}
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "6 November 2026" {
		t.Errorf("date %+v", f)
	}
}

// A requirement with no section open above it is still an action: it
// neither opens a section nor stops the parse.
func TestRequirementWithoutSection(t *testing.T) {
	const req = "R1. The gateway MUST NOT acknowledge a reading before it is stored.\n"
	for _, above := range []string{"", "Readings were dropped.\n\n", "# Readings dropped\n\n", ":::note Summary\nReadings were dropped.\n:::\n\n"} {
		doc := mustParse(t, []byte(above+req))
		if len(doc.Actions) != 1 || doc.Actions[0].Title[:11] != "The gateway" {
			t.Errorf("%q: actions %+v, want the requirement", above, doc.Actions)
		}
	}
}

// Every order of a few short lines parses: lines that read the open
// section find one or none, never an index before the first.
func TestShortLineOrdersParse(t *testing.T) {
	lines := []string{
		"# T\n", "## Remediation\n", "Some prose.\n", "R1. It MUST work.\n", "- [ ] A — owner: @a\n",
		":::note Summary\n", ":::\n", "<details><summary>Log</summary>\n", "</details>\n", "\n",
	}
	var walk func(src string, depth int)
	walk = func(src string, depth int) {
		if _, err := Parse([]byte(src), Options{}); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if depth == 0 {
			return
		}
		for _, l := range lines {
			walk(src+l, depth-1)
		}
	}
	walk("", 3)
}
