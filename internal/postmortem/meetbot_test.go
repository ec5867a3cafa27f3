package postmortem

import "testing"

// A chat meeting's log, as its bot records it: each "#action" line is an
// action, owned by its first word where that is the nick of one who
// spoke in the log, by nobody where it is "TBD"; other lines are not.
func TestMeetingBotActions(t *testing.T) {
	src := "# #relay-ops review, 2026-11-12\n\n" +
		"2026-11-12 17:00:05\t@noor\t#startmeeting relay outage review\n" +
		"2026-11-12 17:01:10\tbeni\tthe relay certificate expired at 03:00\n" +
		"2026-11-12 17:02:00\t-->\tgast (~gast@host) has joined #relay-ops\n" +
		"2026-11-12 17:05:02\t@noor\t#action beni alert 30 days before a certificate expires, by 2026-11-27\n" +
		"2026-11-12 17:05:40\t@noor\t#action TBD move the relay behind the load balancer\n" +
		"2026-11-12 17:06:10\t@noor\t#action document the renewal in the runbook\n" +
		"2026-11-12 17:06:30\tbeni\twe talked about #action items last week too\n" +
		"2026-11-12 17:07:00\t@noor\t#endmeeting\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"alert 30 days before a certificate expires|beni|2026-11-27||Open",
		"move the relay behind the load balancer||||Open",
		"document the renewal in the runbook||||Open",
	})
}
