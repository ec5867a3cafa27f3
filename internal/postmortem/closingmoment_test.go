package postmortem

import "testing"

// A note's timeline says its moments in a sentence after what happened
// ("That's when we knew.", "This is when it broke.", "Done, fixed,
// phew."), and its title gives the day in figures without the year
// ("Sun 11/29"), whose year the note's own dates give.
func TestClosingSentencesNameMoments(t *testing.T) {
	src := "# Booking calendar meltdown – Sun 11/29\n\nCreated at: 2026-11-30T05:12:44-10:00\n\n" +
		"All times Hawaii time (HST).\n\n## How the morning went\n\n" +
		"- 6:15am – plugin auto-updated overnight. This is when it broke.\n" +
		"- 7:40am – Keoni texts me that the site says we're full. That's when we knew.\n" +
		"- 9:45am – Bryce finds the time zone setting says UTC.\n" +
		"- 11:05am – calendar shows real availability again. Done, fixed, phew. Took the note down at 11:30.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-29T16:15Z", FieldDetect: "2026-11-29T17:40Z", FieldEnd: "2026-11-29T21:05Z"})
}

// A sentence that is not fixed, or a day that reads either way, is none.
func TestClosingSentencesThatNameNoMoment(t *testing.T) {
	if k := closingMoment("Bryce restarts the plugin. Not fixed."); k != "" {
		t.Errorf(`"Not fixed." named %q`, k)
	}
	if k := closingMoment("Bryce restarts the plugin. That's when the phone rang."); k != "" {
		t.Errorf(`"That's when the phone rang." named %q`, k)
	}
	for _, d := range []string{"11/12", "3/4", "40/11"} {
		if got := slashDayInWords(d); got != "" {
			t.Errorf("slashDayInWords(%q) = %q, want none", d, got)
		}
	}
	if got := slashDayInWords("29/11"); got != "Nov 29" {
		t.Errorf(`slashDayInWords("29/11") = %q, want "Nov 29"`, got)
	}
}

// A note on the zone of the times written as one item of a list of
// facts ("- Times are Nairobi time (EAT, UTC+3)") gives every time its
// zone; an item with a clock in it is an entry, no note.
func TestZoneNoteAsAListItem(t *testing.T) {
	for _, note := range []string{"- Times are Nairobi time (EAT, UTC+3)", "- All times EAT", "- Times are Nairobi time"} {
		src := "# Lamps not unlocking (Thu 3 Dec 2026)\n\n- Severity: major\n" + note + "\n\n## Timeline\n\n" +
			"- 6:20pm — callbacks start failing. **This is the start.**\n- 9:50pm — codes sent. **Over.**\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-12-03T15:20Z", FieldEnd: "2026-12-03T18:50Z"})
	}
}

// An entry whose sentences end in stray stops has no empty sentence to
// read.
func TestClosingMomentOfStrayStops(t *testing.T) {
	for _, text := range []string{"Deploy. . ", "Deploy.  . Over", ". ", "a. . . ."} {
		_ = closingMoment(text) // must not panic
	}
	if k := closingMoment("Rollback done. . Pending."); k != "" {
		t.Errorf("got %q for a stray stop before a word outside the cheers, want none", k)
	}
}

// A summary tells the end as the work going on again from a time:
// "flowing to phones again from 07:55", "went through again at 07:55".
func TestSummaryEndAgainFrom(t *testing.T) {
	for _, s := range []string{"Alarms were flowing to phones again from 07:55.", "Orders went through again at 07:55.", "Phones got alarms again from 07:55 onwards."} {
		src := "# Fridge alarms\n\nDate: 2026-11-22\n\nAll times UTC.\n\n## Summary\n\n" +
			"The failure began at 01:30 when the account was closed; we did not know until a porter reported it at 06:47. " + s + "\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-11-22T01:30Z", FieldDetect: "2026-11-22T06:47Z", FieldEnd: "2026-11-22T07:55Z"})
	}
}

// A short note after an entry's last dash names its moment: "— over".
func TestDashNoteNamesMoment(t *testing.T) {
	src := "# Permit renewals\n\nDate: 2026-12-01\n\nAll times UTC.\n\n## Timeline\n\n" +
		"- 13:48 first timeout after payment — impact starts\n- 14:31 the call centre pings us — we knew\n" +
		"- 17:15 timeout raised and deployed — Dana Ruiz\n- 19:40 handhelds synced with the new permit list — over\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T13:48Z", FieldDetect: "2026-12-01T14:31Z", FieldEnd: "2026-12-01T19:40Z"})
}

