package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

func TestDefault(t *testing.T) {
	c := Default()
	checks := []struct {
		name      string
		got, want any
	}{
		{"Paths", c.Paths, []string{"postmortems/**/*.md", "post-mortems/**/*.md", "docs/postmortems/**/*.md", "docs/post-mortems/**/*.md"}},
		{"Exclude", c.Exclude, []string{"**/README.md"}},
		{"RequiredFields", c.RequiredFields, lint.DefaultRequiredFields},
		{"FailOn", c.FailOn, "error"},
		{"MaxMeetingDelay", c.Timeline.MaxMeetingDelay, Duration(5 * 24 * time.Hour)},
		{"Labels", c.Labels, Labels{Action: "postmortem-action", SeverityPrefix: "severity:", PriorityPrefix: "priority:"}},
		{"Milestones", c.Milestones, Milestones{Policy: "due-date", Create: true}},
		{"DueDays", c.DueDays, map[string]int{"SEV1": 15, "SEV2": 30}},
		{"WriteBack", c.WriteBack, "commit"},
		{"DryRun", c.DryRun, false},
		{"Review", c.Review, Review{Event: "comment"}},
		{"Summary", c.Summary, Summary{Schedule: "0 9 * * 1", TimeZone: "UTC"}},
		{"Index", c.Index, ""},
		{"Rules", len(c.Rules), 0},
		{"Sections", len(c.Sections), 0},
		{"FailSeverity", c.FailSeverity(), lint.Error},
	}
	for _, tc := range checks {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("Default().%s: got %#v, want %#v", tc.name, tc.got, tc.want)
		}
	}
}

func TestDefaultIsFresh(t *testing.T) {
	a := Default()
	a.Paths[0] = "changed"
	a.RequiredFields[0] = "changed"
	a.DueDays["SEV1"] = 1
	b := Default()
	if b.Paths[0] == "changed" || b.RequiredFields[0] == "changed" || b.DueDays["SEV1"] == 1 {
		t.Errorf("got defaults sharing state between calls, want fresh copies")
	}
	if lint.DefaultRequiredFields[0] == "changed" {
		t.Errorf("got lint.DefaultRequiredFields changed through Default, want it untouched")
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "\n", "# nothing here\n", "---\n", "~\n"} {
		c, err := Parse([]byte(src))
		if err != nil {
			t.Errorf("Parse(%q): got error %v, want none", src, err)
			continue
		}
		if !reflect.DeepEqual(c, Default()) {
			t.Errorf("Parse(%q): got %+v, want the defaults", src, c)
		}
	}
}

const fullConfig = `# every setting
paths:
  - incidents/**/*.md
  - ./docs/incidents/*.md
exclude: ["**/TEMPLATE.md"]
required_fields: [date, Title, what_happened]
sections:
  remediation: [Remediation, Countermeasures, Action items, Follow-ups, Corrective actions]
  what_happened: [What happened, Narrative]
fields:
  Contact: [Duty pilot, " Incident captain "]
  end: [Went live]
language:
  allow: [human error budget]
  phrases:
    - should have
    - phrase: obviously
      message: What is obvious afterwards was not before.
      replace: in hindsight
  model: On
rules:
  language: warning
  language/custom: error
  content/pasted-log: off
  timeline/late-review: Notice
fail_on: warning
timeline:
  max_meeting_delay: 1d12h
labels:
  action: follow-up
  severity_prefix: "sev/"
  priority_prefix: ""
milestones:
  policy: named
  create: false
due_days:
  sev1: 7
  P2: 45
write_back: pull_request
dry_run: true
review:
  event: request_changes
  drafts: true
summary:
  schedule: "30 8 * * mon-fri"
  timezone: Europe/Berlin
  repository: acme/incidents
  skip_empty: true
index: ./docs/incidents/../INDEX.md
`

