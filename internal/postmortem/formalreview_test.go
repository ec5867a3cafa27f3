package postmortem

import "testing"

// A formal review numbers its paragraphs ("3.2 At 13:20 …"), classifies
// the incident instead of naming a severity, and writes each action as
// sentences: "Owner: Name (@login). Target date: DD/MM/YYYY. Status:
// Complete." The numbered paragraphs are the timeline, the
// classification is the severity, and each sentence a field.
func TestFormalReview(t *testing.T) {
	const src = "# Post-Incident Review: Late payroll file\n\n**Classification:** Major Incident (Priority 2)\n" +
		"**Date of incident:** 14/10/2026\n**Incident Manager:** Gareth Pritchard (@g-pritchard)\n\n" +
		"## 3. Timeline\n\n3.1 All times are UTC on 14/10/2026.\n\n3.2 At 12:20 the first file was rejected by the\nbank's gateway.\n\n" +
		"3.3 At 12:34 the submission monitor raised an alert to the on-call analyst.\n\n3.4 At 14:05 the run was resubmitted. The incident was resolved at this time.\n\n" +
		"## 6. Actions\n\n" +
		"AI-1: Monitor certificate expiry on the gateway. Owner: Aled Rhys (@aled-rhys). Target date: 13/11/2026.\n\n" +
		"AI-2: Add the certificate to the review checklist. Owner: Siobhan Kerr (@siobhan-kerr). Target date: 23/10/2026. Status: Complete.\n"
	doc := mustParse(t, []byte(src))
	if doc.Severity == "" {
		t.Errorf("no severity read from the classification")
	}
	if len(doc.Events) != 3 {
		t.Fatalf("%d timeline entries, want the three numbered paragraphs with a time", len(doc.Events))
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-10-14T12:20Z", FieldDetect: "2026-10-14T12:34Z"})
	want := []struct {
		title, owner, due string
		status            Status
	}{
		{"Monitor certificate expiry on the gateway", "aled-rhys", "2026-11-13", Open},
		{"Add the certificate to the review checklist", "siobhan-kerr", "2026-10-23", Done},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions: %+v", doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || a.Owner != w.owner || a.Due.Format("2006-01-02") != w.due || a.Status != w.status {
			t.Errorf("action %d: %q %q %s %v, want %+v", i, a.Title, a.Owner, a.Due.Format("2006-01-02"), a.Status, w)
		}
	}
}

// A number before a paragraph is skipped only when a time follows it.
func TestParagraphNumber(t *testing.T) {
	for s, want := range map[string]int{"3.2 At 13:20": 4, "12.10  14:02": 7, "2.5 million": 4, "14:02 x": 0, "3.2": 0, "1234.5 x": 0, "v3.2 x": 0} {
		if got := paragraphNumber([]byte(s)); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
}
