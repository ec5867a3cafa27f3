package postmortem

import "testing"

// Labels in plain words name the fields: who to ask, when it was talked
// through, how bad it was, when things went wrong, when we could have
// known, when it was back to normal; a label of two roles joined by
// "and" names the person by either; a table tool's field type after a
// label is no part of it; an impact window written with an arrow holds
// the start and the end.
func TestFields14PlainLabels(t *testing.T) {
	src := "# Invoices came out blank\n\n" +
		"**Who to ask about this:** Imogen Clarke\n\n" +
		"**Talked it through on:** Thursday 26 November 2026\n\n" +
		"**How bad it was:** Severity 2.\n\n" +
		"| | |\n| --- | --- |\n" +
		"| Things went wrong | 2026-11-23 23:05 UTC |\n" +
		"| We could have known | 2026-11-23 22:10 UTC |\n" +
		"| Back to normal | 2026-11-24 09:40 UTC |\n\n" +
		"## The short version\n\nEvery invoice was blank.\n"
	doc := mustParse(t, []byte(src))
	want := map[string]string{
		FieldContact: "Imogen Clarke", FieldDate: "Thursday 26 November 2026", FieldSeverity: "Severity 2.",
		FieldStart: "2026-11-23 23:05 UTC", FieldDetect: "2026-11-23 22:10 UTC", FieldEnd: "2026-11-24 09:40 UTC",
	}
	for key, v := range want {
		if f, ok := doc.Field(key); !ok || f.Value != v {
			t.Errorf("%s = %q (%v), want %q", key, f.Value, ok, v)
		}
	}
	if _, ok := doc.Section("short_summary"); !ok {
		t.Error(`"The short version" is not the summary`)
	}

	doc = mustParse(t, []byte("# Points credited twice\n\n| Field | Value |\n| --- | --- |\n"+
		"| Owner (collaborator) | Dana Whitfield |\n| Impact window | 12/9/2026 8:14am → 12/9/2026 11:02am |\n\n"+
		"**Write-up and incident coordinator:** Rhys Okafor\n\n**Priority rating:** P2 (passenger-facing)\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Dana Whitfield" {
		t.Errorf("contact = %q, want the owner before its field type", f.Value)
	}
	if n := len(doc.Fields); n < 2 || !hasField(doc, FieldContact, "Rhys Okafor") {
		t.Errorf("fields %+v: the coordinator is not read as the contact", doc.Fields)
	}
	for key, hour := range map[string]int{FieldStart: 8, FieldEnd: 11} {
		if tm, ok := doc.Time(key); !ok || tm.Err != nil || tm.Time.Hour() != hour {
			t.Errorf("%s = %+v, want hour %d from the impact window", key, tm, hour)
		}
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "P2 (passenger-facing)" {
		t.Errorf("severity = %q (%v), want the priority rating", f.Value, ok)
	}
}

func hasField(doc *Document, key, value string) bool {
	for _, f := range doc.Fields {
		if f.Key == key && f.Value == value {
			return true
		}
	}
	return false
}
