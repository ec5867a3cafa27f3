package postmortem

import (
	"testing"
	"time"
)

// teamFields are labels no vocabulary has, which a team's configuration
// adds.
var teamFields = Options{Fields: map[string][]string{
	FieldContact:  {"Duty pilot"},
	FieldStart:    {"Lights flickered"},
	FieldDetect:   {"Pager buzzed"},
	FieldEnd:      {"Back to green"},
	FieldSeverity: {"Blast radius level"},
	FieldDate:     {"Talked it over"},
}}

// configLayouts write the same fields in each layout the labels are read in.
var configLayouts = map[string]string{
	"key value lines": "# Queue stall\n\nDuty pilot: Rosa Petrov\nTalked it over: 2026-04-09\nBlast radius level: SEV2\n\n" +
		"## Timeline\n\nLights flickered: 2026-04-07 09:12 UTC\nPager buzzed: 2026-04-07 09:20 UTC\nBack to green: 2026-04-07 10:05 UTC\n",
	"bold labels": "# Queue stall\n\n**Duty pilot:** Rosa Petrov\n\n**Talked it over:** 2026-04-09\n\n**Blast radius level:** SEV2\n\n" +
		"**Lights flickered:** 2026-04-07 09:12 UTC\n\n**Pager buzzed:** 2026-04-07 09:20 UTC\n\n**Back to green:** 2026-04-07 10:05 UTC\n",
	"bullets": "# Queue stall\n\n- **Duty pilot**: Rosa Petrov\n- **Talked it over**: 2026-04-09\n- **Blast radius level**: SEV2\n" +
		"- **Lights flickered**: 2026-04-07 09:12 UTC\n- **Pager buzzed**: 2026-04-07 09:20 UTC\n- **Back to green**: 2026-04-07 10:05 UTC\n",
	"horizontal table": "# Queue stall\n\n| Duty pilot | Talked it over | Blast radius level | Lights flickered | Pager buzzed | Back to green |\n" +
		"|---|---|---|---|---|---|\n| Rosa Petrov | 2026-04-09 | SEV2 | 2026-04-07 09:12 UTC | 2026-04-07 09:20 UTC | 2026-04-07 10:05 UTC |\n",
	"front matter": "---\nduty_pilot: Rosa Petrov\ntalked_it_over: 2026-04-09\nblast_radius_level: SEV2\n" +
		"lights_flickered: 2026-04-07 09:12 UTC\npager_buzzed: 2026-04-07 09:20 UTC\nback_to_green: 2026-04-07 10:05 UTC\n---\n\n# Queue stall\n\nThe queue stalled.\n",
	"headings": "# Queue stall\n\n## Duty pilot\n\nRosa Petrov\n\n## Talked it over\n\n2026-04-09\n\n## Blast radius level\n\nSEV2\n\n" +
		"## Lights flickered\n\n2026-04-07 09:12 UTC\n\n## Pager buzzed\n\n2026-04-07 09:20 UTC\n\n## Back to green\n\n2026-04-07 10:05 UTC\n",
}

func TestConfiguredFieldLabels(t *testing.T) {
	times := map[string]time.Time{
		FieldStart:  time.Date(2026, 4, 7, 9, 12, 0, 0, time.UTC),
		FieldDetect: time.Date(2026, 4, 7, 9, 20, 0, 0, time.UTC),
		FieldEnd:    time.Date(2026, 4, 7, 10, 5, 0, 0, time.UTC),
	}
	values := map[string]string{FieldContact: "Rosa Petrov", FieldDate: "2026-04-09", FieldSeverity: "SEV2"}
	for name, src := range configLayouts {
		t.Run(name, func(t *testing.T) {
			doc := mustParseOpt(t, src, teamFields)
			for key, want := range values {
				if f, ok := doc.Field(key); !ok || f.Value != want {
					t.Errorf("%s: got %q (found %v), want %q", key, f.Value, ok, want)
				}
			}
			for key, want := range times {
				if got := doc.TimeUTC(key); !got.Equal(want) {
					t.Errorf("time %s: got %v, want %v", key, got, want)
				}
			}
			plain := mustParseOpt(t, src, Options{}) // a grade such as SEV2 is a severity by itself
			for _, key := range []string{FieldContact, FieldStart, FieldDetect, FieldEnd} {
				if f, ok := plain.Field(key); ok {
					t.Errorf("without the configuration: got %s %q, want none", key, f.Value)
				}
			}
		})
	}
}

func mustParseOpt(t *testing.T, src string, opt Options) *Document {
	doc, err := Parse([]byte(src), opt)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
