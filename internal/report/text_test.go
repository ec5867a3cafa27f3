package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

func findings(sev ...lint.Severity) []lint.Finding {
	var fs []lint.Finding
	for _, s := range sev {
		fs = append(fs, lint.Finding{Rule: "x/y", Severity: s, Line: 1, Column: 1, EndLine: 1, EndColumn: 1, Message: "m"})
	}
	return fs
}

func TestSummary(t *testing.T) {
	e, w, n := lint.Error, lint.Warning, lint.Notice
	tests := []struct {
		name  string
		files []File
		want  string
	}{
		{"nothing", nil, "0 files, 0 errors, 0 warnings, 0 notices"},
		{"singular", []File{{Findings: findings(e, w, n)}}, "1 file, 1 error, 1 warning, 1 notice"},
		{"plural", []File{{Findings: findings(e, e, w, w, n, n)}, {}}, "2 files, 2 errors, 2 warnings, 2 notices"},
		{"mixed", []File{{Findings: findings(e, e, w, w, w, w, w, n)}, {}, {}}, "3 files, 2 errors, 5 warnings, 1 notice"},
		{"one not linted", []File{{Err: errors.New("x")}}, "1 file, 0 errors, 0 warnings, 0 notices, 1 file not linted"},
		{"two not linted", []File{{Err: errors.New("x")}, {Err: errors.New("y")}}, "2 files, 0 errors, 0 warnings, 0 notices, 2 files not linted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(tt.files); got != tt.want {
				t.Errorf("summary = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextFinding(t *testing.T) {
	tests := []struct {
		name string
		fd   lint.Finding
		want string
	}{
		{
			"plain",
			lint.Finding{Rule: "language/blame", Severity: lint.Error, Line: 3, Column: 7, Message: "blame"},
			"a.md:3:7: error: blame [language/blame]\n",
		},
		{
			"no position",
			lint.Finding{Rule: "fields/missing", Severity: lint.Notice, Message: "no date"},
			"a.md: notice: no date [fields/missing]\n",
		},
		{
			"multi-line suggestion",
			lint.Finding{Rule: "r/s", Severity: lint.Warning, Line: 1, Column: 2, Message: "m", Suggestion: "one\ntwo\r\n\nthree\n"},
			"a.md:1:2: warning: m [r/s]\n    suggestion: one\n                two\n\n                three\n",
		},
		{
			"multi-line message",
			lint.Finding{Rule: "r/s", Severity: lint.Notice, Line: 1, Column: 1, Message: "first\nsecond"},
			"a.md:1:1: notice: first\n    second [r/s]\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeTextFinding(&b, "a.md", tt.fd)
			if b.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tt.want)
			}
		})
	}
}

func TestTextFileError(t *testing.T) {
	var b strings.Builder
	if err := Text(&b, []File{{Path: "bad.md", Err: errors.New("not UTF-8")}}); err != nil {
		t.Fatal(err)
	}
	want := "bad.md: error: not UTF-8\n1 file, 0 errors, 0 warnings, 0 notices, 1 file not linted\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
