package postmortem

import "testing"

// A heading naming part of a day keeps the day a heading above gave; a
// heading naming a period ("Last week", "Q3") dates nothing, and its
// entries mark none of the incident's times.
func TestPeriodHeadingsInTheTimeline(t *testing.T) {
	src := "# Index outage\n\nReview date: 2026-11-20\nOwner: @tam\n\n## Timeline\n\n### Thursday 12 November 2026\n\n#### Morning\n\n" +
		"- 09:10 UTC — index rebuild started (impact begins)\n- 09:14 UTC — paged\n\n#### Afternoon\n\n- 14:02 UTC — resolved\n\n" +
		"## Earlier warnings\n\n### Last week\n\n- 11:00 UTC — a smaller rebuild stalled and recovered on its own\n\n### Q3\n\n- 16:30 UTC — disk alert, resolved by itself\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-12T09:10Z", FieldDetect: "2026-11-12T09:14Z", FieldEnd: "2026-11-12T14:02Z"})
}
