package postmortem

import (
	"strconv"
	"testing"
	"time"
)

// A number of ten or thirteen digits opening one entry among entries
// stamped otherwise is a count, not a time, unless it falls within a
// year of the document's date; a timeline stamped only in epochs keeps
// them, even one entry alone.
func TestLoneEpochIsACount(t *testing.T) {
	head := "# Rows rewritten\n\nDate: 2026-11-02\n\n## Timeline\n\n"
	src := head + "- 14:02 UTC migration started\n- 1500000000 rows rewritten\n- 14:40 UTC migration stopped\n"
	doc := mustParse(t, []byte(src))
	for _, e := range doc.Events {
		if e.Time.Year() != 2026 || e.Time.Format(time.DateOnly) != "2026-11-02" {
			t.Errorf("event %q at %v, want every entry on 2026-11-02", e.Text, e.Time)
		}
	}
	if len(doc.Events) != 2 {
		t.Errorf("events %+v, want the two stamped in clock times", doc.Events)
	}
	near := time.Date(2026, 11, 2, 14, 20, 0, 0, time.UTC).Unix()
	src = head + "- 14:02 UTC migration started\n- " + strconv.FormatInt(near, 10) + " rows checked\n- 14:40 UTC migration stopped\n"
	if doc := mustParse(t, []byte(src)); len(doc.Events) != 3 || doc.Events[1].Time.Unix() != near {
		t.Errorf("events %+v, want the epoch near the document's date read", doc.Events)
	}
	for _, src := range []string{"# R\n\n## Timeline\n\n- 1500000000 schema published\n", "# R\n\n## Timeline\n\n- 1500000000 schema published\n- 1500003600 schema restored\n- 14:40 UTC checked\n"} {
		if doc := mustParse(t, []byte(src)); len(doc.Events) == 0 || doc.Events[0].Time.Unix() != 1500000000 {
			t.Errorf("%q: events %+v, want the epoch read", src, doc.Events)
		}
	}
}
