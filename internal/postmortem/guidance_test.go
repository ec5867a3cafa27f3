package postmortem

import "testing"

// A notebook made from a template: a section that holds only the
// template's italic guidance and its slot is empty, one answered in
// italics is not, and a timeline table with one real row among rows of
// slots is a timeline of that row.
func TestTemplateGuidanceAndSlots(t *testing.T) {
	src := "# IR-42 Quote emails delayed\n\n| Field | Value |\n| --- | --- |\n| Severity | SEV-3 |\n| Postmortem date | Mar 4, 2026 |\n| Detected | {{incident.detected}} |\n\n" +
		"## Summary\n\n*Say what broke, who was affected and for how long.\nWrite it for someone outside Engineering.*\n\n{{incident.summary}}\n\n---\n\n" +
		"## Customer impact\n\n_No customer noticed._\n\n" +
		"## Response\n\n*What did the responders do?*\n\n- {{step}}\n- {{step}}\n\n" +
		"## Timeline\n\n| Time (CST) | Event |\n| --- | --- |\n| Mar 2, 9:40 AM | Mail queue stops draining. |\n| {{time}} | {{event}} |\n| {{time}} | {{event}} |\n"
	doc := mustParse(t, []byte(src))
	for key, empty := range map[string]bool{"short_summary": true, "impact": false, "resolution": true} {
		if s, ok := doc.Section(key); !ok || s.Empty != empty {
			t.Errorf("section %s: %+v, want empty %v", key, s, empty)
		}
	}
	if len(doc.Events) != 1 || doc.Events[0].Time.IsZero() {
		t.Errorf("events %+v, want the one real row", doc.Events)
	}
}
