package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each layout sample gives every field the default configuration
// requires, and a timeline in order: no finding of the fields or
// timeline families.
func TestLayoutsHaveNoFieldOrTimelineFindings(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/layouts/*.md")
	if len(paths) < 8 {
		t.Fatalf("got %d layout samples, want at least 8", len(paths))
	}
	for _, p := range paths {
		if filepath.Base(p) == "README.md" {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range lintText(t, DefaultOptions(), string(src)) {
			if fam := f.Family(); fam == "fields" || fam == "timeline" {
				t.Errorf("%s:%d: %s %s", filepath.Base(p), f.Line, f.Rule, f.Message)
			}
		}
	}
}

// A field no layout gives is missing, and the finding says which layouts
// were looked for.
func TestMissingSaysWhereItLooked(t *testing.T) {
	fs := lintText(t, DefaultOptions(), "# T\n\nNothing else.\n")
	f, ok := first(fs, "fields/missing")
	if !ok || !strings.Contains(f.Message, "table row or column") || !strings.Contains(f.Message, "front-matter key") {
		t.Errorf("got %+v, want a message naming the layouts looked for", f)
	}
	if !ok || !strings.Contains(f.Message, "under `fields:` in the configuration") {
		t.Errorf("got %+v, want a message saying a label can be added under fields:", f)
	}
}

// Timelines in either column order and as bullets: a correct one has no
// finding, and each entry out of order is found.
func TestTimelineOrder(t *testing.T) {
	tests := []struct {
		name, src string
		want      []int // lines of timeline/order findings
	}{
		{"time first", "# T\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2026-03-07 00:00 UTC | Committed |\n| 2026-03-18 08:37 UTC | Noticed |\n", nil},
		{"event first", "# T\n\n## Timeline\n\n| Event | When |\n| --- | --- |\n| Committed | 2026-03-07 00:00 UTC |\n| Noticed | 2026-03-18 08:37 UTC |\n", nil},
		{"out of order", "# T\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2026-03-18 15:50 UTC | A |\n| 2026-03-18 14:30 UTC | B |\n| 2026-03-18 16:00 UTC | C |\n| 2026-03-18 15:59 UTC | D |\n", []int{8, 10}},
		{"bullets past midnight", "# T\n\n## Timeline\n\n2026-03-18 (all times UTC)\n\n- 23:50 Paged\n- 00:10 Rolled back\n", nil},
		{"bullets out of order", "# T\n\n## Timeline\n\n2026-03-18 (all times UTC)\n\n- 10:50 Paged\n- 10:40 Rolled back\n", []int{8}},
		{"dated entries need no zone", "# T\n\n## Timeline\n\n- 2026-03-03: token pushed\n- 2026-03-18 7:09 AM Eastern: reported\n- 2026-03-18 7:26 AM Eastern: token revoked\n", nil},
		{"month-first date line, zone by name", "# T\n\n## Timeline (all times Pacific)\n\n01-10-2024\n\n7:32 PM - The chain stalled\n\n7:38 PM - Monitoring detected the stall\n\n7:42 PM - Blocks again\n", nil},
		{"detected before start", "# T\n\n- **Start:** 2026-03-18 10:00 UTC\n- **Detected:** 2026-03-18 09:00 UTC\n", []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			fs := lintText(t, DefaultOptions(), tt.src)
			for _, f := range fs {
				switch f.Rule {
				case "timeline/order":
					got = append(got, f.Line)
				case "timeline/unreadable", "timeline/no-zone":
					t.Errorf("line %d: %s %s", f.Line, f.Rule, f.Message)
				}
			}
			if len(got) != len(tt.want) || (len(got) > 0 && !equalInts(got, tt.want)) {
				t.Errorf("timeline/order on lines %v, want %v:%s", got, tt.want, describe(fs))
			}
		})
	}
}

func equalInts(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// A Resolution or Response section stands for the remediation of a
// document with no follow-ups: not a missing field, but still no action
// items.
func TestResolutionIsRemediation(t *testing.T) {
	for _, h := range []string{"Resolution and recovery", "Response", "Our response"} {
		src := "# T\n\n## " + h + "\n\nThe timelords were restarted and blocks resumed.\n"
		var rules []string
		for _, f := range lintText(t, DefaultOptions(), src) {
			if f.Rule == "fields/missing" && strings.Contains(f.Message, "Remediation") {
				t.Errorf("%s: line %d: %s", h, f.Line, f.Message)
			}
			rules = append(rules, f.Rule)
		}
		if !strings.Contains(strings.Join(rules, " "), "actions/none") {
			t.Errorf("%s: got %v, want actions/none", h, rules)
		}
	}
}

// Headings of other wordings name the follow-up list.
func TestFollowUpHeadings(t *testing.T) {
	for _, h := range []string{"What we're doing about it", "Improving Recovery Procedures", "Prevention", "Going forward"} {
		src := "# T\n\n## " + h + "\n\n- [ ] Add a replica-lag alert — owner: @dana, due: 2026-12-01\n"
		for _, f := range lintText(t, DefaultOptions(), src) {
			if f.Rule == "actions/none" || f.Rule == "fields/missing" && strings.Contains(f.Message, "Remediation") {
				t.Errorf("%s: %s %s", h, f.Rule, f.Message)
			}
		}
	}
}

// A document whose open actions have no priority at all gets one notice
// for the list; one that ranks some gets a notice on each unranked one.
// A done action is asked for nothing.
func TestPriorityNoticesAndDoneActions(t *testing.T) {
	count := func(src, rule string) int {
		n := 0
		for _, f := range lintText(t, DefaultOptions(), src) {
			if f.Rule == rule {
				n++
			}
		}
		return n
	}
	head := "# T\n\n## Action items\n\n"
	none := head + "- [ ] Add a lag alert — owner: @dana, due: 2026-12-01\n- [ ] Page on disk use — owner: @lee, due: 2026-12-02\n- [ ] Test restores — owner: @kim, due: 2026-12-03\n"
	if got := count(none, "actions/no-priority"); got != 1 {
		t.Errorf("no action ranked: %d notices, want 1", got)
	}
	some := head + "- [ ] Add a lag alert — owner: @dana, due: 2026-12-01, priority: P1\n- [ ] Page on disk use — owner: @lee, due: 2026-12-02\n- [ ] Test restores — owner: @kim, due: 2026-12-03\n"
	if got := count(some, "actions/no-priority"); got != 2 {
		t.Errorf("one action ranked: %d notices, want 2", got)
	}
	done := head + "- [x] Roll back the config\n- [ ] Add a lag alert — owner: @dana, due: 2026-12-01, priority: P1\n"
	for _, rule := range []string{"actions/no-owner", "actions/no-due-date", "actions/no-priority"} {
		if got := count(done, rule); got != 0 {
			t.Errorf("done action: %d %s findings, want 0", got, rule)
		}
	}
}

// A document that names only the author, or only the facilitator of its
// review, has a contact: the person to ask about it.
func TestContactStandIns(t *testing.T) {
	for _, line := range []string{"Author: @kim", "Facilitator: @noor-a", "**Facilitated by:** Noor Aziz"} {
		src := "# T\n\n" + line + "\nDate: 2026-11-27\n"
		for _, f := range lintText(t, DefaultOptions(), src) {
			if f.Rule == "fields/missing" && strings.Contains(f.Message, "Contact") {
				t.Errorf("%s: %s", line, f.Message)
			}
		}
	}
}

// A timeline in offsets from a T+0 the document does not state stands
// for the times it would give, as an empty template timeline does, and
// its entries' order is still checked.
func TestUnplacedTimelineGivesTimes(t *testing.T) {
	src := "# T\n\nDate: 2026-11-30\n\n## Timeline\n\n- T+0 — Parallelism raised.\n- T+25m — Failures traced.\n- T+7m — Alert fires.\n"
	fs := lintText(t, DefaultOptions(), src)
	for _, f := range fs {
		if f.Rule == "fields/missing" && strings.Contains(f.Message, "Time") || f.Rule == "fields/empty" {
			t.Errorf("%s %s", f.Rule, f.Message)
		}
	}
	if !has(fs, "timeline/order", 9) {
		t.Errorf("no timeline/order on line 9:%s", describe(fs))
	}
}
