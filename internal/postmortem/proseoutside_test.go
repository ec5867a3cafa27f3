package postmortem

import (
	"strings"
	"testing"
)

// The end of recovery told in a recovery section, outside the timeline,
// is the end; a time of day with no day after a late start is the next day.
func TestEndFromRecoverySection(t *testing.T) {
	src := "# Ledger replica rebuilt from snapshot\n\n## Timeline\n\n- 2026-08-11 23:40 UTC replication lag alert fired; the incident started\n- 2026-08-12 00:05 UTC primary marked read-only\n\n" +
		"## Restoring the ledger\n\nWe copied the snapshot to a fresh volume. At 09:30 UTC the copy was verified.\n" +
		"Around 14:15 UTC we finished the final restoration of the ledger and writes resumed.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-08-11T23:40Z", FieldEnd: "2026-08-12T14:15Z"})
	src = strings.Replace(src, "## Restoring the ledger", "## Notes on the ledger", 1)
	if end, ok := mustParse(t, []byte(src)).Time(FieldEnd); ok && end.Err == nil {
		t.Errorf("a section without recovery words gave an end: %+v", end)
	}
	src = "# Ledger\n\n## Timeline\n\n- 2026-08-11 23:40 UTC replication lag alert fired; the incident started\n\n" +
		"## Recovery\n\nThe ledger service was fully restored at 02:10 UTC after the replay.\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-08-12T02:10Z"})
	src = "# Ledger\n\n## Timeline\n\n- 2026-08-11 23:40 UTC replication lag alert fired; the incident started\n\n" +
		"## Recovering the ledger\n\nAround 14:15 UTC we finished the final restoration of the ledger.\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-08-12T14:15Z"})
}

// The detection told in the opening sentence is the detection, with its
// time where one is given and the day alone where not.
func TestDetectFromOpeningSentence(t *testing.T) {
	src := "# Signing key exposed in a build log\n\nOn 3 March 2026 at 14:10 UTC we were alerted by a partner that a signing key was visible in a public build log, and we rotated it the same day.\n\n## Remediation\n\n- [ ] Mask secrets in logs — owner: @ana\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-03-03T14:10Z"})
	src = "# Signing key exposed\n\nOn 5th May 2026 an outside researcher reported that a signing key was visible in a public build log of our release pipeline.\n"
	doc := mustParse(t, []byte(src))
	if d, ok := doc.Time(FieldDetect); !ok || d.Err != nil || d.Time.Format("2006-01-02") != "2026-05-05" {
		t.Errorf("detect from a dated opening sentence: %+v", d)
	}
	src = "# Signing key exposed\n\nOn 5th May 2026 we published version 4 of the release pipeline, which moved the signing step into its own job.\n"
	if d, ok := mustParse(t, []byte(src)).Time(FieldDetect); ok {
		t.Errorf("an opening sentence that detects nothing gave %+v", d)
	}
}

// A recovery section that tells the time first ("By 21:26 UTC every
// stream was back") gives that time as the end, after an earlier
// sentence of finished restoration.
func TestEndFromRecoverySectionTimeFirst(t *testing.T) {
	head := "# Streams\n\n## Timeline\n\n- 2026-08-11 20:10 UTC stream lag alert fired; the incident started\n\n## Restoration\n\n"
	first := "Around 21:00 UTC we finished the final restoration of the brokers.\n"
	last := "By 21:26 UTC every stream was back.\n"
	wantTimes(t, head+first, map[string]string{FieldEnd: "2026-08-11T21:00Z"})
	wantTimes(t, head+last, map[string]string{FieldEnd: "2026-08-11T21:26Z"})
	wantTimes(t, head+first+last, map[string]string{FieldEnd: "2026-08-11T21:26Z"})
}
