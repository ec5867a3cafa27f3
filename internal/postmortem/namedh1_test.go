package postmortem

import "testing"

// A word processor's export writes the post-mortem's sections as H1s
// with H2s under them, below a title that is an H1 too: the H1s that
// name three sections or more are the sections, and the follow-ups
// under an H2 of the last are read.
func TestNamedH1Sections(t *testing.T) {
	src := "# Warehouse scanner outage\n\nDate: 2026-09-14\n\n# Summary\n\nScanners could not post picks for 40 minutes.\n\n" +
		"## Scope\n\nTwo depots.\n\n# Root cause\n\n## The certificate\n\nThe gateway's certificate expired.\n\n" +
		"# Action items\n\n## Monitoring\n\n- [ ] Alert on certificate expiry — @tomas — due 2026-09-30\n- [ ] Renew the gateway's certificate by automation — @ruth\n"
	wantOwnersDues(t, actionsOf(t, src, 2), "tomas", "2026-09-30", "ruth", "")
}
