package postmortem

import "testing"

// A summary that tells the day without its year and the start, the
// page and the end in sentences of their own, and a timeline pasted from
// a chat with the name before the time ("[marta 14:11] …"): the day is
// the review's year, the times are the summary's, each chat line is an
// entry, a thread reply pasted after a later message is out of order,
// and lines of the summary that a sentence wraps onto ("at 14:09 UTC
// and …", "between 14:02 and" / "15:20 UTC, …") are not entries.
func TestChatTranscript(t *testing.T) {
	const src = "# Checkout 502s\n\nIncident commander: @marta-vidal\nReview date: 2026-10-23\n\n## Summary\n\n" +
		"For 78 minutes on Wednesday 21 October, checkout returned 502s.\nImpact began at 14:02 UTC, the on-call was paged\n" +
		"at 14:09 UTC and the error rate was back at baseline by 15:20 UTC.\n\n" +
		"## Impact\n\n- 16% of requests failed between 14:02 and\n  15:20 UTC, peaking at 31%.\n\n" +
		"## Timeline\n\n[deploybot 13:58] route table rolled out\n[alertmanager 14:02] CheckoutAPI5xxRatio firing\n" +
		"[marta 14:24] gateway logs show no healthy upstream\n[jonas 14:20] nothing changed in checkout-api today\n" +
		"[marta 15:20] 5xx back at baseline, calling it resolved\n"
	doc := mustParse(t, []byte(src))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-10-21T14:02Z", FieldDetect: "2026-10-21T14:09Z", FieldEnd: "2026-10-21T15:20Z"})
	late := lateLines(doc)
	if len(doc.Events) != 5 || len(late) != 1 || late[0] != 22 {
		t.Errorf("%d entries, out of order on lines %v; want the 5 chat lines and line 22", len(doc.Events), late)
	}
	if e := doc.Events[0]; e.Text != "route table rolled out" {
		t.Errorf("entry text %q, want it without the name", e.Text)
	}
}

// A chat line's stamp needs the name, a space, a time and the closing
// bracket.
func TestChatStamp(t *testing.T) {
	for s, want := range map[string]string{"[marta 14:11] ack": "14:11", "[ken.o 9:05] x": "9:05", "[x] done": "", "[marta] 14:11": "", "[marta 14:11 UTC] x": "", "[2026-10-21 14:11] x": ""} {
		got := ""
		if start, end, ok := chatStamp([]byte(s)); ok {
			got = s[start:end]
		}
		if got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// checkUTC checks the start, detect and end times of a document, in UTC
// as "2006-01-02T15:04Z".
func checkUTC(t *testing.T, doc *Document, want map[string]string) {
	t.Helper()
	for key, w := range want {
		if got := doc.TimeUTC(key).Format("2006-01-02T15:04Z"); got != w {
			t.Errorf("%s: %s, want %s", key, got, w)
		}
	}
}

// lateLines returns the lines of the entries read as out of order.
func lateLines(doc *Document) []int {
	var late []int
	for _, e := range doc.Events {
		if e.OutOfOrder {
			late = append(late, e.Line)
		}
	}
	return late
}
