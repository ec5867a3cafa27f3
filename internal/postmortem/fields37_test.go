package postmortem

import "testing"

// English labels of the facts in the wordings incident tools and teams
// use beside the template's: the on-call engineer, the DRI, the response
// lead; the write-up's author and the review's chair; the day the
// report was written; a graded or classified severity; the first errors,
// the discovery, the return to normal.
func TestFields37EnglishLabels(t *testing.T) {
	for label, want := range map[string]string{
		"Primary on-call": FieldContact, "On-call SRE": FieldContact, "DRI": FieldContact, "Incident Manager On-Call": FieldContact,
		"First responder": FieldContact, "Response lead": FieldContact, "Duty engineer": FieldContact, "Incident leads": FieldContact,
		"Owners": FieldContact, "Person in charge": FieldContact, "Major incident manager": FieldContact, "Incident POC": FieldContact,
		"Post-mortem author": FieldCreatedBy, "Write-up by": FieldCreatedBy, "RCA owner": FieldCreatedBy, "Submitted by": FieldCreatedBy,
		"Review facilitator": FieldFacilitatedBy, "Chaired by": FieldFacilitatedBy, "Retro lead": FieldFacilitatedBy,
		"Publication date": FieldDate, "Created on": FieldDate, "Last modified": FieldDate, "Date of outage": FieldIncidentDate,
		"Severity classification": FieldSeverity, "Incident grade": FieldSeverity, "Criticality": FieldSeverity, "Priority/Severity": FieldSeverity,
		"First errors": FieldStart, "Occurred at": FieldStart, "Time of incident": FieldStart, "Impact commenced": FieldStart,
		"Discovery time": FieldDetect, "First reported": FieldDetect, "Spotted": FieldDetect, "First customer report": FieldDetect,
		"Returned to normal": FieldEnd, "Service stabilized": FieldEnd, "Operations resumed": FieldEnd, "Recovery complete": FieldEnd,
		"Reported by": "", "Time to detect": "", "Last seen": "", "Host": "",
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("fieldKey(%q) = %q, want %q", label, got, want)
		}
	}
}

// Words that label other things too name a person's field only over a
// name: "Responsible: the config push" names no one; "Reporter: Lea
// Brandt" names the one who raised it.
func TestFields37NameOnlyLabels(t *testing.T) {
	for _, c := range []struct {
		src, key string
		want     bool
	}{
		{"# Sync stalled\n\n**Responsible:** Lea Brandt\n", FieldContact, true},
		{"# Sync stalled\n\n**Responsible:** the config push from Tuesday\n", FieldContact, false},
		{"# Sync stalled\n\n**Reporter:** Lea Brandt\n", FieldCreatedBy, true},
		{"# Sync stalled\n\n**Reporter:** a customer on the forum\n", FieldCreatedBy, false},
		{"# Sync stalled\n\n- **PIC:** @lea\n", FieldContact, true},
	} {
		if _, ok := mustParse(t, []byte(c.src)).Field(c.key); ok != c.want {
			t.Errorf("%q: %s read %v, want %v", c.src, c.key, ok, c.want)
		}
	}
}

// "Mitigation" and "Closed" over a time are the end where nothing else
// gives one; "Closed" among the follow-ups is when a task was, and a
// stated end of impact comes first.
func TestFields37MitigationAndClosed(t *testing.T) {
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Mitigation time:** 2026-05-04 08:02 UTC\n", map[string]string{FieldEnd: "2026-05-04T08:02Z"})
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Incident closed:** 2026-05-04 09:30 UTC\n", map[string]string{FieldEnd: "2026-05-04T09:30Z"})
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Closed:** 2026-05-04 09:30 UTC\n- **Restored:** 2026-05-04 08:10 UTC\n", map[string]string{FieldEnd: "2026-05-04T08:10Z"})
	doc := mustParse(t, []byte("# Sync stalled\n\n## Follow-ups\n\n### Rotate the token\n\n**Closed:** 2026-05-20 10:00 UTC\n"))
	if f, ok := doc.Field(FieldEnd); ok {
		t.Errorf("a task's closing read as the end: %+v", f)
	}
}
