package postmortem

import "testing"

// A label that ends in a role of the response names who to ask, whatever
// the team's or the tool's words before it: "Bridge lead", "Assigned
// technician", "SRE on duty". One that names someone outside the
// response ("Account manager") does not.
func TestRoleTailLabels(t *testing.T) {
	for label, want := range map[string]bool{
		"Bridge lead": true, "Crisis lead": true, "Assigned technician": true, "Case owner": true,
		"Responding engineer": true, "Duty SRE": true, "SRE on duty": true, "Engineer on call": true,
		"Account manager": false, "Product owner": false, "Lead": true, "Root cause": false, "Time on call": false,
		"Number of affected customers": false,
	} {
		src := "# Outage 2026-11-20\n\n" + label + ": Jane Doe\n"
		_, got := mustParse(t, []byte(src)).Field(FieldContact)
		if got != want {
			t.Errorf("%q: contact read %v, want %v", label, got, want)
		}
	}
}

// A label that ends in a word that rates the incident ("Ticket
// priority", "Max severity", "Outage level") gives its severity.
func TestRatingTailLabels(t *testing.T) {
	for label, want := range map[string]bool{
		"Ticket priority": true, "Assessed priority": true, "Max severity": true, "Outage level": true, "Urgency level": true,
		"Finance impact rating": true, "Service impact grade": true, "Outage class": true,
		"Water level": false, "The priority": false, "Log level": false, "Credit rating": false, "Service class": false,
	} {
		src := "# Outage 2026-11-20\n\n" + label + ": High\n"
		_, got := mustParse(t, []byte(src)).Field(FieldSeverity)
		if got != want {
			t.Errorf("%q: severity read %v, want %v", label, got, want)
		}
	}
}

// Field labels of the detection and the end in everyday words: "Ack", "Known
// since", "Back online", "Last error".
func TestEverydayFieldLabels(t *testing.T) {
	for label, key := range map[string]string{
		"Ack": FieldDetect, "Known since": FieldDetect, "Page": FieldDetect,
		"Back online": FieldEnd, "Outage over": FieldEnd, "Last error": FieldEnd, "Workaround in place": FieldEnd,
	} {
		src := "# Outage 2026-11-20\n\n" + label + ": 2026-11-20 14:09 UTC\n"
		if tm, ok := mustParse(t, []byte(src)).Time(key); !ok || tm.Err != nil || tm.Time.Format("15:04") != "14:09" {
			t.Errorf("%q: %s not read as 14:09", label, key)
		}
	}
}
