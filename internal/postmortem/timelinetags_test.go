package postmortem

import "testing"

// An incident tool exports its timeline events with their tags; the
// tags "Start time", "Impact detected" and "End time" mark the start,
// the detection and the end, and "Impact mitigated" is not the end.
func TestTimelineTags(t *testing.T) {
	const src = "# Webhook deliveries delayed\n\n**Assignees:** @rkoval · **Severity:** S3\n\n## Timeline\n\n" +
		"_All times UTC._\n\n**2026-02-11**\n\n" +
		"- **13:02** · Deploy of the webhook dispatcher\n" +
		"- **13:10** · Delivery latency climbs · _Tags:_ `Start time`\n" +
		"- **13:24** · Latency alert pages @rkoval · _Tags:_ `Impact detected`, `Response initiated`\n" +
		"- **13:50** · Rollback; backlog draining · _Tags:_ `Impact mitigated`\n" +
		"- **14:15** · Backlog empty · _Tags:_ `End time`\n" +
		"- **16:00** · Status page closed\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "@rkoval" {
		t.Errorf("contact: %q", f.Value)
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-02-11T13:10Z", FieldDetect: "2026-02-11T13:24Z", FieldEnd: "2026-02-11T14:15Z"})
}
