package postmortem

import (
	"testing"
	"time"
)

// A table of milestones names the configured labels in notes after what
// happened, as it names the fields' own ("Queue alarm (detection)").
func TestConfiguredLabelsInMilestoneNotes(t *testing.T) {
	src := "# Queue stall\n\n## Timeline\n\n| When | What |\n|---|---|\n" +
		"| 2026-04-07 09:12 UTC | Consumers stopped reading (lights flickered) |\n" +
		"| 2026-04-07 09:20 UTC | Queue depth alarm (pager buzzed) |\n" +
		"| 2026-04-07 10:05 UTC | Consumers caught up (back to green) |\n"
	want := map[string]time.Time{
		FieldDetect: time.Date(2026, 4, 7, 9, 20, 0, 0, time.UTC),
		FieldEnd:    time.Date(2026, 4, 7, 10, 5, 0, 0, time.UTC),
	}
	doc := mustParseOpt(t, src, teamFields)
	for key, w := range want {
		if f, ok := doc.Field(key); !ok || !doc.TimeUTC(key).Equal(w) {
			t.Errorf("%s: got %q (%v), want %v", key, f.Value, doc.TimeUTC(key), w)
		}
	}
	plain := mustParseOpt(t, src, Options{})
	if f, ok := plain.Field(FieldDetect); ok {
		t.Errorf("without the configuration: got detect %q, want none", f.Value)
	}
}

// The tags an incident tool ends a timeline entry with mark the start,
// detection or end by a configured label too.
func TestConfiguredLabelsAsTimelineTags(t *testing.T) {
	src := "# Queue stall\n\n## Timeline\n\n" +
		"- 2026-04-07 09:12 UTC Consumers stopped reading\n" +
		"- 2026-04-07 09:20 UTC Rosa opened the queue dashboard · _Tags:_ `Kettle whistled`\n" +
		"- 2026-04-07 09:40 UTC Consumers restarted · _Tags:_ `Back to green`\n" +
		"- 2026-04-07 10:05 UTC Notes written up\n"
	opt := Options{Fields: map[string][]string{FieldDetect: {"Kettle whistled"}, FieldEnd: {"Back to green"}}}
	want := []string{"", FieldDetect, FieldEnd, ""}
	for _, c := range []struct {
		opt  Options
		want []string
	}{{opt, want}, {Options{}, make([]string, len(want))}} {
		doc := mustParseOpt(t, src, c.opt)
		if len(doc.Events) != len(c.want) {
			t.Fatalf("got %d entries, want %d", len(doc.Events), len(c.want))
		}
		for i, e := range doc.Events {
			if e.Marker != c.want[i] && c.want[i] != "" {
				t.Errorf("configured %v: entry %d marks %q, want %q", c.opt.Fields != nil, i, e.Marker, c.want[i])
			}
			if c.want[i] == "" && (e.Marker == FieldDetect || e.Marker == FieldEnd) {
				t.Errorf("configured %v: entry %d marks %q, want no detection or end", c.opt.Fields != nil, i, e.Marker)
			}
		}
	}
}

// A line of tags gives the severity by a configured severity label
// joined to its grade, as it does by the vocabulary's ("alvorlighet-2").
func TestConfiguredSeverityLabelInTags(t *testing.T) {
	opt := Options{Fields: map[string][]string{FieldSeverity: {"Wobble"}}}
	src := "# Queue stall\n\nTopics: `queues` `wobble-2`\n\nThe queue stalled for an hour.\n"
	if f, ok := mustParseOpt(t, src, opt).Field(FieldSeverity); !ok || f.Value != "wobble-2" {
		t.Errorf("got %q (found %v), want wobble-2", f.Value, ok)
	}
	if f, ok := mustParseOpt(t, src, Options{}).Field(FieldSeverity); ok {
		t.Errorf("without the configuration: got %q, want none", f.Value)
	}
}
