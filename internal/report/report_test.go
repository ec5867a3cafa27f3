package report

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// sampleFiles covers a file with findings of every severity (one with a
// multi-line suggestion, one with %, comma, colon, newline and unicode in
// its message), a path with special characters, a file that could not be
// linted and a clean file.
func sampleFiles() []File {
	return []File{
		{Path: "postmortems/2024-03-01-db.md", Findings: []lint.Finding{
			{
				Rule: "language/blame", Severity: lint.Error,
				Line: 12, Column: 5, EndLine: 12, EndColumn: 20,
				Message:    `"Bob's mistake" names a person; describe what the system allowed`,
				Suggestion: "The deploy step ran without a check.",
			},
			{
				Rule: "timeline/out-of-order", Severity: lint.Warning,
				Line: 20, Column: 1, EndLine: 21, EndColumn: 14,
				Message:    "timeline entries are out of order",
				Suggestion: "- 10:02 alert fired\n\n- 10:05 on-call paged\n",
			},
			{
				Rule: "fields/missing", Severity: lint.Notice,
				Line: 1, Column: 1, EndLine: 1, EndColumn: 1,
				Message: "100% of fields, but: \"impact\" is empty,\nsee the template — naïve ✓ <b>&",
			},
		}},
		{Path: "weird dir/50%, a:b/café.md", Findings: []lint.Finding{
			{
				Rule: "language/custom", Severity: lint.Warning,
				Line: 3, Column: 7, EndLine: 3, EndColumn: 9,
				Message: "avoid \"ops\"\r\nname the team",
			},
		}},
		{Path: "missing.md", Err: errors.New("open missing.md: no such file or directory")},
		{Path: "clean.md"},
	}
}

// sampleRules lists some rules in an order unlike the findings', one of
// them unused; language/custom is missing on purpose.
func sampleRules() []lint.RuleInfo {
	return []lint.RuleInfo{
		{ID: "fields/missing", Severity: lint.Warning, Summary: "A required field is missing or empty.", Why: "Readers need the basics."},
		{ID: "content/secret", Severity: lint.Error, Summary: "A secret was pasted.", Why: "Post-mortems are widely read."},
		{ID: "language/blame", Severity: lint.Error, Summary: "Blaming language.", Why: "Blame stops people telling what happened."},
		{ID: "timeline/out-of-order", Severity: lint.Notice, Summary: "Timeline out of order.", Why: "A timeline is read top to bottom."},
	}
}

// renderers are the formats under test, by golden file name prefix.
var renderers = []struct {
	name   string
	render func(io.Writer, []File) error
}{
	{"text", Text},
	{"json", JSON},
	{"github", GitHub},
	{"sarif", func(w io.Writer, files []File) error {
		return SARIF(w, files, sampleRules(), "1.2.3")
	}},
	{"markdown", func(w io.Writer, files []File) error { return Markdown(w, files, 100) }},
}

func TestGolden(t *testing.T) {
	inputs := []struct {
		name  string
		files []File
	}{
		{"sample", sampleFiles()},
		{"empty", nil},
	}
	for _, r := range renderers {
		for _, in := range inputs {
			t.Run(r.name+"_"+in.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := r.render(&buf, in.files); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, r.name+"_"+in.name+".golden", buf.Bytes())
			})
		}
	}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

type failWriter struct{}

var errWrite = errors.New("write failed")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteErrorIsReturned(t *testing.T) {
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			if err := r.render(failWriter{}, sampleFiles()); !errors.Is(err, errWrite) {
				t.Errorf("got %v, want %v", err, errWrite)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name                      string
		files                     []File
		errors, warnings, notices int
	}{
		{"none", nil, 0, 0, 0},
		{"sample", sampleFiles(), 1, 2, 1},
		{"error file only", []File{{Path: "x.md", Err: errors.New("boom")}}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, w, n := Counts(tt.files)
			if e != tt.errors || w != tt.warnings || n != tt.notices {
				t.Errorf("Counts = %d, %d, %d; want %d, %d, %d", e, w, n, tt.errors, tt.warnings, tt.notices)
			}
		})
	}
}
