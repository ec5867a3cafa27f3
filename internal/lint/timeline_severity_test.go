package lint

import "testing"

// A detection before the start between two fields the writer gave is an
// error; where one of the two was read from the timeline, the
// contradiction may be the reading's, and it is a warning that says so.
func TestOrderSeverityFollowsTheReading(t *testing.T) {
	for name, c := range map[string]struct {
		src  string
		want Severity
	}{
		"fields": {"# Queue stall\n\n- **Start:** 2026-11-02 14:02 UTC\n- **Detected:** 2026-11-02 13:40 UTC\n- **End:** 2026-11-02 15:40 UTC\n", Error},
		"timeline": {"# Queue stall\n\n- **Start:** 2026-11-02 14:02 UTC\n- **End:** 2026-11-02 15:40 UTC\n\n## Timeline\n\n" +
			"- 2026-11-02 13:40 UTC — on-call paged by the lag alert (*detected*)\n- 2026-11-02 15:40 UTC — queue drained\n", Warning},
	} {
		t.Run(name, func(t *testing.T) {
			var got []Finding
			for _, f := range lintText(t, DefaultOptions(), c.src) {
				if f.Rule == ruleTimeOrder {
					got = append(got, f)
				}
			}
			if len(got) != 1 || got[0].Severity != c.want {
				t.Fatalf("timeline/order findings %+v, want one at %v", got, c.want)
			}
		})
	}
}
