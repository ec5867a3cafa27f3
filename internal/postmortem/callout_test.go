package postmortem

import "testing"

// A callout that records what was done holds steps, not actions, and
// ends with its quote; one of another type is no section.
func TestDoneCalloutIsARecord(t *testing.T) {
	src := "# T\n\n## Response\n\n> [!done] What we did during the incident\n> - Restored the old certificate on both nodes.\n> - Paused the renewal job.\n\n" +
		"> [!note] Context\n> - Rotate the broker key (@ivo)\n\n## Follow-ups\n\n- [ ] Alert on handshake failures (@ivo)\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Alert on handshake failures|ivo|||Open"})
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the two in the callout", doc.Steps)
	}
}
