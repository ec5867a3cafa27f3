package postmortem

import "testing"

// A form's response gives each answer under its question in bold, with
// the mark of a question that must be answered after it ("**Date of the
// fault** *"), and the moment the response was sent under "**Timestamp**":
// that moment is the form's own, not an entry of the incident.
func TestFormQuestionsAndItsTimestamp(t *testing.T) {
	src := "# Lift fault report\n\n**Timestamp**\n9/12/2026 8:02:11 pm\n\n**Date of the fault** *\n30/11/2026\n\n**What happened?** *\n- 9:15 am – lift 2 stops between floors, two residents inside\n- 9:50 am – engineer frees them; lift back in service\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldIncidentDate); !ok || f.Value != "30/11/2026" {
		t.Errorf("incident date %+v, want 30/11/2026", f)
	}
	for _, e := range doc.Events {
		if e.Raw == "9/12/2026 8:02:11 pm" {
			t.Errorf("the response's timestamp read as an entry: %+v", e)
		}
	}
	if got := doc.TimeUTC(FieldStart).Format("2006-01-02 15:04"); got != "2026-11-30 09:15" {
		t.Errorf("start %s, want 2026-11-30 09:15", got)
	}
}
