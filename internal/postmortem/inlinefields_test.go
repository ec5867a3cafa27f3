package postmortem

import "testing"

// A notes tool writes a page's fields inline as "key:: value", the
// values often wiki links: a day as a journal link ("[[Mar 3rd,
// 2026]]"), a person as a page link.
func TestInlineFields(t *testing.T) {
	const src = "title:: Queue backlog on the billing workers\n" +
		"date:: [[Mar 9th, 2026]]\n" +
		"owner:: [[Dana Whitfield]]\n" +
		"severity:: SEV-3\n\n" +
		"- ## Key times\n" +
		"\t- began:: [[Mar 3rd, 2026]] 23:41\n" +
		"\t- alerted:: [[Mar 4th, 2026]] 00:05\n" +
		"\t- recovered:: [[Mar 4th, 2026]] 01:17\n" +
		"- ## Summary\n" +
		"\t- The billing workers fell behind after a deploy.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldDate: "[[Mar 9th, 2026]]", FieldContact: "[[Dana Whitfield]]", FieldSeverity: "SEV-3"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: %q, want %q", key, f.Value, want)
		}
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-03-03T23:41Z", FieldDetect: "2026-03-04T00:05Z", FieldEnd: "2026-03-04T01:17Z"})
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
