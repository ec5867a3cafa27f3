package postmortem

import "testing"

// A chat's global time token holds the time with its offset: in a field,
// in a span of two ("Customer impact: <time:…> to <time:…>") and opening
// a timeline's entries, where one moved in late is out of order.
func TestTimeTokens(t *testing.T) {
	src := "# Invoices not mailed (Tue 3 Mar)\n\n" +
		"- **Customer impact:** <time:2026-03-03T09:10:00+05:30> to <time:2026-03-03T10:25:00+05:30>\n" +
		"- **Detected:** <time:2026-03-03T09:18:00+05:30>, queue alert in #**ops>mail**\n" +
		"- **Review call:** <time:2026-03-05T15:00:00+05:30>\n\n" +
		"## Messages\n\n- <time:2026-03-03T09:05:00+05:30> @**Anil**: mailer 4.2 deployed\n" +
		"- <time:2026-03-03T09:18:00+05:30> **Alertmanager**: queue depth over 500\n" +
		"- <time:2026-03-03T09:40:00+05:30> @**Meera**: rolling back\n" +
		"- <time:2026-03-03T09:12:00+05:30> @**Joseph**: customers calling _(moved here from #**support**)_\n" +
		"- <time:2026-03-03T10:25:00+05:30> @**Meera**: mails flowing again\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldStart: "03:40", FieldDetect: "03:48", FieldEnd: "04:55"} {
		if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != "2026-03-03 "+want {
			t.Errorf("%s read as %s UTC, want %s", key, got, want)
		}
	}
	if f, ok := doc.Field(FieldDate); !ok || f.Label != "Review call" {
		t.Errorf("date %+v, want the review call", f)
	}
	var late []string
	for _, e := range doc.Events {
		if e.OutOfOrder {
			late = append(late, e.Raw)
		}
	}
	if len(doc.Events) != 5 || len(late) != 1 || late[0] != "2026-03-03T09:12:00+05:30" {
		t.Errorf("%d entries, out of order %q; want 5 and the moved message", len(doc.Events), late)
	}
}
