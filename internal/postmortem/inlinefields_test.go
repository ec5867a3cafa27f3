package postmortem

import "testing"

// A notes tool writes a page's fields inline as "key:: value", the
// values often wiki links: a day as a journal link ("[[Mar 3rd,
// 2026]]"), a person as a page link.
func TestInlineFields(t *testing.T) {
	const src = `title:: Queue backlog on the billing workers
date:: [[Mar 9th, 2026]]
owner:: [[Dana Whitfield]]
severity:: SEV-3

- ## Key times
	- began:: [[Mar 3rd, 2026]] 23:41
	- alerted:: [[Mar 4th, 2026]] 00:05
	- recovered:: [[Mar 4th, 2026]] 01:17
- ## Summary
	- The billing workers fell behind after a deploy.
`
	readChecked(t, src, map[string]string{FieldDate: "[[Mar 9th, 2026]]", FieldContact: "[[Dana Whitfield]]", FieldSeverity: "SEV-3"},
		map[string]string{FieldStart: "2026-03-03T23:41Z", FieldDetect: "2026-03-04T00:05Z", FieldEnd: "2026-03-04T01:17Z"})
}

// The same fields as a knowledge-base note writes them, in a list under
// a section, with the zone after the time.
func TestInlineFieldsInList(t *testing.T) {
	const src = "# Login outage\n\nreview:: [[2026-05-20]]\nlead:: [[Aiko Mori]] (@amori)\n\n## Impact\n\n" +
		"- outage-start:: 2026-05-14 10:02 CEST\n- paged:: 2026-05-14 10:15 CEST\n- outage-end:: 2026-05-14 11:40 CEST\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "[[Aiko Mori]] (@amori)" {
		t.Errorf("contact: %q", f.Value)
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-05-14T08:02Z", FieldDetect: "2026-05-14T08:15Z", FieldEnd: "2026-05-14T09:40Z"})
}

// readChecked parses src and checks the first value of each field as
// written and the times in UTC.
func readChecked(t *testing.T, src string, fields, times map[string]string) *Document {
	t.Helper()
	doc := mustParse(t, []byte(src))
	for key, w := range fields {
		if f, ok := doc.Field(key); !ok || f.Value != w {
			t.Errorf("%s: %q, want %q", key, f.Value, w)
		}
	}
	checkUTC(t, doc, times)
	return doc
}
