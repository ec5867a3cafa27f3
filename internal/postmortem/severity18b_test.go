package postmortem

import (
	"strings"
	"testing"
)

// A label of the document's own words ("Grade", "Level", "Impact grade")
// whose value opens with a severity's code, "SEV-2", "Sev 3", is the
// severity; one that names a rating ("… grade", "… level", "… class") or
// the severity itself ("Severity class") with a grade such as "S2" or
// "P2" after it is too. "S3 bucket" under another label is no grade.
func TestSeverity18GradeValues(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Incident lead: Dana Cole\nLevel: SEV-2 (patron-facing, no data lost)\n", "SEV2"},
		{"Who's answerable: Rosa Quispe\nGrade: S2 — shipments held, nothing lost\n", "SEV2"},
		{"Incident commander: Ana Soto\nSeverity class: P2 — fruit at risk, none lost\n", "P2"},
		{"| Property | Value |\n| --- | --- |\n| Responder | Aino Lehtonen |\n| Impact grade | SEV2 |\n", "SEV2"},
		{"Lead: Ana Soto\nSeriousness: Major — nobody could book for two hours\n", "MAJOR"},
	} {
		doc := mustParse(t, []byte("# Bookings failed\n\n"+c.src+"\n## Summary\n\nBookings failed.\n"))
		if _, ok := doc.Field(FieldSeverity); !ok || !strings.HasPrefix(doc.Severity, c.want) {
			t.Errorf("%q: severity %q (field %v), want one opening %q", c.src, doc.Severity, ok, c.want)
		}
	}
	for _, src := range []string{
		"Incident lead: Dana Cole\nStorage: S3 bucket in eu-west\n",
		"Incident lead: Dana Cole\nLevel: 3rd floor, east wing\n",
		"Incident lead: Dana Cole\nStep: P2 of the runbook\n",
	} {
		doc := mustParse(t, []byte("# Bookings failed\n\n"+src+"\n## Summary\n\nBookings failed.\n"))
		if f, ok := doc.Field(FieldSeverity); ok {
			t.Errorf("%q: severity %q read", src, f.Value)
		}
	}
}
