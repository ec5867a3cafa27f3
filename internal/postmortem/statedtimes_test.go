package postmortem

import (
	"testing"
	"time"
)

// wantTimes checks the start, detect and end a document gives, in UTC
// as "2006-01-02T15:04Z".
func wantTimes(t *testing.T, src string, want map[string]string) *Document {
	t.Helper()
	doc := mustParse(t, []byte(src))
	for key, w := range want {
		got, ok := doc.Time(key)
		if !ok || got.Err != nil {
			t.Errorf("%s: not read (%+v)", key, got)
			continue
		}
		if g := got.Time.UTC().Format("2006-01-02T15:04Z"); g != w {
			t.Errorf("%s: got %s (%q), want %s", key, g, got.Raw, w)
		}
	}
	return doc
}

// A timeline told in sentences: each sentence that places itself at a
// time ("at 14:12 UTC") is an entry, and a paragraph of one such
// sentence goes on with the story told above it.
func TestTimelineToldInSentences(t *testing.T) {
	src := "# Slow sign-ups, 9 April 2026\n\n**Author:** @wen\n\n## Timeline\n\n" +
		"All times are UTC.\n\n" +
		"At 08:31 UTC a schema migration on the accounts table started. Sign-up latency began to climb at 08:40 UTC, which is when the incident started. " +
		"The on-call was paged at 08:52 UTC and joined the bridge.\n\n" +
		"We paused the migration and sign-ups recovered at 09:37 UTC.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-04-09T08:40Z", FieldDetect: "2026-04-09T08:52Z", FieldEnd: "2026-04-09T09:37Z"})
	if len(doc.Events) != 4 {
		t.Fatalf("got %d entries, want 4: %+v", len(doc.Events), doc.Events)
	}
}

// A sentence that mentions a time in a note on the timeline is no
// entry; nor is one that goes back before the story, and a story told in
// sentences is not checked for order.
func TestTimelineSentenceNotes(t *testing.T) {
	src := "# Queue stall\n\nDate: 2026-04-09\n\n## Timeline\n\n" +
		"Copied from the channel; the reply at 10:20 was threaded under an earlier message.\n\n" +
		"- 10:05 UTC — consumers stop acking (impact begins)\n- 10:11 UTC — paged\n- 10:40 UTC — resolved\n\n" +
		"## What happened\n\nThe consumers were restarted at 10:31 UTC. The backlog was gone at 10:40 UTC, though the deploy at 09:58 UTC had set it off.\n"
	doc := mustParse(t, []byte(src))
	for _, e := range doc.Events {
		if e.Raw == "10:20" {
			t.Errorf("the note's time was read as an entry: %+v", e)
		}
		if e.OutOfOrder {
			t.Errorf("entry %q reported out of order", e.Raw)
		}
	}
}

// "a.m." and "p.m." with their dots are read as am and pm, in a stamp and
// in a sentence.
func TestDottedMeridiem(t *testing.T) {
	src := "# Report backlog\n\nDate: 2026-05-06\n\n## Timeline (all times ET)\n\n" +
		"- 9:40 a.m. — backlog alert fires; on-call paged\n- 10:25 a.m. — impact began for downstream reports\n- 11:50 p.m. — incident resolved\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-05-06T14:25Z", FieldDetect: "2026-05-06T13:40Z", FieldEnd: "2026-05-07T03:50Z"})
}

// A T+0 stated as a time of day is on the incident's day, and on the
// day written after it where one is.
func TestRelativeAnchorDay(t *testing.T) {
	for _, c := range []struct{ note, day string }{
		{"T+0 is 03:40 UTC.", "2026-06-11"},
		{"T+0 is 03:40 UTC on 2026-06-12.", "2026-06-12"},
	} {
		src := "# Batch stall\n\nDate: 2026-06-11\n\n## Timeline\n\n" + c.note + "\n\n" +
			"- T+0 — dispatcher stops (impact starts)\n- T+12m — job-age alert pages on-call\n- T+1h05m — dispatcher restarted, incident resolved\n"
		day, _ := time.Parse("2006-01-02", c.day)
		wantTimes(t, src, map[string]string{
			FieldStart:  day.Add(3*time.Hour + 40*time.Minute).Format("2006-01-02T15:04Z"),
			FieldDetect: day.Add(3*time.Hour + 52*time.Minute).Format("2006-01-02T15:04Z"),
			FieldEnd:    day.Add(4*time.Hour + 45*time.Minute).Format("2006-01-02T15:04Z"),
		})
	}
}

// "around 3pm" places a sentence of the timeline at 15:00, approximately.
func TestTimelineSentenceAroundHour(t *testing.T) {
	src := "# Export failures\n\nDate: 2026-03-02\n\n## Timeline\n\nTimes are UTC.\n\n" +
		"Exports began failing around 3pm, when the bucket policy changed. Support noticed at 3:20 pm and paged the team. Exports were restored at 4:05 pm.\n"
	doc := wantTimes(t, src, map[string]string{FieldDetect: "2026-03-02T15:20Z", FieldEnd: "2026-03-02T16:05Z"})
	if len(doc.Events) == 0 || !doc.Events[0].Approx || doc.Events[0].Time.UTC().Hour() != 15 {
		t.Fatalf("first entry: %+v, want about 15:00", doc.Events)
	}
}

// A blog post's by-line gives the date, a summary's "Last Tuesday, March
// 10" the incident's day, and its span may be on a clock with a.m. and
// p.m. and a US zone in words.
func TestBlogByLineAndSpan(t *testing.T) {
	src := "# Checkout was down for 50 minutes\n\n*Posted by Noor Haddad, VP Engineering · March 14, 2026 · 4 min read*\n\n" +
		"Last Tuesday, March 10, checkout failed for every shopper from 2:15 p.m. to 3:05 p.m. Eastern time. We are sorry, and this post explains why.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-03-10T18:15Z", FieldEnd: "2026-03-10T19:05Z"})
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "March 14, 2026" {
		t.Errorf("date from the by-line: %+v", doc.Fields)
	}
}

// A span after a bold label opens its sentence as well: "**In short:**
// between 14:05 and 15:31 GMT …".
func TestLabelledBetweenSpan(t *testing.T) {
	src := "# Payouts held\n\nDate: Thu, 12 Nov 2026 17:40 +0000\n\n" +
		"**In short:** between 14:05 and 15:31 GMT on 10 November every payout due that afternoon was held instead of sent.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-10T14:05Z", FieldEnd: "2026-11-10T15:31Z"})
}
