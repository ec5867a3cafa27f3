package postmortem

import (
	"strings"
	"testing"
)

// An English summary that tells the start, the detection and the end in
// its sentences gives each time to the verb of its own clause; a verb
// of another clause of the sentence gives it nothing.
func TestClauseMoments(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Checkout outage 2026-03-03\n\n## Summary\n\n" +
			"The primary database stopped accepting writes at 14:02 CET, after a failover that nobody noticed. " +
			"The support desk reported failed orders at 14:20 CET. Everything resolved again at 15:47 CET.\n": {
			FieldStart: "2026-03-03T13:02Z", FieldDetect: "2026-03-03T13:20Z", FieldEnd: "2026-03-03T14:47Z"},
		// the team stopping a job is the response, not the start
		"# Notices 2026-11-16\n\n## Summary\n\n" +
			"The notice job began e-mailing the wrong patrons at 9:14 a.m. Central time. " +
			"Staff noticed it first, at 9:58 a.m., when two patrons came in and complained. " +
			"We stopped the notice job at 10:06 a.m.; the incident was over by 11:30 a.m.\n": {
			FieldStart: "2026-11-16T15:14Z", FieldDetect: "2026-11-16T15:58Z", FieldEnd: "2026-11-16T17:30Z"},
		// "we knew" is when it was detected
		"# Docks offline 2026-11-28\n\n## Summary\n\n" +
			"The gateway stopped answering at 23:20 CET. We knew from 23:45 CET, when the first support email came in. " +
			"Everything came back at 01:40 CET.\n": {
			FieldStart: "2026-11-28T22:20Z", FieldDetect: "2026-11-28T22:45Z"},
		// "the first sign" of it is its detection
		"# Stale feeds 2026-11-30\n\n## Summary\n\n" +
			"A rollout started breaking feed purges at 14:05 UTC. The first sign was an email to support at 14:52 UTC from a producer. " +
			"Feeds were restored at 17:27 UTC.\n": {
			FieldStart: "2026-11-30T14:05Z", FieldDetect: "2026-11-30T14:52Z", FieldEnd: "2026-11-30T17:27Z"},
		// a flow that resumes is the end: "results flowed again at 15:10"
		"# Results feed 2026-12-02\n\n## Summary\n\n" +
			"The results feed stopped at 14:05 UTC. A nurse rang the service desk at 14:22 UTC. " +
			"The feed was restarted and results flowed again at 15:10 UTC.\n": {
			FieldStart: "2026-12-02T14:05Z", FieldDetect: "2026-12-02T14:22Z", FieldEnd: "2026-12-02T15:10Z"},
		// "we got the first page" is the detection
		"# Results feed 2026-12-04\n\n## Summary\n\n" +
			"The results feed stopped at 14:05 UTC. At 14:22 UTC we got the first page. Results were restored at 15:10 UTC.\n": {
			FieldStart: "2026-12-04T14:05Z", FieldDetect: "2026-12-04T14:22Z", FieldEnd: "2026-12-04T15:10Z"},
		// the last of the harm is the end
		"# Results feed 2026-12-03\n\n## Summary\n\n" +
			"The results feed stopped at 14:05 UTC. A nurse rang the service desk at 14:22 UTC. " +
			"At 15:10 UTC the last delayed result went out, and we closed the incident at 16:00 UTC.\n": {
			FieldStart: "2026-12-03T14:05Z", FieldDetect: "2026-12-03T14:22Z", FieldEnd: "2026-12-03T15:10Z"},
	} {
		wantTimes(t, src, want)
	}
}

// A time told as minutes or hours after the one before it counts from
// that time, in its zone.
func TestClauseMomentsRelative(t *testing.T) {
	src := "# Dock controllers 2026-11-10\n\n## Summary\n\n" +
		"At 07:48 UTC the dock controllers began rejecting unlocks. Nobody noticed for a while, " +
		"and we were paged eleven minutes later, when the anomaly check fired. Two hours later the fleet recovered.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-10T07:48Z", FieldDetect: "2026-11-10T07:59Z", FieldEnd: "2026-11-10T09:59Z"})
}

// A summary whose first sentence runs on for thousands of clauses is
// still read clause by clause to its end: the moments of the sentences
// after it are found.
func TestClauseMomentsAfterAVeryLongSentence(t *testing.T) {
	src := "# Checkout outage 2026-03-03\n\n## Summary\n\n" +
		strings.Repeat("the queue grew, the cache was cold and the pool was full; ", 2000) +
		"nobody knew why. The primary database stopped accepting writes at 14:02 CET, after a failover. " +
		"The support desk reported failed orders at 14:20 CET. Everything resolved again at 15:47 CET.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-03-03T13:02Z", FieldDetect: "2026-03-03T13:20Z", FieldEnd: "2026-03-03T14:47Z"})
}

// clauseEnd ends a clause after its first separator, at the earliest
// end among the separators, and never past the sentence.
func TestClauseEnd(t *testing.T) {
	for _, c := range []struct {
		text       string
		start, end int
		want       string
	}{
		{"it grew, then and it fell", 0, 25, "it grew, "},
		{"it grew and then, it fell", 0, 25, "it grew and "},
		{", it grew; and fell", 0, 19, ", it grew; "},
		{"it grew — and fell", 0, 20, "it grew — "},
		{"it grew, and fell", 9, 17, "and fell"},
		{"it grew, and fell", 0, 5, "it gr"},
	} {
		if got := c.text[c.start:clauseEnd(c.text, c.start, c.end)]; got != c.want {
			t.Errorf("clauseEnd(%q, %d, %d): got %q, want %q", c.text, c.start, c.end, got, c.want)
		}
	}
}