// A sentence may open with its moment's verb and the time right after
// it ("Started 1:48 PM (…)", "Ended 7:40 PM, when …"), after a bold
// label too; a label and its time alone is no sentence.
func TestSentenceOpensWithVerbAndClock(t *testing.T) {
	src := "# Permit renewals\n\nDate: 2026-12-01\n\nAll times UTC.\n\n" +
		"**Impact window.** Started 1:48 PM (first timed-out renewal in the portal log). We found out at 2:31 PM when the supervisor messaged us. " +
		"Ended 7:40 PM, when the last stuck renewal was issued.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T13:48Z", FieldDetect: "2026-12-01T14:31Z", FieldEnd: "2026-12-01T19:40Z"})
	if verbThenClock("Detected 5:40 AM · Tuesday", 9, 16) {
		t.Error(`"Detected 5:40 AM · Tuesday" read as a sentence`)
	}
}

// More everyday words of the end: in a summary's clause ("Errors
// stopped at 15:10", "The issue was fixed at 15:10") and in a
// timeline's last entry ("last failed request", "queue empty").
func TestMoreWordsOfTheEnd(t *testing.T) {
	for _, s := range []string{"Errors stopped at 15:10.", "The issue was fixed at 15:10.", "By 15:10 everything was green again.", "The queue was drained at 15:10."} {
		src := "# Checkout outage\n\nDate: 2026-11-14\n\nAll times UTC.\n\n## Summary\n\nCheckout began failing at 14:02 and we were paged at 14:09. " + s + "\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-11-14T14:02Z", FieldEnd: "2026-11-14T15:10Z"})
	}
	for _, e := range []string{"15:10 last failed request", "15:10 queue empty", "15:10 systems stable", "15:10 confirmed fixed"} {
		src := "# Checkout outage\n\nDate: 2026-11-14\n\nAll times UTC.\n\n## Timeline\n\n- 14:02 checkout requests start failing\n- 14:09 on-call paged\n- " + e + "\n"
		wantTimes(t, src, map[string]string{FieldEnd: "2026-11-14T15:10Z"})
	}
}

// A window in a summary may name each end's weekday after "on":
// "between 22:40 on Saturday and 02:15 on Sunday", across midnight.
func TestWindowWithWeekdays(t *testing.T) {
	for _, s := range []string{"Between 22:40 on Saturday and 02:15 on Sunday, members could not connect.", "Members could not connect from 22:40 on Saturday to 02:15 on Sunday."} {
		src := "# DHCP outage, Saturday 28 November 2026\n\nReview: 2026-12-03\n\nAll times UTC.\n\n## Summary\n\n" + s + "\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-11-28T22:40Z", FieldEnd: "2026-11-29T02:15Z"})
	}
}

// Meeting notes put each point of the story in a bullet: a bullet of
// sentences with a clock in it is read for its moments as the summary's
// prose is; a bullet that opens with its time is an entry, not prose.
func TestProseWrittenAsBullets(t *testing.T) {
	src := "## Meeting notes – review: arrival boards frozen\n\nIncident date: 2026-10-16\n\nAll times UTC.\n\n### Notes\n\n" +
		"- Gwen opened the review. Callum was incident lead on the day.\n" +
		"- Shazia: we **noticed at 16:52** when a driver radioed control about a queue at Pentre Square.\n" +
		"- Tom restarted the processor with the bad message skipped; the boards were back to normal at 18:15.\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-10-16T16:52Z", FieldEnd: "2026-10-16T18:15Z"})
}

// A note of the zone may say which times it means ("All times mentioned
// are BST"), and a summary's end may be the service going on again by
// a time ("showing live data again by 18:15").
func TestZoneNoteParticiplesAndAgainBy(t *testing.T) {
	for _, note := range []string{"All times mentioned are BST.", "All times quoted are in BST."} {
		src := "# Boards frozen\n\nDate: 2026-10-16\n\n" + note + "\n\n## Summary\n\n" +
			"The boards stopped updating at 16:40 and we noticed at 16:52; they were showing live data again by 18:15.\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-10-16T15:40Z", FieldDetect: "2026-10-16T15:52Z", FieldEnd: "2026-10-16T17:15Z"})
	}
}
