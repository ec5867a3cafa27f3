package postmortem

import "testing"

// A notes tool's page writes its title as a plain first line and its
// sections as level-one headings: the first line is the title, and the
// day it names ("(Wed 14 October)") takes its year from the page's
// metadata at the end.
func TestPlainFirstLineTitleDay(t *testing.T) {
	src := "Ticket machines refused coins (Wed 14 October)\n\nWritten by Ada Brennan.\n\nAll times UTC.\n\n" +
		"# What happened\n\nThe coin validators stopped at 06:10 after a firmware push. The depot alarm rang at 06:40 and the old firmware " +
		"was back at 07:55.\n\n- 06:10 first coin refused\n- 06:40 depot alarm\n- 07:55 firmware rolled back\n\n" +
		"# Why\n\nNo staging rig.\n\n# Follow-up\n\n- [ ] Stage firmware pushes — Ada Brennan\n\n" +
		"id: 7f3a\ncreated_time: 2026-10-15T09:12:44.000Z\nupdated_time: 2026-10-16T10:01:02.000Z\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "Ticket machines refused coins (Wed 14 October)" {
		t.Fatalf("title %q", doc.Title)
	}
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-14T06:10Z", FieldDetect: "2026-10-14T06:40Z"})
}

// A first line is the title only where it looks like one and no
// level-one heading titles the document.
func TestPlainFirstLineNotTitle(t *testing.T) {
	for _, src := range []string{
		"The validators stopped at 06:10 on Wednesday.\n\n# What happened\n\nA push.\n\n# Why\n\nNo staging.\n\n# Follow-up\n\n- [ ] Stage it\n",
		"Ticket machines refused coins\n\n# Coin outage\n\n## What happened\n\nA push.\n",
		"Date: 2026-10-14\n\n# What happened\n\nA push.\n\n# Why\n\nNo staging.\n\n# Follow-up\n\n- [ ] Stage it\n",
		"Ticket machines refused coins\nA push broke them.\n\n# What happened\n\nA push.\n\n# Why\n\nNo staging.\n\n# Follow-up\n\n- [ ] Stage it\n",
	} {
		if doc := mustParse(t, []byte(src)); doc.Title == "Ticket machines refused coins" || doc.Title == "Date: 2026-10-14" ||
			doc.Title == "The validators stopped at 06:10 on Wednesday." {
			t.Errorf("%q: read %q as the title", src, doc.Title)
		}
	}
}

// A sentence that gives the review's day ("Reviewed with Finance on
// Thursday 12 March 2026") does not date the incident: the summary's
// day does.
func TestReviewSentenceDateNotIncidentDay(t *testing.T) {
	src := "# Card payments declined\n\nCal Ames led it. Reviewed with Finance on Thursday 12 March 2026.\n\n" +
		"All times UTC.\n\n## Summary\n\nOn Tuesday 10 March 2026 card payments failed for most of the morning.\n\n## Timeline\n\n" +
		"- 08:02 first declined payment\n- 08:30 alert fires\n- 10:15 payments succeed again\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-03-10T08:30Z"})
}
