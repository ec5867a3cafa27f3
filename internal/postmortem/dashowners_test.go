package postmortem

import "testing"

// A mailing list's follow-ups join their fields with " -- ", and a
// forum's with dashes around a handle in mixed case: the part after the
// title names the owner. "Put" under "Follow-ups" is work to do, not a
// step taken.
func TestDoubleHyphenAndHandleOwners(t *testing.T) {
	src := "# Mirror stale\n\n## Follow-ups\n\n" +
		"* Alert when the index is older than one hour -- Ahmed Qureshi -- due 2026-12-11 -- OPEN\n" +
		"* Put log rotation in the upgrade checklist -- Ines Marchetti -- due 2026-12-18 -- OPEN\n" +
		"* Status page check from outside — Miro_K — by 2026-12-12\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert when the index is older than one hour|Ahmed Qureshi|2026-12-11||Open",
		"Put log rotation in the upgrade checklist|Ines Marchetti|2026-12-18||Open",
		"Status page check from outside|Miro_K|2026-12-12||Open",
	})
}

// forumHandle takes a handle joined by an underscore, not a word.
func TestForumHandle(t *testing.T) {
	for s, want := range map[string]bool{"Miro_K": true, "Old_Sage": true, "_K": false, "Miro_": false, "Miro": false} {
		if forumHandle(s) != want {
			t.Errorf("forumHandle(%q) = %v, want %v", s, !want, want)
		}
	}
}
