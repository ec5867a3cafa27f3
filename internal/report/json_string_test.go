package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// TestJSONStringsMatchEncoder: strings with every ASCII byte, invalid
// UTF-8, line and paragraph separators and other runes are quoted as
// encoding/json quotes them, in every place a string goes.
func TestJSONStringsMatchEncoder(t *testing.T) {
	var ascii strings.Builder
	for c := 0; c < 128; c++ {
		ascii.WriteByte(byte(c))
	}
	texts := []string{"", ascii.String(), "bad \xff byte", "cut \xe2\x80", "\u2028 and \u2029", "naïve ✓ 🚀 <b>&amp;", `C:\path "quoted"`}
	for _, s := range texts {
		fd := lint.Finding{Rule: s, Severity: lint.Warning, Line: 1, Column: 2, EndLine: 3, EndColumn: 4, Message: s, Suggestion: s}
		files := []File{{Path: s, Findings: []lint.Finding{fd, fd}}, {Path: s, Err: errors.New(s)}}
		whole := struct {
			Files []jsonFile `json:"files"`
		}{}
		for _, f := range files {
			whole.Files = append(whole.Files, toJSONFile(f))
		}
		var want strings.Builder
		if err := encodeJSON(&want, whole); err != nil {
			t.Fatal(err)
		}
		if got := string(renderJSON(t, files)); got != want.String() {
			t.Errorf("%q:\ngot  %q\nwant %q", s, got, want.String())
		}
	}
}

// BenchmarkJSONStream writes the sample files' results, as lint does.
func BenchmarkJSONStream(b *testing.B) {
	files := sampleFiles()
	b.ReportAllocs()
	for b.Loop() {
		s := NewJSONStream(discard{})
		for _, f := range files {
			_ = s.Write(f)
		}
		_ = s.Close()
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
