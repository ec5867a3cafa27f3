package config

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// e abbreviates an expected Error.
func e(line, col int, key, msg string) Error {
	return Error{Line: line, Column: col, Key: key, Msg: msg}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Error
	}{
		{"paths not a list", "paths: 3\n",
			[]Error{e(1, 8, "paths", "want a list of globs, got a number")}},
		{"paths a string", "paths: docs/*.md\n",
			[]Error{e(1, 8, "paths", "want a list of globs, got a string")}},
		{"glob invalid", "exclude:\n  - ok/*.md\n  - \"docs/[a\"\n",
			[]Error{e(3, 5, "exclude[1]", `invalid glob "docs/[a"`)}},
		{"glob empty", "paths: ['']\n",
			[]Error{e(1, 9, "paths[0]", `invalid glob ""`)}},
		{"glob item a mapping", "paths:\n  - {a: b}\n",
			[]Error{e(2, 5, "paths[0]", "want a string, got a mapping")}},
		{"root a list", "- paths\n",
			[]Error{e(1, 1, "", "want a mapping of settings, got a list")}},
		{"syntax", "paths: [a\nexclude: b\n",
			[]Error{e(1, 0, "", "did not find expected ',' or ']'")}},
		{"index a list", "index: [a.md]\n",
			[]Error{e(1, 8, "index", "want a file path like postmortems/README.md, got a list")}},
		{"index a glob", "index: docs/*.md\n",
			[]Error{e(1, 8, "index", `want the path of one file, like postmortems/README.md, got "docs/*.md"`)}},
		{"index a directory", "index: docs/\n",
			[]Error{e(1, 8, "index", `want the path of one file, like postmortems/README.md, got "docs/"`)}},
		{"index outside", "index: ../INDEX.md\n",
			[]Error{e(1, 8, "index", `want a path inside the repository, got "../INDEX.md"`)}},
		{"index under .git", "index: a/../.git/INDEX.md\n",
			[]Error{e(1, 8, "index", `want a path inside the repository, got "a/../.git/INDEX.md"`)}},
		{"index not Markdown", "index: INDEX.html\n",
			[]Error{e(1, 8, "index", `want a Markdown file (.md), got "INDEX.html"`)}},
		{"repeated key", "dry_run: true\ndry_run: false\n",
			[]Error{e(2, 1, "dry_run", "repeated key (first at line 1)")}},
		{"unknown nested key", "labels:\n  acton: x\n",
			[]Error{e(2, 3, "labels.acton", `unknown key "acton" (did you mean "action"?)`)}},
		{"unknown key far from any", "colour: red\n",
			[]Error{e(1, 1, "colour", `unknown key "colour" (want one of dry_run, due_days, exclude, fail_on, fields, index, labels, language, milestones, paths, required_fields, review, rules, sections, summary, timeline, write_back)`)}},
		{"unknown key quoted", "fail-on: error\n",
			[]Error{e(1, 1, `"fail-on"`, `unknown key "fail-on" (did you mean "fail_on"?)`)}},
		{"required field unknown", "required_fields: [date, detcet]\n",
			[]Error{e(1, 25, "required_fields[1]", `unknown field "detcet" (did you mean "detect"?)`)}},
		{"required field far", "required_fields: [impact]\n",
			[]Error{e(1, 19, "required_fields[0]", `unknown field "impact" (want one of `+strings.Join(fieldKeys, ", ")+")")}},
		{"section key unknown", "sections:\n  remedation: [Fixes]\n",
			[]Error{e(2, 3, "sections.remedation", `unknown field "remedation" (did you mean "remediation"?)`)}},
		{"field key unknown", "fields:\n  commander: [Incident Commander]\n",
			[]Error{e(2, 3, "fields.commander", `unknown field "commander" (want one of `+strings.Join(postmortem.FieldKeys, ", ")+")")}},
		{"field key misspelt", "fields:\n  sevrity: [Blast radius level]\n",
			[]Error{e(2, 3, "fields.sevrity", `unknown field "sevrity" (did you mean "severity"?)`)}},
		{"field labels empty", "fields:\n  end: []\n",
			[]Error{e(2, 8, "fields.end", "want at least one label")}},
		{"section names empty", "sections:\n  remediation: []\n",
			[]Error{e(2, 16, "sections.remediation", "want at least one heading name")}},
		{"section names not a list", "sections:\n  remediation: Fixes\n",
			[]Error{e(2, 16, "sections.remediation", "want a list of heading names, got a string")}},
		{"rule severity unknown", "fail_on: error\nrules:\n  language/foo: loud\n",
			[]Error{e(3, 17, `rules."language/foo"`, `unknown severity "loud" (want off, notice, warning or error)`)}},
		{"rule severity boolean", "rules:\n  language: false\n",
			[]Error{e(2, 13, "rules.language", "want off, notice, warning or error, got a boolean")}},
		{"rule family unknown", "rules:\n  langauge/passive: warning\n",
			[]Error{e(2, 3, `rules."langauge/passive"`, `unknown rule family "langauge" (did you mean "language"?)`)}},
		{"rule id invalid", "rules:\n  timeline/Late Review: off\n",
			[]Error{e(2, 3, `rules."timeline/Late Review"`, `invalid rule id "timeline/Late Review" (want a family or family/name, as in timeline/late-review)`)}},
		{"rules not a mapping", "rules: [language]\n",
			[]Error{e(1, 8, "rules", "want a mapping of rule ids to severities, got a list")}},
		{"fail_on off", "fail_on: off\n",
			[]Error{e(1, 10, "fail_on", `unknown severity "off" (want notice, warning or error)`)}},
		{"duration bad", "timeline:\n  max_meeting_delay: 5 days\n",
			[]Error{e(2, 22, "timeline.max_meeting_delay", `invalid duration "5 days" (want days like 5d or a Go duration like 36h)`)}},
		{"duration number", "timeline:\n  max_meeting_delay: 5\n",
			[]Error{e(2, 22, "timeline.max_meeting_delay", `invalid duration "5" (want days like 5d or a Go duration like 36h)`)}},
		{"duration zero", "timeline:\n  max_meeting_delay: 0d\n",
			[]Error{e(2, 22, "timeline.max_meeting_delay", `want a positive duration, got "0d"`)}},
		{"label empty", "labels:\n  action: ''\n",
			[]Error{e(2, 11, "labels.action", "empty label name")}},
		{"label long", "labels:\n  action: " + strings.Repeat("x", 51) + "\n",
			[]Error{e(2, 11, "labels.action", "label name longer than 50 characters")}},
		{"policy unknown", "milestones:\n  policy: quarterly\n  create: yes\n",
			[]Error{
				e(2, 11, "milestones.policy", `unknown policy "quarterly" (want due-date, named or none)`),
				e(3, 11, "milestones.create", "want true or false, got a string"),
			}},
		{"due days not a number", "due_days:\n  SEV1: two weeks\n",
			[]Error{e(2, 9, "due_days.SEV1", "want a number of days, got a string")}},
		{"due days negative", "due_days:\n  SEV1: -3\n",
			[]Error{e(2, 9, "due_days.SEV1", "want 0 to 3650 days, got -3")}},
		{"write_back unknown", "write_back: pull-request\n",
			[]Error{e(1, 13, "write_back", `unknown mode "pull-request" (want commit, pull_request or off)`)}},
		{"dry_run string", "dry_run: \"true\"\n",
			[]Error{e(1, 10, "dry_run", "want true or false, got a string")}},
		{"review event", "review:\n  event: approve\n  drafts: 1\n",
			[]Error{
				e(2, 10, "review.event", `unknown event "approve" (want comment or request_changes)`),
				e(3, 11, "review.drafts", "want true or false, got a number"),
			}},
		{"schedule fields", "summary:\n  schedule: 0 9 * *\n",
			[]Error{e(2, 13, "summary.schedule", `cron schedule "0 9 * *" has 4 fields, want 5 (minute hour day-of-month month day-of-week)`)}},
		{"schedule range", "summary:\n  schedule: \"0 24 * * 1\"\n",
			[]Error{e(2, 13, "summary.schedule", `cron schedule "0 24 * * 1": hour field "24": 24 out of range 0-23`)}},
		{"time zone", "summary:\n  timezone: Mars/Olympus\n",
			[]Error{e(2, 13, "summary.timezone", `unknown time zone "Mars/Olympus" (want a name like "Europe/Berlin" or "UTC")`)}},
		{"time zone local", "summary:\n  timezone: Local\n",
			[]Error{e(2, 13, "summary.timezone", `want a time zone name like "Europe/Berlin", got "Local"`)}},
		{"repository", "summary:\n  repository: https://github.com/a/b\n",
			[]Error{e(2, 15, "summary.repository", `want "owner/name", got "https://github.com/a/b"`)}},
		{"summary key", "summary:\n  time_zone: UTC\n",
			[]Error{e(2, 3, "summary.time_zone", `unknown key "time_zone" (did you mean "timezone"?)`)}},
		{"phrase mapping without phrase", "language:\n  phrases:\n    - message: why\n",
			[]Error{e(3, 7, "language.phrases[0]", "missing phrase")}},
		{"phrase unknown key", "language:\n  phrases:\n    - {phrase: x, replce: y}\n",
			[]Error{e(3, 19, "language.phrases[0].replce", `unknown key "replce" (did you mean "replace"?)`)}},
		{"phrase unknown key far", "language:\n  phrases:\n    - {phrase: x, replacement: y}\n",
			[]Error{e(3, 19, "language.phrases[0].replacement", `unknown key "replacement" (want one of message, phrase, replace)`)}},
		{"phrase a list", "language:\n  phrases:\n    - [a]\n",
			[]Error{e(3, 7, "language.phrases[0]", "want a phrase or a mapping with phrase, message and replace, got a list")}},
		{"allow empty phrase", "language:\n  allow: ['  ']\n",
			[]Error{e(2, 11, "language.allow[0]", "empty phrase")}},
		{"section not a mapping", "labels: postmortem-action\n",
			[]Error{e(1, 9, "labels", "want a mapping of settings, got a string")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.src))
			if c != nil {
				t.Errorf("got a config, want nil")
			}
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("got error %v, want Errors", err)
			}
			if got := derefs(errs); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
}

