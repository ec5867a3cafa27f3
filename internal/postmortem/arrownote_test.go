package postmortem

import "testing"

// A writer's short note in lower case after a right arrow names the
// entry's moment: "→ start", "→ first sign", "→ fixed".
func TestRightArrowNotes(t *testing.T) {
	src := "# Booking form down 2026-10-20\n\nAll times UTC.\n\n## Timeline\n\n" +
		"- 08:50 new spam filter switched on for the form (not the start)\n" +
		"- 09:12 bookings stop arriving → start\n" +
		"- 09:40 a parent's phone call → first sign\n" +
		"- 10:02 I check the inbox, nothing since 09:12\n" +
		"- 10:31 filter switched off, test booking arrives → fixed\n" +
		"- 11:00 wrote to everyone who tried\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-20T09:12Z", FieldDetect: "2026-10-20T09:40Z", FieldEnd: "2026-10-20T10:31Z"})
}

// A tracker's change of state after a right arrow, in capitals, is no
// writer's note: it names no moment.
func TestRightArrowStateChange(t *testing.T) {
	for text, want := range map[string]string{
		"status Investigating → Resolved": "",
		"orders stop → start":             FieldStart,
		"donor call → first sign":         FieldDetect,
		"search answers again → fixed":    FieldEnd,
	} {
		if got := rightArrowMarker(text); got != want {
			t.Errorf("rightArrowMarker(%q) = %q, want %q", text, got, want)
		}
	}
}

// An entry that says the thing works again is the end: "installs work
// again", "uploads work again".
func TestWorksAgainEnd(t *testing.T) {
	src := "# Broken package 2026-10-18\n\nAll times UTC.\n\n## Timeline\n\n" +
		"- 19:05 0.9.0 published\n" +
		"- 19:40 first bug report from a user\n" +
		"- 20:15 0.9.1 published with the missing files; installs work again\n" +
		"- 21:30 replied on the issue tracker\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-10-18T20:15Z"})
}
