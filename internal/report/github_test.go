package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

func TestEscaping(t *testing.T) {
	tests := []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"%0A literal", "%250A literal", "%250A literal"},
		{"a\nb", "a%0Ab", "a%0Ab"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"::warning::x", "::warning::x", "%3A%3Awarning%3A%3Ax"},
		{"café ✓", "café ✓", "café ✓"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

func TestGitHubCommand(t *testing.T) {
	tests := []struct {
		name string
		path string
		fd   lint.Finding
		want string
	}{
		{
			"one line",
			"docs/a.md",
			lint.Finding{Rule: "language/blame", Severity: lint.Error, Line: 3, Column: 5, EndLine: 3, EndColumn: 9, Message: "blame"},
			"::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=9,title=language/blame::blame\n",
		},
		{
			"spans lines: no columns",
			"a.md",
			lint.Finding{Rule: "timeline/gap", Severity: lint.Warning, Line: 3, Column: 5, EndLine: 4, EndColumn: 2, Message: "gap"},
			"::warning file=a.md,line=3,endLine=4,title=timeline/gap::gap\n",
		},
		{
			"no position",
			"a.md",
			lint.Finding{Rule: "fields/missing", Severity: lint.Notice, Message: "no date"},
			"::notice file=a.md,title=fields/missing::no date\n",
		},
		{
			"escaped path, message and suggestion",
			"50%, a:b/x.md",
			lint.Finding{Rule: "r/s", Severity: lint.Notice, Line: 1, Column: 1, EndLine: 1, EndColumn: 1,
				Message: "100%: a, b\nc", Suggestion: "x\ny\n"},
			"::notice file=50%25%2C a%3Ab/x.md,line=1,col=1,endLine=1,endColumn=1,title=r/s::100%25: a, b%0Ac%0ASuggestion: x%0Ay\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := githubCommand(tt.path, tt.fd); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestGitHubOneCommandPerLine(t *testing.T) {
	var b strings.Builder
	if err := GitHub(&b, sampleFiles()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5 (4 findings + 1 file error):\n%s", len(lines), b.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
			t.Errorf("not a workflow command: %q", l)
		}
	}
	var e strings.Builder
	if err := GitHub(&e, []File{{Path: "m.md", Err: errors.New("open m.md: gone\nreally")}}); err != nil {
		t.Fatal(err)
	}
	if want := "::error file=m.md::open m.md: gone%0Areally\n"; e.String() != want {
		t.Errorf("file error: got %q, want %q", e.String(), want)
	}
}
