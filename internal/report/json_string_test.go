package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
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

// encoderString is s quoted by encoding/json, as encodeJSON quotes it.
func encoderString(t testing.TB, s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// jsonStringBytes are what the generated strings are made of: plain
// ASCII, every byte JSON escapes, bytes past ASCII and the separators.
var jsonStringBytes = []string{"a", "Z", " ", "~", "\x7f", "\"", "\\", "\n", "\t", "\x00", "\x1f", "\x20", "<", "&",
	"é", "\u2028", "\u2029", "\xff", "\xe2\x80", "🚀", "abcdefgh", "the root cause"}

// TestJSONStringsAtRandom: appendJSONString, which passes over eight
// plain bytes at a time, quotes random strings as encoding/json does,
// the bytes it escapes at every place of the eight.
func TestJSONStringsAtRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(24); n > 0; n-- {
			b.WriteString(jsonStringBytes[r.IntN(len(jsonStringBytes))])
		}
		s := b.String()
		if got, want := string(appendJSONString(nil, s)), encoderString(t, s); got != want {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	}
}

// FuzzJSONString holds appendJSONString to encoding/json on any string.
func FuzzJSONString(f *testing.F) {
	f.Add("plain text, then \"a quote\" and \\ and \x01")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString(nil, s)), encoderString(t, s); got != want {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	})
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