func TestParseFull(t *testing.T) {
	c, err := Parse([]byte(fullConfig))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	want := &Config{
		Paths:          []string{"incidents/**/*.md", "docs/incidents/*.md"},
		Exclude:        []string{"**/TEMPLATE.md"},
		RequiredFields: []string{"date", "title", "what_happened"},
		Sections: map[string][]string{
			"remediation":   {"Remediation", "Countermeasures", "Action items", "Follow-ups", "Corrective actions"},
			"what_happened": {"What happened", "Narrative"},
		},
		Fields: map[string][]string{"contact": {"Duty pilot", "Incident captain"}, "end": {"Went live"}},
		Language: Language{
			Allow: []string{"human error budget"},
			Phrases: []lint.Phrase{
				{Text: "should have"},
				{Text: "obviously", Message: "What is obvious afterwards was not before.", Replace: "in hindsight"},
			},
			Model: LanguageModelOn,
		},
		Rules: map[string]string{
			"language": "warning", "language/custom": "error",
			"content/pasted-log": "off", "timeline/late-review": "notice",
		},
		FailOn:     "warning",
		Timeline:   Timeline{MaxMeetingDelay: Duration(36 * time.Hour)},
		Labels:     Labels{Action: "follow-up", SeverityPrefix: "sev/", PriorityPrefix: ""},
		Milestones: Milestones{Policy: "named", Create: false},
		DueDays:    map[string]int{"SEV1": 7, "SEV2": 30, "P2": 45},
		WriteBack:  "pull_request",
		DryRun:     true,
		Review:     Review{Event: "request_changes", Drafts: true},
		Summary:    Summary{Schedule: "30 8 * * mon-fri", TimeZone: "Europe/Berlin", Repository: "acme/incidents", SkipEmpty: true},
		Index:      "docs/INDEX.md",
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got\n%+v\nwant\n%+v", c, want)
	}
}

func TestParsePartial(t *testing.T) {
	c, err := Parse([]byte("labels:\n  action: pm-action\nsummary:\n  timezone: America/New_York\nlanguage:\n"))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	want := Default()
	want.Labels.Action = "pm-action"
	want.Summary.TimeZone = "America/New_York"
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got\n%+v\nwant\n%+v", c, want)
	}
}

func TestParseAliases(t *testing.T) {
	src := "paths: &p\n  - a/*.md\nexclude: *p\n"
	c, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if !reflect.DeepEqual(c.Exclude, []string{"a/*.md"}) {
		t.Errorf("Exclude: got %q, want %q", c.Exclude, []string{"a/*.md"})
	}
}

func TestMatch(t *testing.T) {
	custom := Default()
	custom.Paths = []string{"incidents/*.md"}
	custom.Exclude = []string{"**/template.md"}
	custom.Index = "incidents/INDEX.md"
	tests := []struct {
		c    *Config
		path string
		want bool
	}{
		{Default(), "postmortems/2026-01-01-outage.md", true},
		{Default(), "postmortems/2026/q1/db.md", true},
		{Default(), "post-mortems/x.md", true},
		{Default(), "docs/postmortems/x.md", true},
		{Default(), "docs/post-mortems/deep/er/x.md", true},
		{Default(), "./postmortems/x.md", true},
		{Default(), "/postmortems/x.md", true},
		{Default(), "postmortems/README.md", false},
		{Default(), "postmortems/readme.md", false},
		{Default(), "postmortems/2026/ReadMe.md", false},
		{Default(), "postmortems/README-2.md", true},
		{Default(), "postmortems/x.txt", false},
		{Default(), "other/postmortems/x.md", false},
		{Default(), "Postmortems/x.md", false},
		{Default(), "README.md", false},
		{Default(), "", false},
		{Default(), "postmortems", false},
		{custom, "incidents/a.md", true},
		{custom, "incidents/sub/a.md", false},
		{custom, "incidents/Template.md", false},
		{custom, "incidents/README.md", true},
		{custom, "incidents/INDEX.md", false},
		{custom, "./incidents/INDEX.md", false},
	}
	for _, tc := range tests {
		if got := tc.c.Match(tc.path); got != tc.want {
			t.Errorf("Match(%q) with paths %q exclude %q: got %v, want %v", tc.path, tc.c.Paths, tc.c.Exclude, got, tc.want)
		}
	}
}

