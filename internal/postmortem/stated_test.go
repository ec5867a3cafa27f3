package postmortem

import "testing"

// statedDoc is a post-mortem whose only mention of a field is in the
// rows of its timeline.
func statedDoc(rows ...string) string {
	s := "# Queue backlog on the billing workers\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
	for i, r := range rows {
		s += "| 2026-05-0" + string(rune('2'+i/6)) + " 1" + string(rune('0'+i%6)) + ":00 | " + r + " |\n"
	}
	return s
}

func fieldValue(doc *Document, key string) (string, bool) {
	f, ok := doc.Field(key)
	return f.Value, ok && f.Inferred
}

// A severity declared in a timeline row is the incident's severity.
func TestSeverityFromTimeline(t *testing.T) {
	for _, tc := range []struct{ row, want string }{
		{"Duty manager declared Sev1 and opened a bridge", "SEV1"},
		{"A Sev 2 ticket was opened with the storage vendor", "SEV2"},
		{"Escalated: incident raised to severity-3", "SEV3"},
	} {
		doc := mustParse(t, []byte(statedDoc("Alerts on queue depth fire", tc.row, "Backlog drained")))
		if _, ok := fieldValue(doc, FieldSeverity); !ok || doc.Severity != tc.want {
			t.Errorf("%q: severity %q, want %q", tc.row, doc.Severity, tc.want)
		}
	}
	doc := mustParse(t, []byte(statedDoc("Several servers restarted", "Backlog drained")))
	if _, ok := doc.Field(FieldSeverity); ok {
		t.Errorf("a timeline that names no level gave a severity: %+v", doc.Fields)
	}
}

// The person a timeline row makes the incident's lead, or assigns the
// investigation, is its contact; a row that only mentions the role is not.
func TestLeadFromTimeline(t *testing.T) {
	for _, tc := range []struct{ row, want string }{
		{"Priya takes incident commander role", "Priya"},
		{"Bridge opened, assigned to @okafor as IC", "@okafor"},
		{"Kickoff call held and incident manager (Lena Vogt) appointed", "Lena Vogt"},
		{"Tomas was assigned for the investigation", "Tomas"},
		{"Investigation assigned to @mhale", "@mhale"},
	} {
		doc := mustParse(t, []byte(statedDoc("Alerts on queue depth fire", tc.row)))
		if got, ok := fieldValue(doc, FieldContact); !ok || got != tc.want {
			t.Errorf("%q: contact %q (%v), want %q", tc.row, got, ok, tc.want)
		}
	}
	for _, row := range []string{"The incident commander paged the database team", "Ticket assigned to the storage queue"} {
		doc := mustParse(t, []byte(statedDoc("Alerts on queue depth fire", row)))
		if got, ok := doc.Field(FieldContact); ok {
			t.Errorf("%q: read contact %q", row, got.Value)
		}
	}
}

// A field that gives the severity or the contact wins over the timeline.
func TestStatedFieldKeepsField(t *testing.T) {
	src := "# Backlog\n\n**Severity:** SEV3\n**Incident lead:** @ana\n\n" + statedDoc("Declared Sev1", "Priya takes incident commander role")[len("# Queue backlog on the billing workers\n\n"):]
	doc := mustParse(t, []byte(src))
	if doc.Severity != "SEV3" {
		t.Errorf("severity %q, want SEV3", doc.Severity)
	}
	if f, _ := doc.Field(FieldContact); f.Value != "@ana" {
		t.Errorf("contact %q, want @ana", f.Value)
	}
}
