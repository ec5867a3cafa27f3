package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/schematest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// rdjsonSchema is reviewdog's published JSON Schema of rdjson, fetched by
// scripts/setup from reviewdog's module.
const rdjsonSchema = ".cache/reviewdog/DiagnosticResult.json"

// lintedSamples lints every sample post-mortem and layout, and a document
// with characters of several bytes before its findings.
func lintedSamples(t *testing.T) []File {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.md"))
	if err != nil || len(paths) < 10 {
		t.Fatalf("got %d samples (%v), want the repository's", len(paths), err)
	}
	linter := lint.New(lint.DefaultOptions())
	var files []File
	add := func(path string, src []byte) {
		findings, _ := linter.LintSource(src, postmortem.Options{})
		files = append(files, File{Path: path, Findings: findings, Source: src})
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		add(filepath.ToSlash(p), src)
	}
	add("unicode.md", []byte("# Ärger über 🚀 rollout\r\n\r\nThe naïve on-call engineer 👩‍💻 was careless and should have checked.\r\n"))
	return append(files, File{Path: "gone.md", Err: os.ErrNotExist})
}

func renderRDJSON(t *testing.T, files []File) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := RDJSON(&b, files); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The output is a DiagnosticResult as reviewdog's schema defines it, and
// uses no key the schema does not define.
func TestRDJSONMatchesReviewdogSchema(t *testing.T) {
	schema := schematest.Load(t, webhooktest.Fixture(t, rdjsonSchema))
	out := renderRDJSON(t, lintedSamples(t))
	for name, s := range map[string]any{"published": schema, "closed": schematest.Closed(schema)} {
		if err := schematest.Compile(t, s).Validate(schematest.Decode(t, out)); err != nil {
			t.Errorf("%s schema: %v", name, err)
		}
	}
	// The closed schema does refuse what the format does not have.
	closed := schematest.Compile(t, schematest.Closed(schema))
	for _, bad := range []string{
		`{"diagnostics":[{"message":"m","severity":"NOTICE"}]}`,
		`{"diagnostics":[{"message":"m","location":{"file":"a.md"}}]}`,
		`{"diagnostics":[{"message":"m","location":{"path":"a.md","range":{"start":{"line":"1"}}}}]}`,
	} {
		if err := closed.Validate(schematest.Decode(t, []byte(bad))); err == nil {
			t.Errorf("%s: got valid, want refused", bad)
		}
	}
}

// rdDoc is the output read back.
type rdDoc struct {
	Diagnostics []struct {
		Message  string
		Severity string
		Code     *struct{ Value string }
		Location struct {
			Path  string
			Range *rdRange
		}
		Suggestions []rdSuggestion
	}
}

// offsetOf turns a position (line, byte column, both from 1) into an
// offset in src.
func offsetOf(t *testing.T, src []byte, p rdPosition) int {
	t.Helper()
	off := 0
	for line := 1; line < p.Line; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			t.Fatalf("line %d is past the end", p.Line)
		}
		off += i + 1
	}
	return off + p.Column - 1
}

// Every range is the finding's bytes, counted as reviewdog counts them;
// applying every suggestion as reviewdog would gives what the fix gives.
func TestRDJSONRangesAndSuggestions(t *testing.T) {
	files := lintedSamples(t)
	var doc rdDoc
	if err := json.Unmarshal(renderRDJSON(t, files), &doc); err != nil {
		t.Fatal(err)
	}
	i, suggestions, multibyte := 0, 0, 0
	for _, f := range files {
		if f.Err != nil {
			d := doc.Diagnostics[i]
			if d.Severity != "ERROR" || d.Location.Path != f.Path || d.Location.Range != nil {
				t.Errorf("%s: got %+v, want an ERROR without a range", f.Path, d)
			}
			i++
		}
		for _, fd := range f.Findings {
			d := doc.Diagnostics[i]
			i++
			r := d.Location.Range
			if d.Code == nil || d.Code.Value != fd.Rule || d.Message != fd.Message || r == nil || r.End == nil {
				t.Fatalf("%s: %s: got %+v, want its rule, message and range", f.Path, fd.Rule, d)
			}
			start, end := offsetOf(t, f.Source, r.Start), offsetOf(t, f.Source, *r.End)
			if start != fd.Offset || end != fd.End || r.Start.Line != fd.Line {
				t.Errorf("%s: %s: range gives bytes [%d,%d) on line %d, want [%d,%d) on line %d", f.Path, fd.Rule, start, end, r.Start.Line, fd.Offset, fd.End, fd.Line)
			}
			if r.Start.Column != fd.Column {
				multibyte++
			}
			if fd.Fix == nil {
				if len(d.Suggestions) != 0 {
					t.Errorf("%s: %s: got suggestions without a fix", f.Path, fd.Rule)
				}
				continue
			}
			suggestions++
			s := d.Suggestions[0]
			from, to := offsetOf(t, f.Source, s.Range.Start), offsetOf(t, f.Source, *s.Range.End)
			got := string(f.Source[:from]) + s.Text + string(f.Source[to:])
			want := string(f.Source[:fd.Offset]) + *fd.Fix + string(f.Source[fd.End:])
			if len(d.Suggestions) != 1 || got != want {
				t.Errorf("%s: %s: applying the suggestion gives a different document", f.Path, fd.Rule)
			}
		}
	}
	if i != len(doc.Diagnostics) || suggestions == 0 || multibyte == 0 {
		t.Errorf("checked %d of %d diagnostics, %d with suggestions, %d with byte columns unlike character columns; want all, and some of each", i, len(doc.Diagnostics), suggestions, multibyte)
	}
}

// Without the source, a finding is placed on its line, with no suggestion.
func TestRDJSONWithoutSource(t *testing.T) {
	fix := "the deploy"
	out := string(renderRDJSON(t, []File{{Path: "a.md", Findings: []lint.Finding{
		{Rule: "language/blame", Severity: lint.Warning, Line: 3, Column: 2, EndLine: 3, EndColumn: 5, Offset: 20, End: 24, Message: "m", Fix: &fix},
		{Rule: "fields/missing", Severity: lint.Notice, Message: "n"},
	}}}))
	if !strings.Contains(out, `"range": {
          "start": {
            "line": 3
          }
        }`) || strings.Contains(out, "suggestions") || strings.Count(out, `"range"`) != 1 || !strings.Contains(out, `"severity": "INFO"`) {
		t.Errorf("got\n%s\nwant line 3 alone, no suggestion, and the notice without a range as INFO", out)
	}
}