func TestLintOptions(t *testing.T) {
	c, err := Parse([]byte(fullConfig))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	got := c.LintOptions()
	want := lint.Options{
		Severity: map[string]lint.Severity{
			"language": lint.Warning, "language/custom": lint.Error, "timeline/late-review": lint.Notice,
		},
		Disabled:        map[string]bool{"content/pasted-log": true},
		RequiredFields:  []string{"date", "title", "what_happened"},
		Allow:           []string{"human error budget"},
		Phrases:         c.Language.Phrases,
		MaxMeetingDelay: 36 * time.Hour,
		LanguageModel:   true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	got.RequiredFields[0] = "changed"
	if c.RequiredFields[0] == "changed" {
		t.Errorf("got options sharing RequiredFields with the config, want a copy")
	}
}

func TestLintOptionsDefault(t *testing.T) {
	got := Default().LintOptions()
	want := lint.DefaultOptions()
	want.Severity = map[string]lint.Severity{}
	want.Disabled = map[string]bool{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseOptions(t *testing.T) {
	if got := Default().ParseOptions(); got.Sections != nil || got.Fields != nil {
		t.Errorf("default: got Sections %v, Fields %v, want nil", got.Sections, got.Fields)
	}
	c, err := Parse([]byte("sections:\n  remediation: [Follow-ups]\nfields:\n  start: [Went bad]\n"))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	want := map[string][]string{"remediation": {"Follow-ups"}}
	if got := c.ParseOptions().Sections; !reflect.DeepEqual(got, want) {
		t.Errorf("got Sections %v, want %v", got, want)
	}
	if got, want := c.ParseOptions().Fields, map[string][]string{"start": {"Went bad"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got Fields %v, want %v", got, want)
	}
}

func TestFailSeverity(t *testing.T) {
	tests := []struct {
		failOn string
		want   lint.Severity
	}{
		{"", lint.Error}, {"error", lint.Error}, {"warning", lint.Warning},
		{"notice", lint.Notice}, {"bogus", lint.Error},
	}
	for _, tc := range tests {
		c := Default()
		c.FailOn = tc.failOn
		if got := c.FailSeverity(); got != tc.want {
			t.Errorf("FailOn %q: got %v, want %v", tc.failOn, got, tc.want)
		}
	}
}

func TestDueIn(t *testing.T) {
	c := Default()
	c.DueDays["SEV3"] = 0
	tests := []struct {
		severity string
		days     int
		ok       bool
	}{
		{"SEV1", 15, true}, {"sev2", 30, true}, {" Sev1 ", 15, true}, {"SEV3", 0, false}, {"SEV9", 0, false},
	}
	for _, tc := range tests {
		days, ok := c.DueIn(tc.severity)
		if days != tc.days || ok != tc.ok {
			t.Errorf("DueIn(%q): got %d, %v, want %d, %v", tc.severity, days, ok, tc.days, tc.ok)
		}
	}
}

func TestSummaryNext(t *testing.T) {
	s := Summary{Schedule: "0 9 * * 1", TimeZone: "Europe/Berlin"}
	from := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC) // a Friday; DST starts Sunday the 29th
	got, err := s.Next(from)
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if want := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yml")
	bad := filepath.Join(dir, "bad.yml")
	os.WriteFile(good, []byte("dry_run: true\n"), 0o644)
	os.WriteFile(bad, []byte("dry_run: maybe\npath: [x]\n"), 0o644)

	c, err := Load(good)
	if err != nil || !c.DryRun {
		t.Errorf("Load(good): got %v, %v, want DryRun and no error", c, err)
	}
	_, err = Load(bad)
	want := bad + ":1:10: dry_run: want true or false, got a string\n" +
		bad + `:2:1: path: unknown key "path" (did you mean "paths"?)`
	if err == nil || err.Error() != want {
		t.Errorf("Load(bad): got error %v, want %v", err, want)
	}
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 2 || errs[1].Line != 2 {
		t.Errorf("Load(bad): got %#v, want Errors with 2 entries reachable by errors.As", err)
	}
	_, err = Load(filepath.Join(dir, "missing.yml"))
	if err == nil || !strings.Contains(err.Error(), "missing.yml") {
		t.Errorf("Load(missing): got error %v, want one naming the file", err)
	}
}

func TestMayContain(t *testing.T) {
	tests := []struct {
		dir  string
		want bool
	}{
		{".", true},
		{"postmortems", true},
		{"postmortems/2026/q4", true},
		{"docs", true},
		{"docs/postmortems", true},
		{"docs/postmortems/2026", true},
		{"docs/other", false},
		{"node_modules", false},
		{"data/postgres", false},
	}
	for _, tt := range tests {
		if got := Default().MayContain(tt.dir); got != tt.want {
			t.Errorf("MayContain(%q) with the default paths: got %v, want %v", tt.dir, got, tt.want)
		}
	}
	if got := (&Config{Paths: []string{"**/incidents/*.md"}}).MayContain("any/where"); !got {
		t.Errorf(`MayContain("any/where") for "**/incidents/*.md": got false, want true`)
	}
	if got := (&Config{Paths: []string{"incidents/*.md"}}).MayContain("incidents/sub"); got {
		t.Errorf(`MayContain("incidents/sub") for "incidents/*.md": got true, want false`)
	}
}

// The index is a path from the repository root; empty turns it off.
func TestParseIndex(t *testing.T) {
	for src, want := range map[string]string{
		"index: postmortems/README.md\n": "postmortems/README.md",
		"index: /INDEX.markdown\n":       "INDEX.markdown",
		"index: ''\n":                    "",
		"index:\n":                       "",
	} {
		c, err := Parse([]byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
		} else if c.Index != want {
			t.Errorf("%q: got %q, want %q", src, c.Index, want)
		}
	}
}

func TestLanguageChecksAndWords(t *testing.T) {
	c, err := Parse([]byte(`language:
  words:
    deploy-tool: [shipit, rollbot]
    lapse: [fumbled]
  checks:
    - rule: language/person-cause
      match: "[@person @aux* ran @deploy-tool] ...4 without"
      message: says a person ran the deploy tool carelessly; describe what the tool allowed.
    - match: [war room, all hands on deck]
      replace: incident channel
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Language.Words["deploy-tool"]; !slices.Equal(got, []string{"shipit", "rollbot"}) {
		t.Errorf("words: got %v, want [shipit rollbot]", got)
	}
	if len(c.Language.Checks) != 2 || c.Language.Checks[1].Rule != "language/custom" || len(c.Language.Checks[1].Match) != 2 {
		t.Fatalf("checks: got %+v, want two, the second language/custom with two patterns", c.Language.Checks)
	}
	o := c.LintOptions()
	if len(o.LanguageChecks) != 2 || len(o.LanguageWords) != 2 {
		t.Errorf("lint options: got %d checks and %d lists, want 2 and 2", len(o.LanguageChecks), len(o.LanguageWords))
	}
}

// TestLanguageCheckStructure checks that a check may be a structure in
// place of patterns.
func TestLanguageCheckStructure(t *testing.T) {
	c, err := Parse([]byte("language:\n  checks:\n    - {rule: language/person-cause, structure: person-subject}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Language.Checks; len(got) != 1 || got[0].Structure != "person-subject" || len(got[0].Match) != 0 {
		t.Errorf("checks: got %+v, want one person-subject check without patterns", got)
	}
}

func TestLanguageChecksInvalid(t *testing.T) {
	for _, tt := range []struct{ name, yaml, want string }{
		{"unknown list", "language:\n  checks:\n    - match: \"@nosuchlist\"\n", `unknown word list "@nosuchlist"`},
		{"unknown rule", "language:\n  checks:\n    - {rule: language/blam, match: x}\n", `unknown rule "language/blam"`},
		{"no match", "language:\n  checks:\n    - {rule: language/blame}\n", "missing match"},
		{"bad rewrite", "language:\n  checks:\n    - {match: x, rewrite: shout}\n", `unknown rewrite "shout"`},
		{"bad structure", "language:\n  checks:\n    - {rule: language/person-cause, structure: person-object}\n", `unknown structure "person-object"`},
		{"unknown key", "language:\n  checks:\n    - {match: x, unles: y}\n", `unknown key "unles"`},
		{"bad model", "language:\n  model: sometimes\n", `unknown setting "sometimes" (want on or off)`},
		{"model a boolean", "language:\n  model: false\n", `want on or off, got a boolean`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
