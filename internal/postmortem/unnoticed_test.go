package postmortem

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// An alert or a sign that no person became aware of is not the
// detection: the detection is the next entry that tells of someone
// noticing. An alert that did reach someone still is.
func TestUnnoticedAlertIsNotDetection(t *testing.T) {
	unseen := []string{
		"the disk alert fired in the channel, but it paged nobody",
		"the latency alert fires; its page reaches no one",
		"a warning was posted to #ops; nobody saw it",
		"the error-rate alarm went unnoticed",
		"the queue alert was not acknowledged",
		"the disk alert fired into a muted channel",
		"the replication alert did not fire",
		"the CPU alert is snoozed from last week's maintenance",
	}
	const head = "# Disk full on the ledger hosts\n\n## Timeline\n\n- 2026-03-02 07:00 Ledger writes start failing.\n"
	for _, entry := range unseen {
		src := head + "- 07:06 " + entry + ".\n- 07:30 A customer reports failed payments to support.\n- 08:10 Writes succeed again; resolved.\n"
		doc := mustParse(t, []byte(src))
		want := time.Date(2026, 3, 2, 7, 30, 0, 0, time.UTC)
		if e, ok := doc.Time(FieldDetect); !ok || !e.Time.Equal(want) {
			t.Errorf("%q: detect %+v, want 07:30", entry, e)
		}
	}
	for _, entry := range []string{"the disk alert pages the on-call engineer", "@ana noticed the failed writes"} {
		doc := mustParse(t, []byte(head+"- 07:06 "+entry+".\n- 07:30 A customer reports failed payments.\n"))
		want := time.Date(2026, 3, 2, 7, 6, 0, 0, time.UTC)
		if e, ok := doc.Time(FieldDetect); !ok || !e.Time.Equal(want) {
			t.Errorf("%q: detect %+v, want 07:06", entry, e)
		}
	}
}

// The word test before unnoticedRe rules out no entry the expression
// matches: on every line of the repository's documents, the phrases of
// the class, and random strings over their words.
func TestUnnoticedWordsAsExpression(t *testing.T) {
	lines := []string{"the alert paged nobody", "Nobody saw it", "went unnoticed for 20 minutes", "it was NOT acknowledged",
		"fired in a muted channel", "the check didn't fire", "failed to page", "woke no one", "no-one noticed", "snoozed"}
	lines = append(lines, repoDocLines(t)...)
	words := strings.Fields("paged reached alerted went to nobody no one noone human responders saw noticed acknowledged not never unnoticed unacked muted snoozed did didn't failed fire page it was the")
	r := rand.New(rand.NewSource(2))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.Intn(6) {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", "  ", "-", ", "}[r.Intn(4)])
		}
		lines = append(lines, b.String())
	}
	matched := 0
	for _, l := range lines {
		if unnoticedRe.MatchString(l) {
			matched++
			if !unnoticed(l) {
				t.Errorf("%q: the expression matches, the word test rules it out", l)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d texts the expression matches", matched)
	}
}
