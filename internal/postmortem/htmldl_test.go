package postmortem

import "testing"

// HTML definition lists, as pandoc writes a reStructuredText field list:
// at the top they are the document's fields; indented under an item of
// an action list they are that action's owner, due date and status, the
// owner read from a login in code after a name, the due date from a day
// inside a sentence, the status before a link.
func TestHTMLDefinitionLists(t *testing.T) {
	src := "# Build farm outage\n\n<dl>\n<dt>Severity</dt>\n<dd>SEV3</dd>\n<dt>Incident lead</dt>\n<dd>Ola Berg (<code>oberg</code>)</dd>\n" +
		"<dt>Impact start</dt>\n<dd>2026-04-02 09:10 UTC, first build lost</dd>\n</dl>\n\n" +
		"## Follow-up actions\n\n" +
		"1.  Pin the runner image.\n\n    <dl>\n    <dt>Owner</dt>\n    <dd>Ola Berg (<code>oberg</code>)</dd>\n    <dt>Due</dt>\n    <dd>after the spring freeze (2026-05-04)</dd>\n    <dt>Status</dt>\n    <dd>in progress, <a href=\"https://t.example/B-7\">B-7</a></dd>\n    </dl>\n\n" +
		"2.  Cache the toolchain.\n\n    <dl>\n    <dt>Owner</dt>\n    <dd>not yet assigned</dd>\n    <dt>Status</dt>\n    <dd>rejected at the review: the cache is the cause</dd>\n    </dl>\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "SEV3" {
		t.Errorf("severity %+v", f)
	}
	if _, ok := doc.Field(FieldContact); !ok {
		t.Errorf("no contact from the definition list")
	}
	if s, ok := doc.Time(FieldStart); !ok || s.Err != nil || s.Time.Hour() != 9 {
		t.Errorf("start %+v", s)
	}
	checkActionLines(t, doc, []string{
		"Pin the runner image.|oberg|2026-05-04||Open",
		"Cache the toolchain.||||Not planned",
	})
}