func derefs(errs Errors) []Error {
	out := make([]Error, len(errs))
	for i, e := range errs {
		out[i] = *e
	}
	return out
}

func TestParseReportsAllErrors(t *testing.T) {
	src := `paths: 3
labels:
  acton: x
rules:
  language/foo: loud
summary:
  schedule: "61 * * * *"
dry_run: maybe
`
	_, err := Parse([]byte(src))
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("got error %v, want Errors", err)
	}
	want := []struct {
		line int
		key  string
	}{{1, "paths"}, {3, "labels.acton"}, {5, `rules."language/foo"`}, {7, "summary.schedule"}, {8, "dry_run"}}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors:\n%v\nwant %d", len(errs), err, len(want))
	}
	for i, w := range want {
		if errs[i].Line != w.line || errs[i].Key != w.key {
			t.Errorf("error %d: got line %d key %s, want line %d key %s", i, errs[i].Line, errs[i].Key, w.line, w.key)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		err        Error
		plain, ann string
	}{
		{e(7, 17, `rules."language/foo"`, `unknown severity "loud"`),
			`line 7, column 17: rules."language/foo": unknown severity "loud"`,
			`.github/postmortem.yml:7:17: rules."language/foo": unknown severity "loud"`},
		{e(3, 0, "", "did not find expected key"),
			"line 3: did not find expected key",
			".github/postmortem.yml:3: did not find expected key"},
		{e(0, 0, "", "control characters are not allowed"),
			"control characters are not allowed",
			".github/postmortem.yml: control characters are not allowed"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.plain {
			t.Errorf("Error(): got %q, want %q", got, tc.plain)
		}
		if got := tc.err.In(Path); got != tc.ann {
			t.Errorf("In(Path): got %q, want %q", got, tc.ann)
		}
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"paths", "exclude", "fail_on", "dry_run"}
	tests := []struct{ in, want string }{
		{"path", "paths"}, {"Paths", "paths"}, {"excludes", "exclude"}, {"failon", "fail_on"},
		{"dryrun", "dry_run"}, {"xyz", ""}, {"ab", ""}, {"summary", ""},
	}
	for _, tc := range tests {
		if got := suggest(tc.in, known); got != tc.want {
			t.Errorf("suggest(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"kitten", "sitting", 3}, {"fail-on", "fail_on", 1}, {"naïve", "naive", 1},
	}
	for _, tc := range tests {
		if got := distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q): got %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestParseLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("m: &m {a: 1, b: 2, c: 3}\nlanguage:\n  phrases:\n")
	for range 5000 {
		b.WriteString("    - *m\n")
	}
	_, err := Parse([]byte(b.String()))
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != maxErrors {
		t.Fatalf("got %d errors, want %d", len(errs), maxErrors)
	}
	if last := errs[len(errs)-1].Msg; last != "too many problems; stopped here" {
		t.Errorf("last error: got %q, want the stop notice", last)
	}
	_, err = Parse(make([]byte, maxSize+1))
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Msg != "file is larger than 1048576 bytes" {
		t.Errorf("big file: got %v, want one error about its size", err)
	}
}
